import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageTitle, RecordPending } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { closeWeek, rescoreCall, scoreCall, weekQuery, type GoLiveWeek, type ScoredCall } from './api';
import { ScorecardForm } from './ScorecardForm';
import { ScoredCallsTable } from './ScoredCallsTable';
import { awaitingReplacement, isOpen } from './weekState';

/** One go-live week: its scored calls and appeals, scoring another call on the week's card, closing the week. */
export function QaWeekPage() {
  const { weekId = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qa.week.title'));
  const week = useQuery(weekQuery(weekId));
  const me = useQuery(meQuery);
  const [rescoring, setRescoring] = useState<ScoredCall | null>(null);

  const title = week.data ? t('qa.week.titleFor', { trainee: week.data.traineeId }) : t('qa.week.title');
  if (!week.isSuccess) return <RecordPending query={week} title={title} />;
  const data = week.data;
  const open = isOpen(data);
  const refOf = (callId: string | null) => data.calls.find((call) => call.id === callId)?.callRef ?? callId;

  return (
    <div className="page">
      <Link to="/qa">{t('common.back')}</Link>
      <PageTitle>{title}</PageTitle>
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'trainee', label: t('qa.trainee'), children: data.traineeId },
            {
              key: 'period',
              label: t('qa.week.period'),
              children: `${formatDate(data.startDate, i18n.language)} – ${formatDate(data.endDate, i18n.language)}`,
            },
            { key: 'card', label: t('qa.week.card'), children: `${data.scorecard.name} v${data.scorecard.version}` },
            {
              key: 'state',
              label: t('qa.queue.state'),
              children: open ? (
                <Tag color="blue">{t('qa.week.open')}</Tag>
              ) : (
                <Tag color="green">{t('qa.week.closedWith', { score: data.weekScore })}</Tag>
              ),
            },
            ...(open ? [] : [{ key: 'counted', label: t('qa.week.counted'), children: data.countedCalls ?? '—' }]),
          ]}
        />

        <Card title={<h2 className="card-title">{t('qa.week.calls')}</h2>}>
          <ScoredCallsTable
            calls={data.calls}
            halves
            extra={[
              {
                key: 'replaces',
                title: t('qa.week.replaces'),
                render: (_, call) => (call.replaces ? refOf(call.replaces) : '—'),
              },
              { key: 'by', title: t('qa.week.scoredBy'), dataIndex: 'scoredBy' },
              {
                key: 'actions',
                title: t('qa.actions'),
                render: (_, call) => {
                  if (!call.appeal) return null;
                  if (call.appeal.rescore) return <Tag color="purple">{t('qa.week.rescored')}</Tag>;
                  // Only a specialist other than the call's scorer may re-score it; the scorer sees it waiting.
                  if (!me.data || call.scoredBy === me.data.personId) return <Tag color="orange">{t('qa.week.appealPending')}</Tag>;
                  return (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setRescoring(call)}
                      aria-label={t('qa.appeal.openFor', { call: call.callRef })}
                    >
                      {t('qa.appeal.open')}
                    </Button>
                  );
                },
              },
            ]}
          />
        </Card>

        <Appeals week={data} />

        {open && (
          <Card title={<h2 className="card-title">{t('qa.score.title')}</h2>}>
            <ScoreCall week={data} />
          </Card>
        )}
        {open && <CloseWeek week={data} />}
      </Flex>
      <Modal
        open={rescoring !== null}
        title={rescoring ? t('qa.appeal.title', { call: rescoring.callRef }) : ''}
        footer={null}
        width={900}
        onCancel={() => setRescoring(null)}
        destroyOnHidden
      >
        {rescoring && <RescoreForm week={data} call={rescoring} onDone={() => setRescoring(null)} />}
      </Modal>
    </div>
  );
}

function useWeekUpdate(weekId: string) {
  const queryClient = useQueryClient();
  return (updated: GoLiveWeek) => {
    queryClient.setQueryData(weekQuery(weekId).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: ['qa', 'weeks-of', updated.traineeId] });
  };
}

function ScoreCall({ week }: { week: GoLiveWeek }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useWeekUpdate(week.id);
  const [callRef, setCallRef] = useState('');
  const [callDate, setCallDate] = useState('');
  const [replaces, setReplaces] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [round, setRound] = useState(0);
  const score = useMutation({
    mutationFn: (marks: Parameters<typeof scoreCall>[1]['marks']) =>
      scoreCall(week.id, { callRef: callRef.trim(), callDate, replaces, marks }),
    onSuccess: (updated) => {
      update(updated);
      void message.success(t('qa.score.scored', { call: callRef.trim() }));
      setCallRef('');
      setReplaces(null);
      setChecked(false);
      setRound((n) => n + 1);
    },
  });
  const zeroCalls = awaitingReplacement(week);
  const refMissing = checked && !callRef.trim();
  const dateMissing = checked && !callDate;

  return (
    <ScorecardForm
      key={round}
      card={week.scorecard}
      submitLabel={t('qa.score.submit')}
      submitting={score.isPending}
      onValidate={() => {
        setChecked(true);
        return Boolean(callRef.trim() && callDate);
      }}
      onSubmit={(marks) => score.mutate(marks)}
      header={
        <Flex gap={16} wrap>
          <label className="filter">
            <span>{t('qa.week.callRef')}</span>
            <Input
              value={callRef}
              maxLength={80}
              status={refMissing ? 'error' : undefined}
              onChange={(event) => setCallRef(event.target.value)}
              style={{ width: 200 }}
            />
            {refMissing && (
              <Typography.Text type="danger" role="alert">
                {t('qa.score.callRefRequired')}
              </Typography.Text>
            )}
          </label>
          <label className="filter">
            <span>{t('qa.week.callDate')}</span>
            <Input
              type="date"
              value={callDate}
              min={week.startDate}
              max={week.endDate}
              status={dateMissing ? 'error' : undefined}
              onChange={(event) => setCallDate(event.target.value)}
              style={{ width: 170 }}
            />
            {dateMissing && (
              <Typography.Text type="danger" role="alert">
                {t('qa.score.callDateRequired')}
              </Typography.Text>
            )}
          </label>
          {zeroCalls.length > 0 && (
            <label className="filter">
              <span>{t('qa.week.replaces')}</span>
              <Select
                allowClear
                value={replaces ?? undefined}
                placeholder={t('qa.score.replacesNone')}
                onChange={(value) => setReplaces(value ?? null)}
                options={zeroCalls.map((call) => ({ value: call.id, label: call.callRef }))}
                style={{ minWidth: 200 }}
              />
            </label>
          )}
        </Flex>
      }
    >
      {score.isError && <ProblemAlert error={score.error} />}
    </ScorecardForm>
  );
}

