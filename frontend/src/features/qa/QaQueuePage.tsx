import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { cohortsQuery, cohortTraineesQuery, openWeek, traineeWeeksQuery, type CohortTrainee, type GoLiveWeek } from './api';
import { awaitingReplacement, awaitingRescore, isOpen } from './weekState';

interface Row {
  trainee: CohortTrainee;
  week: GoLiveWeek | undefined;
  loading: boolean;
  error: unknown;
}

/**
 * The scoring queue: per trainee of a cohort, their latest independent go-live week — open weeks first, with
 * how many calls are scored and which zero-score calls still need a replacement.
 */
export function QaQueuePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qa.queue.title'));
  const [params, setParams] = useSearchParams();
  const cohorts = useQuery(cohortsQuery);
  const cohortId = params.get('cohort') ?? cohorts.data?.[0]?.id;
  const trainees = useQuery({ ...cohortTraineesQuery(cohortId ?? ''), enabled: Boolean(cohortId) });
  const weeks = useQueries({
    queries: (trainees.data ?? []).map((trainee) => traineeWeeksQuery(trainee.personId)),
  });
  const rows: Row[] = (trainees.data ?? []).map((trainee, index) => ({
    trainee,
    week: weeks[index]?.data?.[0],
    loading: weeks[index]?.isPending ?? true,
    error: weeks[index]?.error,
  }));
  const rank = (row: Row) => (row.week && isOpen(row.week) ? 0 : row.week ? 2 : 1);
  rows.sort((a, b) => rank(a) - rank(b) || a.trainee.personId.localeCompare(b.trainee.personId));
  const error = cohorts.error ?? trainees.error;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('qa.queue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('qa.queue.intro')}</Typography.Paragraph>
      <Flex gap={16} wrap className="page-toolbar">
        <label className="filter">
          <span>{t('qa.queue.cohort')}</span>
          <Select
            value={cohortId}
            loading={cohorts.isPending}
            onChange={(value) => setParams({ cohort: value }, { replace: true })}
            options={(cohorts.data ?? []).map((cohort) => ({ value: cohort.id, label: `${cohort.name}（${cohort.id}）` }))}
            style={{ minWidth: 220 }}
          />
        </label>
      </Flex>
      {error ? (
        <ProblemAlert
          title={t('common.loadFailed')}
          error={error}
          onRetry={() => void (cohorts.isError ? cohorts.refetch() : trainees.refetch())}
        />
      ) : (
        <Table<Row>
          rowKey={(row) => row.trainee.personId}
          loading={cohorts.isPending || (Boolean(cohortId) && trainees.isPending)}
          dataSource={rows}
          scroll={{ x: true }}
          pagination={false}
          locale={{ emptyText: <Empty description={t('qa.queue.empty')} /> }}
          columns={[
            { key: 'trainee', title: t('qa.trainee'), render: (_, row) => row.trainee.personId },
            {
              key: 'week',
              title: t('qa.queue.week'),
              render: (_, row) => {
                if (row.error) return <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>;
                if (row.loading) return '…';
                if (!row.week) return <Typography.Text type="secondary">{t('qa.queue.noWeek')}</Typography.Text>;
                return `${formatDate(row.week.startDate, i18n.language)} – ${formatDate(row.week.endDate, i18n.language)}`;
              },
            },
            {
              key: 'state',
              title: t('qa.queue.state'),
              render: (_, row) =>
                row.week &&
                (isOpen(row.week) ? (
                  <Tag color="blue">{t('qa.week.open')}</Tag>
                ) : (
                  <Tag color="green">{t('qa.week.closedWith', { score: row.week.weekScore })}</Tag>
                )),
            },
            { key: 'scored', title: t('qa.queue.scored'), render: (_, row) => row.week?.calls.length ?? '—' },
            {
              key: 'replace',
              title: t('qa.queue.toReplace'),
              render: (_, row) => {
                const waiting = row.week ? awaitingReplacement(row.week).length : 0;
                return waiting > 0 ? <Tag color="red">{waiting}</Tag> : '—';
              },
            },
            {
              key: 'appeals',
              title: t('qa.queue.appeals'),
              render: (_, row) => {
                const waiting = row.week ? awaitingRescore(row.week).length : 0;
                return waiting > 0 ? <Tag color="orange">{waiting}</Tag> : '—';
              },
            },
            {
              key: 'actions',
              title: t('qa.actions'),
              render: (_, row) =>
                row.week && isOpen(row.week) ? (
                  <Link to={`/qa/weeks/${row.week.id}`} aria-label={t('qa.queue.scoreFor', { trainee: row.trainee.personId })}>
                    {t('qa.queue.score')}
                  </Link>
                ) : row.loading || row.error ? null : (
                  <Flex gap={8} wrap>
                    {row.week && <Link to={`/qa/weeks/${row.week.id}`}>{t('qa.queue.view')}</Link>}
                    <OpenWeek traineeId={row.trainee.personId} />
                  </Flex>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}

/** Opens the trainee's independent go-live week from a start date (a working day; the server checks it). */
function OpenWeek({ traineeId }: { traineeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [startDate, setStartDate] = useState('');
  const open = useMutation({
    mutationFn: () => openWeek(traineeId, startDate),
    onSuccess: (week) => {
      void queryClient.invalidateQueries({ queryKey: ['qa', 'weeks-of', traineeId] });
      void message.success(t('qa.queue.opened'));
      navigate(`/qa/weeks/${week.id}`);
    },
  });
  return (
    <Flex vertical gap={4}>
      <Flex gap={8}>
        <Input
          type="date"
          size="small"
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          aria-label={t('qa.queue.startDateFor', { trainee: traineeId })}
          style={{ width: 150 }}
        />
        <Button size="small" disabled={!startDate} loading={open.isPending} onClick={() => open.mutate()}>
          {t('qa.queue.openWeek')}
        </Button>
      </Flex>
      {open.isError && <ProblemAlert error={open.error} />}
    </Flex>
  );
}
