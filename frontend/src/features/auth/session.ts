/**
 * The signed-in session, kept in sessionStorage so it ends with the tab, and the path
 * to return to after signing in. One small observable store, read by React through
 * useSyncExternalStore and by the API client directly.
 */

const SESSION_KEY = 'csr-academy.session';
const RETURN_PATH_KEY = 'csr-academy.returnPath';
/** Treat a token as expired a little early so a request does not race its expiry. */
const EXPIRY_MARGIN_MS = 10_000;

export interface Session {
  accessToken: string;
  /** Epoch milliseconds, or null when the issuer did not say. */
  expiresAt: number | null;
}

export type SessionEndReason = 'expired' | 'signedOut';

const listeners = new Set<() => void>();
let lastEndReason: SessionEndReason | null = null;

function notify() {
  listeners.forEach((listener) => listener());
}

function readRaw(): string | null {
  try {
    return window.sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): Session | null {
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || value.accessToken.length === 0) {
      return null;
    }
    return { accessToken: value.accessToken, expiresAt: typeof value.expiresAt === 'number' ? value.expiresAt : null };
  } catch {
    return null;
  }
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt !== null && session.expiresAt - EXPIRY_MARGIN_MS <= now;
}

export const sessionStore = {
  /** A stable snapshot for useSyncExternalStore: the stored string itself. */
  snapshot: readRaw,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  current(): Session | null {
    return parse(readRaw());
  },

  /** The token to send, or null when signed out or expired. */
  accessToken(): string | null {
    const session = parse(readRaw());
    return session && !isExpired(session) ? session.accessToken : null;
  },

  start(accessToken: string, expiresInSeconds?: number | null): void {
    lastEndReason = null;
    const session: Session = {
      accessToken,
      expiresAt: expiresInSeconds ? Date.now() + expiresInSeconds * 1000 : null,
    };
    window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    notify();
  },

  end(reason: SessionEndReason): void {
    if (readRaw() === null) {
      return;
    }
    lastEndReason = reason;
    window.sessionStorage.removeItem(SESSION_KEY);
    notify();
  },

  /** Why the last session ended in this page's lifetime, so the sign-in page can say so. */
  lastEndReason(): SessionEndReason | null {
    return lastEndReason;
  },
};

/** Only same-origin absolute paths: never send a user to another site after sign-in. */
export function isSafeReturnPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.startsWith('/\\') &&
    !path.startsWith('/login') &&
    !path.startsWith('/auth/')
  );
}

export function saveReturnPath(path: string): void {
  if (isSafeReturnPath(path)) {
    window.sessionStorage.setItem(RETURN_PATH_KEY, path);
  }
}

export function peekReturnPath(): string {
  const stored = window.sessionStorage.getItem(RETURN_PATH_KEY);
  return isSafeReturnPath(stored) ? stored : '/';
}

/** The saved return path (or "/"), removed so it is used once. */
export function takeReturnPath(): string {
  const path = peekReturnPath();
  window.sessionStorage.removeItem(RETURN_PATH_KEY);
  return path;
}

export function sessionFromSnapshot(snapshot: string | null): Session | null {
  return parse(snapshot);
}