/** Re-scoring an appealed call on the week's card, with the appeal's reason shown and a reason of one's own. */
function RescoreForm({ week, call, onDone }: { week: GoLiveWeek; call: ScoredCall; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useWeekUpdate(week.id);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const appeal = useMutation({
    mutationFn: (marks: Parameters<typeof rescoreCall>[3]) => rescoreCall(week.id, call.id, reason.trim(), marks),
    onSuccess: (updated) => {
      update(updated);
      void message.success(t('qa.appeal.done', { call: call.callRef }));
      onDone();
    },
  });
  const missing = checked && !reason.trim();
  return (
    <ScorecardForm
      card={week.scorecard}
      submitLabel={t('qa.appeal.submit')}
      submitting={appeal.isPending}
      onValidate={() => {
        setChecked(true);
        return Boolean(reason.trim());
      }}
      onSubmit={(marks) => appeal.mutate(marks)}
      header={
        <>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'appeal', label: t('qa.appeal.appealReason'), children: call.appeal?.reason },
            { key: 'filedBy', label: t('qa.appeal.filedBy'), children: call.appeal?.filedBy },
            { key: 'score', label: t('qa.appeal.original'), children: call.normalised },
          ]}
        />
        <label className="block-field">
          <span>{t('qa.appeal.reason')}</span>
          <Input.TextArea
            aria-label={t('qa.appeal.reason')}
            value={reason}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={missing ? 'error' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {missing && (
            <Typography.Text type="danger" role="alert">
              {t('qa.appeal.reasonRequired')}
            </Typography.Text>
          )}
        </label>
        </>
      }
    >
      {appeal.isError && <ProblemAlert error={appeal.error} />}
    </ScorecardForm>
  );
}

/** The appeals (复查) of the week: both scores are kept; the re-score counts. */
function Appeals({ week }: { week: GoLiveWeek }) {
  const { t, i18n } = useTranslation();
  const appealed = week.calls.filter((call) => call.appeal);
  return (
    <Card title={<h2 className="card-title">{t('qa.appeal.list')}</h2>}>
      {appealed.length === 0 ? (
        <Typography.Text type="secondary">{t('qa.appeal.none')}</Typography.Text>
      ) : (
        <Table<ScoredCall>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={appealed}
          columns={[
            { key: 'ref', title: t('qa.week.callRef'), dataIndex: 'callRef' },
            { key: 'appealReason', title: t('qa.appeal.appealReason'), render: (_, call) => call.appeal?.reason },
            { key: 'filedBy', title: t('qa.appeal.filedBy'), render: (_, call) => call.appeal?.filedBy },
            {
              key: 'filedAt',
              title: t('qa.appeal.filedAt'),
              render: (_, call) => (call.appeal ? formatDateTime(call.appeal.filedAt, i18n.language) : ''),
            },
            {
              key: 'change',
              title: t('qa.appeal.change'),
              render: (_, call) =>
                call.appeal?.rescore ? `${call.normalised} → ${call.appeal.rescore.normalised}` : t('qa.week.appealPending'),
            },
            { key: 'reason', title: t('qa.appeal.reason'), render: (_, call) => call.appeal?.rescore?.reason ?? '—' },
            { key: 'by', title: t('qa.appeal.by'), render: (_, call) => call.appeal?.rescore?.scoredBy ?? '—' },
            {
              key: 'at',
              title: t('qa.appeal.at'),
              render: (_, call) => (call.appeal?.rescore ? formatDateTime(call.appeal.rescore.scoredAt, i18n.language) : '—'),
            },
          ]}
        />
      )}
    </Card>
  );
}

function CloseWeek({ week }: { week: GoLiveWeek }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useWeekUpdate(week.id);
  const close = useMutation({
    mutationFn: () => closeWeek(week.id),
    onSuccess: (updated) => {
      update(updated);
      void message.success(t('qa.week.closed'));
    },
  });
  return (
    <Flex vertical gap={8} align="end">
      {close.isError && <ProblemAlert error={close.error} />}
      <Popconfirm
        title={t('qa.week.closeConfirm')}
        okText={t('qa.week.close')}
        cancelText={t('common.cancel')}
        onConfirm={() => close.mutate()}
      >
        <Button loading={close.isPending}>{t('qa.week.close')}</Button>
      </Popconfirm>
    </Flex>
  );
}
