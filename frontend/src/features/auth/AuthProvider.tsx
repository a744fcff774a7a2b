import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { configureApiClient } from '../../api/client';
import type { TokenResponse } from '../../api/types';
import { FullPageError } from '../../components/FullPageError';
import { FullPageSpin } from '../../components/FullPageSpin';
import { authConfigQuery, PUBLIC_QUERY_SCOPE } from './api';
import { AuthContext, type AuthContextValue } from './authContext';
import { startOidcSignIn, userManagerFor } from './oidc';
import { isExpired, sessionFromSnapshot, sessionStore } from './session';

// Wired at load, not in an effect: children's queries start before a parent's effects run.
configureApiClient({
  getAccessToken: sessionStore.accessToken,
  onUnauthorized: () => sessionStore.end('expired'),
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const configResult = useQuery(authConfigQuery);
  const config = configResult.data;

  const snapshot = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const storedSession = useMemo(() => sessionFromSnapshot(snapshot), [snapshot]);
  const session = storedSession && !isExpired(storedSession) ? storedSession : null;

  // A stored session may outlive its token (a tab left open): end it when the token does.
  useEffect(() => {
    if (!storedSession?.expiresAt) {
      return;
    }
    if (isExpired(storedSession)) {
      sessionStore.end('expired');
      return;
    }
    const delay = Math.max(0, storedSession.expiresAt - Date.now() - 10_000);
    const timer = window.setTimeout(() => sessionStore.end('expired'), delay);
    return () => window.clearTimeout(timer);
  }, [storedSession]);

  // OIDC: the library renews the token before it expires; mirror each renewal into the session.
  useEffect(() => {
    if (config?.mode !== 'oidc') {
      return;
    }
    const manager = userManagerFor(config);
    const onLoaded = (user: { access_token: string; expires_in?: number }) =>
      sessionStore.start(user.access_token, user.expires_in);
    const onUnloaded = () => sessionStore.end('expired');
    manager.events.addUserLoaded(onLoaded);
    manager.events.addUserUnloaded(onUnloaded);
    // Loading the stored user arms the library's renew timer after a page reload.
    void manager.getUser();
    return () => {
      manager.events.removeUserLoaded(onLoaded);
      manager.events.removeUserUnloaded(onUnloaded);
    };
  }, [config]);

  const dropUserData = useCallback(
    () => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== PUBLIC_QUERY_SCOPE }),
    [queryClient],
  );

  const signInWithToken = useCallback(
    (token: TokenResponse) => {
      dropUserData();
      sessionStore.start(token.access_token, token.expires_in);
    },
    [dropUserData],
  );

  const signOut = useCallback(async () => {
    navigate('/login', { replace: true, state: { reason: 'signedOut' } });
    sessionStore.end('signedOut');
    dropUserData();
    if (config?.mode === 'oidc') {
      const manager = userManagerFor(config);
      try {
        await manager.signoutRedirect();
      } catch {
        // The provider may have no end-session endpoint; forgetting the user locally still signs out here.
        await manager.removeUser();
      }
    }
  }, [config, dropUserData, navigate]);

  const value = useMemo<AuthContextValue | null>(
    () =>
      config
        ? {
            config,
            session,
            signInWithToken,
            signOut,
            startOidcSignIn: (returnPath) =>
              config.mode === 'oidc' ? startOidcSignIn(config, returnPath) : Promise.resolve(),
          }
        : null,
    [config, session, signInWithToken, signOut],
  );

  if (configResult.isPending) {
    return <FullPageSpin label={t('app.loading')} />;
  }
  if (!value) {
    return (
      <FullPageError title={t('signIn.configFailed')} error={configResult.error} onRetry={() => configResult.refetch()} />
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
