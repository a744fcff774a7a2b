import { createContext, useContext } from 'react';
import type { AuthConfig, TokenResponse } from '../../api/types';
import type { Session } from './session';

export interface AuthContextValue {
  config: AuthConfig;
  /** The current, unexpired session; null when signed out. */
  session: Session | null;
  /** Starts a session from a token the backend issued (dev mode). */
  signInWithToken: (token: TokenResponse) => void;
  /** Sends the browser to the identity provider (OIDC mode). */
  startOidcSignIn: (returnPath: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return value;
}
