import { Alert, Card, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useAuth } from './authContext';
import { DevSignIn } from './DevSignIn';
import { OidcSignIn } from './OidcSignIn';
import { takeReturnPath, type SessionEndReason } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const { config, session } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const reason = (location.state as { reason?: SessionEndReason } | null)?.reason;
  const redirected = useRef(false);
  useDocumentTitle(t('signIn.title'));

  // Signed in (just now, or already when arriving here): go back to where the user was.
  useEffect(() => {
    if (session && !redirected.current) {
      redirected.current = true;
      navigate(takeReturnPath(), { replace: true });
    }
  }, [session, navigate]);

  return (
    <div className="sign-in-page">
      <header className="sign-in-header">
        <span className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.shortName')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="sign-in-main" id="main-content" tabIndex={-1}>
        <Card className="sign-in-card">
          <Typography.Title level={1} className="sign-in-title">
            {t('signIn.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
          {reason && (
            <Alert
              className="sign-in-notice"
              type={reason === 'expired' ? 'warning' : 'info'}
              showIcon
              role="status"
              title={reason === 'expired' ? t('signIn.expired') : t('signIn.signedOut')}
            />
          )}
          {config.mode === 'dev' ? <DevSignIn /> : <OidcSignIn />}
        </Card>
      </main>
    </div>
  );
}
