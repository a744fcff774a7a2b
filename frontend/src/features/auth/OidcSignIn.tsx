import { LoginOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAuth } from './authContext';
import { peekReturnPath } from './session';

/** OIDC mode: one button that starts the authorization code flow with PKCE. */
export function OidcSignIn() {
  const { t } = useTranslation();
  const { startOidcSignIn } = useAuth();
  const titleId = useId();
  const redirect = useMutation({ mutationFn: () => startOidcSignIn(peekReturnPath()) });

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title level={2} id={titleId} className="section-title">
        {t('signIn.oidcTitle')}
      </Typography.Title>
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary">{t('signIn.oidcHint')}</Typography.Paragraph>
        {redirect.isError && <ProblemAlert title={t('signIn.oidcUnavailable')} error={redirect.error} />}
        <Button
          type="primary"
          size="large"
          block
          icon={<LoginOutlined aria-hidden />}
          loading={redirect.isPending || redirect.isSuccess}
          onClick={() => redirect.mutate()}
        >
          {t('signIn.oidcButton')}
        </Button>
      </Flex>
    </section>
  );
}
