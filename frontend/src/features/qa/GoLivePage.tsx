import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import {
  APPEAL_WINDOW_WORKING_DAYS,
  appealCall,
  beijingDate,
  traineeWeeksQuery,
  weekQuery,
  type GoLiveWeek,
  type ScoredCall,
} from './api';
import { ScoredCallsTable } from './ScoredCallsTable';
import { isOpen } from './weekState';

/**
 * The go-live week as the trainee (or their mentor) sees it: each scored call's score and, within the appeal
 * window, an appeal (复查) to another QA specialist. A mentor picks one of their mentees.
 */
export function GoLivePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('qa.goLive.title'));
  const me = useQuery(meQuery);
  const [chosen, setChosen] = useState<string | undefined>();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ProblemAlert title={t('common.loadFailed')} error={me.error} onRetry={() => void me.refetch()} />;
  const isTrainee = me.data.roles.includes('TRAINEE');
  const mentees = me.data.mentees ?? [];
  const traineeId = isTrainee ? me.data.personId : (chosen ?? (mentees.length === 1 ? mentees[0].personId : undefined));

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('qa.goLive.title')}
      </Typography.Title>
      {!isTrainee && (
        <label className="filter">
          <span>{t('qa.goLive.mentee')}</span>
          <Select
            value={traineeId}
            onChange={setChosen}
            style={{ minWidth: 200 }}
            placeholder={t('qa.goLive.pickMentee')}
            options={mentees.map((mentee) => ({ value: mentee.personId, label: `${mentee.name}（${mentee.personId}）` }))}
            notFoundContent={t('qa.goLive.noMentees')}
          />
        </label>
      )}
      {traineeId && <TraineeWeeks traineeId={traineeId} />}
    </div>
  );
}

function TraineeWeeks({ traineeId }: { traineeId: string }) {
  const { t, i18n } = useTranslation();
  const weeks = useQuery(traineeWeeksQuery(traineeId));
  if (weeks.isPending) return <PageLoading />;
  if (weeks.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={weeks.error} onRetry={() => void weeks.refetch()} />;
  }
  if (weeks.data.length === 0) return <Empty description={t('qa.goLive.noWeek')} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('qa.goLive.intro', { days: APPEAL_WINDOW_WORKING_DAYS })}</Typography.Paragraph>
      {[...weeks.data].reverse().map((week) => (
        <Card
          key={week.id}
          title={
            <h2 className="card-title">
              {formatDate(week.startDate, i18n.language)} – {formatDate(week.endDate, i18n.language)}
            </h2>
          }
          extra={
            isOpen(week) ? (
              <Tag color="blue">{t('qa.week.open')}</Tag>
            ) : (
              <Tag color="green">{t('qa.week.closedWith', { score: week.weekScore })}</Tag>
            )
          }
        >
          <WeekCalls week={week} />
        </Card>
      ))}
    </Flex>
  );
}

function WeekCalls({ week }: { week: GoLiveWeek }) {
  const { t, i18n } = useTranslation();
  const [appealing, setAppealing] = useState<ScoredCall | null>(null);
  const today = beijingDate(new Date().toISOString());

  return (
    <>
      <ScoredCallsTable
        calls={week.calls}
        extra={[
          {
            key: 'appeal',
            title: t('qa.goLive.appeal'),
            render: (_, call) => {
              if (call.appeal?.rescore) {
                return (
                  <Tag color="purple">
                    {t('qa.goLive.rescored', { from: call.normalised, to: call.appeal.rescore.normalised })}
                  </Tag>
                );
              }
              if (call.appeal) return <Tag color="orange">{t('qa.week.appealPending')}</Tag>;
              if (today > call.appealDeadline) return <Typography.Text type="secondary">{t('qa.goLive.windowClosed')}</Typography.Text>;
              return (
                <Flex gap={8} align="center" wrap>
                  <Button size="small" onClick={() => setAppealing(call)} aria-label={t('qa.goLive.appealFor', { call: call.callRef })}>
                    {t('qa.goLive.appeal')}
                  </Button>
                  <Typography.Text type="secondary">
                    {t('qa.goLive.until', { date: formatDate(call.appealDeadline, i18n.language) })}
                  </Typography.Text>
                </Flex>
              );
            },
          },
        ]}
      />
      <Modal
        open={appealing !== null}
        title={appealing ? t('qa.goLive.appealTitle', { call: appealing.callRef }) : ''}
        footer={null}
        onCancel={() => setAppealing(null)}
        destroyOnHidden
      >
        {appealing && <AppealForm week={week} call={appealing} onDone={() => setAppealing(null)} />}
      </Modal>
    </>
  );
}

function AppealForm({ week, call, onDone }: { week: GoLiveWeek; call: ScoredCall; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const appeal = useMutation({
    mutationFn: () => appealCall(week.id, call.id, reason.trim()),
    onSuccess: (updated) => {
      queryClient.setQueryData(weekQuery(week.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: traineeWeeksQuery(updated.traineeId).queryKey });
      void message.success(t('qa.goLive.appealed', { call: call.callRef }));
      onDone();
    },
  });
  const missing = checked && !reason.trim();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (reason.trim()) appeal.mutate();
      }}
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('qa.goLive.once')} />
        <label className="block-field">
          <span>{t('qa.goLive.reason')}</span>
          <Input.TextArea
            value={reason}
            aria-label={t('qa.goLive.reason')}
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            status={missing ? 'error' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {missing && (
            <Typography.Text type="danger" role="alert">
              {t('qa.appeal.reasonRequired')}
            </Typography.Text>
          )}
        </label>
        {appeal.isError && <ProblemAlert error={appeal.error} />}
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={appeal.isPending}>
            {t('qa.goLive.submit')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
