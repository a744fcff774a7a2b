import '../forms-renderer/forms.css';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { confirmObjective, placementQuery, type Objective, type Placement } from './api';
import { EvaluationForm } from './EvaluationForm';

/** One trainee placed with me: the eight objectives to confirm, their self-summary, and my evaluation (附5). */
export function BranchPlacementPage() {
  const { placementId = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('branch.placement.title'));
  const placement = useQuery(placementQuery(placementId));

  const title = (
    <Typography.Title level={1} className="page-title">
      {placement.data ? t('branch.placement.titleFor', { trainee: placement.data.traineeId }) : t('branch.placement.title')}
    </Typography.Title>
  );
  if (placement.isPending) return <PageLoading />;
  if (placement.isError) {
    return (
      <div className="page">
        {title}
        <ProblemAlert title={t('common.loadFailed')} error={placement.error} onRetry={() => void placement.refetch()} />
      </div>
    );
  }
  const data = placement.data;

  return (
    <div className="page">
      <Link to="/branch">{t('common.back')}</Link>
      {title}
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'trainee', label: t('branch.trainee'), children: data.traineeId },
            { key: 'branch', label: t('branch.placement.branch'), children: data.branchId },
            {
              key: 'period',
              label: t('branch.period'),
              children: `${formatDate(data.startDate, i18n.language)} – ${formatDate(data.endDate, i18n.language)}`,
            },
          ]}
        />
        <Objectives placement={data} />
        <Card title={<h2 className="card-title">{t('branch.placement.selfSummary')}</h2>}>
          {data.selfSummary ? (
            <Typography.Paragraph className="preserve-lines">{data.selfSummary}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('branch.placement.noSelfSummary')}</Typography.Text>
          )}
        </Card>
        <Card title={<h2 className="card-title">{t('branch.evaluation.title')}</h2>}>
          {data.evaluation ? (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'score', label: t('branch.evaluation.score'), children: data.evaluation.score },
                { key: 'at', label: t('branch.evaluation.at'), children: formatDateTime(data.evaluation.at, i18n.language) },
                {
                  key: 'notes',
                  label: t('branch.evaluation.notes'),
                  children: <span className="preserve-lines">{data.evaluation.notes ?? '—'}</span>,
                },
              ]}
            />
          ) : (
            <EvaluationForm placement={data} />
          )}
        </Card>
      </Flex>
    </div>
  );
}

function Objectives({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (number: number) => confirmObjective(placement.id, number),
    onSuccess: (updated, number) => {
      queryClient.setQueryData(placementQuery(placement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['branch', 'hosted'] });
      void message.success(t('branch.objectives.confirmed', { number }));
    },
  });
  const state = (objective: Objective) => {
    if (objective.confirmedAt) {
      return (
        <Tag color="green" icon={<CheckCircleOutlined />}>
          {t('branch.objectives.confirmedTag')}
        </Tag>
      );
    }
    if (!objective.ticked) return <Tag>{t('branch.objectives.notTicked')}</Tag>;
    return (
      <Button
        size="small"
        type="primary"
        loading={confirm.isPending && confirm.variables === objective.number}
        onClick={() => confirm.mutate(objective.number)}
        aria-label={t('branch.objectives.confirmFor', { number: objective.number })}
      >
        {t('branch.objectives.confirm')}
      </Button>
    );
  };

  return (
    <Card title={<h2 className="card-title">{t('branch.objectives.title')}</h2>}>
      {confirm.isError && <ProblemAlert error={confirm.error} />}
      <List
        dataSource={placement.objectives}
        renderItem={(objective) => (
          <List.Item extra={state(objective)}>
            <List.Item.Meta
              title={`${objective.number}. ${objective.text}`}
              description={
                objective.ticked
                  ? t('branch.objectives.traineeNote', { note: objective.note || t('branch.objectives.noNote') })
                  : undefined
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
