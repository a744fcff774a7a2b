import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { CertificateCard } from '../certificates/CertificateCard';
import { TraineeScoresCard } from '../certificates/TraineeScoresCard';
import { journeyQuery } from './api';
import { JourneyView } from './JourneyView';

/** The trainee's own journey through the four stages. */
export function JourneyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('journey.title'));
  const me = useQuery(meQuery);
  const traineeId = me.data?.trainee ? me.data.personId : undefined;
  const journey = useQuery({ ...journeyQuery(traineeId ?? ''), enabled: traineeId !== undefined });

  const title = (
    <Typography.Title level={1} className="page-title">
      {t('journey.title')}
    </Typography.Title>
  );
  if (me.isPending || (traineeId && journey.isPending)) {
    return <PageLoading />;
  }
  if (me.isError) {
    return (
      <div className="page">
        {title}
        <ProblemAlert title={t('common.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!traineeId) {
    return (
      <div className="page">
        {title}
        <Alert type="info" showIcon title={t('journey.notTrainee')} />
      </div>
    );
  }
  return (
    <div className="page">
      {title}
      {journey.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={journey.error} onRetry={() => void journey.refetch()} />
      ) : (
        journey.data && <JourneyView journey={journey.data} />
      )}
      <Flex vertical gap={16} className="page-section">
        <CertificateCard traineeId={traineeId} />
        {me.data.trainee?.category === 'A' && <TraineeScoresCard traineeId={traineeId} startDate={me.data.trainee.startDate} />}
      </Flex>
    </div>
  );
}
