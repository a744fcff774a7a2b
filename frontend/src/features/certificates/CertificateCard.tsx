import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadFile } from '../../components/downloadFile';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { certificatePdfPath, certificatesQuery, type Certificate } from './api';

/** The trainee's certificate(s): status, verification code and public link, and the PDF (fetched with the token). */
export function CertificateCard({ traineeId }: { traineeId: string }) {
  const { t } = useTranslation();
  const certificates = useQuery(certificatesQuery(traineeId));
  return (
    <Card title={<h2 className="card-title">{t('certificates.title')}</h2>} loading={certificates.isPending}>
      {certificates.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : certificates.data && certificates.data.length === 0 ? (
        <Empty description={t('certificates.none')} />
      ) : (
        <Flex vertical gap={16}>
          {certificates.data?.map((certificate) => <CertificateView key={certificate.id} certificate={certificate} />)}
        </Flex>
      )}
    </Card>
  );
}

function CertificateView({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);
  const verifyPath = `/verify/${certificate.code}`;
  const verifyUrl = `${window.location.origin}${verifyPath}`;
  const openPdf = () => {
    setOpening(true);
    downloadFile(certificatePdfPath(certificate.id), `certificate-${certificate.id}.pdf`, { open: true })
      .catch(() => void message.error(t('certificates.pdfFailed')))
      .finally(() => setOpening(false));
  };
  const revoked = certificate.status === 'REVOKED';
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <SafetyCertificateOutlined aria-hidden />
        <Typography.Text strong>{certificate.programName}</Typography.Text>
        <Tag color={revoked ? 'red' : 'green'}>{t(`certificates.status.${certificate.status}`)}</Tag>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'issued', label: t('certificates.issuedOn'), children: formatDate(certificate.issuedOn, i18n.language) },
          {
            key: 'code',
            label: t('certificates.code'),
            children: (
              <Typography.Text code copyable={{ text: certificate.code }}>
                {certificate.code}
              </Typography.Text>
            ),
          },
          {
            key: 'link',
            label: t('certificates.verifyLink'),
            children: (
              <Typography.Text copyable={{ text: verifyUrl }}>
                <Link to={verifyPath}>{verifyUrl}</Link>
              </Typography.Text>
            ),
          },
          ...(certificate.revocation
            ? [
                {
                  key: 'revoked',
                  label: t('certificates.revokedAt'),
                  children: `${formatDateTime(certificate.revocation.at, i18n.language)}：${certificate.revocation.reason}`,
                },
              ]
            : []),
        ]}
      />
      {!revoked && (
        <div>
          <Button icon={<FilePdfOutlined />} onClick={openPdf} loading={opening}>
            {t('certificates.pdf')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
