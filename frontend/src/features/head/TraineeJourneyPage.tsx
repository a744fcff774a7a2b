import { useQuery } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { journeyQuery } from '../journey/api';
import { JourneyView } from '../journey/JourneyView';

/** One trainee's journey, as the department head or a training specialist opens it from a dashboard list. */
export function TraineeJourneyPage() {
  const { traineeId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('head.journeyTitle', { trainee: traineeId }));
  const journey = useQuery(journeyQuery(traineeId));
  return (
    <div className="page">
      <Button type="link" className="back-link" onClick={() => void navigate(-1)}>
        {t('common.back')}
      </Button>
      <Typography.Title level={1} className="page-title">
        {t('head.journeyTitle', { trainee: traineeId })}
      </Typography.Title>
      {journey.isPending ? (
        <PageLoading />
      ) : journey.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={journey.error} onRetry={() => void journey.refetch()} />
      ) : (
        <JourneyView journey={journey.data} />
      )}
    </div>
  );
}
