import { Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useAuth } from './authContext';
import { completeOidcSignIn } from './oidc';

/** The identity provider sends the browser back here with an authorization code. */
export function OidcCallbackPage() {
  const { t } = useTranslation();
  const { config, signInWithToken } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('signIn.title'));

  useEffect(() => {
    if (config.mode !== 'oidc') {
      navigate('/login', { replace: true });
      return;
    }
    let active = true;
    completeOidcSignIn(config).then(
      ({ user, returnPath }) => {
        if (!active) {
          return;
        }
        signInWithToken({ access_token: user.access_token, token_type: user.token_type, expires_in: user.expires_in ?? 0 });
        navigate(returnPath, { replace: true });
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [config, navigate, signInWithToken]);

  if (!error) {
    return <FullPageSpin label={t('signIn.callbackWorking')} />;
  }
  return (
    <main className="full-page" id="main-content" tabIndex={-1}>
      <Result
        status="error"
        title={<h1 className="result-title">{t('signIn.callbackFailed')}</h1>}
        subTitle={<ProblemAlert error={error} />}
        extra={
          <Button type="primary" onClick={() => navigate('/login', { replace: true })}>
            {t('signIn.backToSignIn')}
          </Button>
        }
      />
    </main>
  );
}
