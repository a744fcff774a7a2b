import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hostedQuery, type Placement } from './api';

/** The trainees placed with me (the calling branch mentor): where each placement stands. */
export function BranchTraineesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('branch.list.title'));
  const hosted = useQuery(hostedQuery);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('branch.list.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('branch.list.intro')}</Typography.Paragraph>
      {hosted.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={hosted.error} onRetry={() => void hosted.refetch()} />
      ) : (
        <Table<Placement>
          rowKey="id"
          loading={hosted.isPending}
          dataSource={hosted.data ?? []}
          scroll={{ x: true }}
          pagination={false}
          locale={{ emptyText: <Empty description={t('branch.list.empty')} /> }}
          columns={[
            {
              key: 'trainee',
              title: t('branch.trainee'),
              render: (_, placement) => (
                <Link to={`/branch/placements/${placement.id}`} aria-label={t('branch.list.openFor', { trainee: placement.traineeId })}>
                  {placement.traineeId}
                </Link>
              ),
            },
            {
              key: 'period',
              title: t('branch.period'),
              render: (_, placement) =>
                `${formatDate(placement.startDate, i18n.language)} – ${formatDate(placement.endDate, i18n.language)}`,
            },
            {
              key: 'objectives',
              title: t('branch.list.objectives'),
              render: (_, placement) =>
                t('branch.list.objectivesCount', {
                  confirmed: placement.objectives.filter((objective) => objective.confirmedAt).length,
                  ticked: placement.objectives.filter((objective) => objective.ticked).length,
                  total: placement.objectives.length,
                }),
            },
            {
              key: 'toConfirm',
              title: t('branch.list.toConfirm'),
              render: (_, placement) => {
                const waiting = placement.objectives.filter((objective) => objective.ticked && !objective.confirmedAt).length;
                return waiting > 0 ? <Tag color="blue">{waiting}</Tag> : '—';
              },
            },
            {
              key: 'evaluation',
              title: t('branch.evaluation.title'),
              render: (_, placement) =>
                placement.evaluation ? (
                  <Tag color="green">{t('branch.list.evaluated', { score: placement.evaluation.score })}</Tag>
                ) : (
                  <Tag color="orange">{t('branch.list.toEvaluate')}</Tag>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
