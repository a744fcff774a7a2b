import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { formatDate } from '../../components/formatDate';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { verificationQuery } from './api';

/** Public: anyone with a certificate's code sees whose it is, for which program, when issued and whether valid. */
export function VerifyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('verify.title'));
  const verification = useQuery(verificationQuery(code));

  let body;
  if (verification.isPending) {
    body = (
      <Flex justify="center" role="status">
        <Spin description={t('app.loading')} />
      </Flex>
    );
  } else if (verification.isError) {
    const status = isApiError(verification.error) ? verification.error.status : 0;
    body =
      status === 404 || status === 400 ? (
        <Result status="warning" title={t(status === 404 ? 'verify.unknown' : 'verify.malformed')} subTitle={code} />
      ) : (
        <ProblemAlert title={t('common.loadFailed')} error={verification.error} onRetry={() => void verification.refetch()} />
      );
  } else {
    const data = verification.data;
    const valid = data.status === 'ISSUED';
    body = (
      <Flex vertical gap={16}>
        <Alert
          type={valid ? 'success' : 'error'}
          showIcon
          icon={valid ? <CheckCircleFilled /> : <CloseCircleFilled />}
          title={valid ? t('verify.valid') : t('verify.revoked', { date: data.revokedOn ? formatDate(data.revokedOn, i18n.language) : '' })}
        />
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'name', label: t('verify.name'), children: data.traineeName },
            { key: 'program', label: t('verify.program'), children: data.programName },
            { key: 'issued', label: t('verify.issuedOn'), children: formatDate(data.issuedOn, i18n.language) },
            { key: 'code', label: t('verify.code'), children: <Typography.Text code>{data.code}</Typography.Text> },
          ]}
        />
      </Flex>
    );
  }

  return (
    <main className="page verify-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('verify.title')}
        </Typography.Title>
        <LanguageSwitch />
      </Flex>
      <Card>{body}</Card>
      <Typography.Paragraph type="secondary" className="form-note">
        {t('verify.note')}
      </Typography.Paragraph>
    </main>
  );
}
