import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { OidcAuthConfig } from '../../api/types';
import { isSafeReturnPath } from './session';

export const OIDC_CALLBACK_PATH = '/auth/callback';
export const OIDC_SILENT_CALLBACK_PATH = '/auth/silent-callback';

interface SignInState {
  returnPath: string;
}

let cached: { key: string; manager: UserManager } | null = null;

/** One UserManager per issuer and client, so its renew timers and events exist once. */
export function userManagerFor(config: OidcAuthConfig): UserManager {
  const key = `${config.issuer}|${config.clientId}|${config.scopes}`;
  if (cached?.key !== key) {
    const origin = window.location.origin;
    const manager = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      scope: config.scopes,
      response_type: 'code',
      redirect_uri: origin + OIDC_CALLBACK_PATH,
      silent_redirect_uri: origin + OIDC_SILENT_CALLBACK_PATH,
      post_logout_redirect_uri: `${origin}/login`,
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    cached?.manager.stopSilentRenew();
    cached = { key, manager };
  }
  return cached.manager;
}

export function startOidcSignIn(config: OidcAuthConfig, returnPath: string): Promise<void> {
  const state: SignInState = { returnPath };
  return userManagerFor(config).signinRedirect({ state });
}

const callbacks = new Map<string, Promise<{ user: User; returnPath: string }>>();

/**
 * Completes the code exchange for the current callback URL. The promise is shared per URL
 * because React's development mode runs effects twice and a code can be redeemed once only.
 */
export function completeOidcSignIn(config: OidcAuthConfig, url = window.location.href) {
  let pending = callbacks.get(url);
  if (!pending) {
    pending = userManagerFor(config)
      .signinRedirectCallback(url)
      .then((user) => {
        const state = user.state as Partial<SignInState> | undefined;
        return { user, returnPath: isSafeReturnPath(state?.returnPath) ? state.returnPath : '/' };
      });
    callbacks.set(url, pending);
  }
  return pending;
}

/** The hidden iframe of a silent renew lands here; it only hands the URL back to the app. */
export function finishSilentRenewInFrame(): Promise<void> {
  const origin = window.location.origin;
  return new UserManager({ authority: origin, client_id: 'silent-renew', redirect_uri: origin }).signinSilentCallback();
}
