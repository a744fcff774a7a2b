import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import {
  calibrationQuery,
  calibrationsQuery,
  closeCalibration,
  scoreCalibration,
  type CalibrationScore,
  type CalibrationSession,
} from './api';
import { ScorecardForm } from './ScorecardForm';

/** One calibration session: score the call blind, then see everyone's scores; close it once two have scored. */
export function CalibrationSessionPage() {
  const { sessionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qa.calibration.title'));
  const session = useQuery(calibrationQuery(sessionId));
  const me = useQuery(meQuery);
  if (session.isPending || me.isPending) return <PageLoading />;
  if (session.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={session.error} onRetry={() => void session.refetch()} />;
  }
  const data = session.data;
  const open = data.closedAt === null;
  const isQa = me.data?.roles.includes('QA_SPECIALIST') ?? false;
  const scored = me.data ? data.scoredBy.includes(me.data.personId) : false;
  const canClose = me.data?.roles.some((role) => role === 'QA_SPECIALIST' || role === 'DEPARTMENT_HEAD') ?? false;

  return (
    <div className="page">
      <Link to="/qa/calibrations">{t('common.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('qa.calibration.sessionTitle', { call: data.callRef })}
      </Typography.Title>
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'date', label: t('qa.week.callDate'), children: data.callDate ? formatDate(data.callDate, i18n.language) : '—' },
            { key: 'card', label: t('qa.week.card'), children: `${data.scorecard.name} v${data.scorecard.version}` },
            { key: 'by', label: t('qa.calibration.openedBy'), children: `${data.createdBy} · ${formatDateTime(data.createdAt, i18n.language)}` },
            { key: 'scored', label: t('qa.calibration.scoredBy'), children: data.scoredBy.join('、') || '—' },
            {
              key: 'state',
              label: t('qa.queue.state'),
              children: open ? <Tag color="blue">{t('qa.week.open')}</Tag> : <Tag color="green">{t('qa.calibration.closed')}</Tag>,
            },
            ...(data.note ? [{ key: 'note', label: t('qa.calibration.note'), children: data.note }] : []),
          ]}
        />
        {data.blind ? (
          <Alert type="info" showIcon title={t('qa.calibration.blind', { count: data.scoredBy.length })} />
        ) : (
          <Scores session={data} />
        )}
        {open && isQa && !scored && (
          <Card title={<h2 className="card-title">{t('qa.calibration.yourScore')}</h2>}>
            <ScoreSession session={data} />
          </Card>
        )}
        {open && canClose && <CloseSession session={data} />}
      </Flex>
    </div>
  );
}

function Scores({ session }: { session: CalibrationSession }) {
  const { t, i18n } = useTranslation();
  const totals = session.scores.map((s) => s.normalised);
  const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null;
  return (
    <Card title={<h2 className="card-title">{t('qa.calibration.scores')}</h2>}>
      <Table<CalibrationScore>
        rowKey="scoredBy"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={session.scores}
        columns={[
          { key: 'who', title: t('qa.calibration.specialist'), dataIndex: 'scoredBy' },
          { key: 'knowledge', title: t('qa.card.knowledgeShort'), dataIndex: 'knowledge' },
          { key: 'service', title: t('qa.card.serviceShort'), dataIndex: 'service' },
          { key: 'total', title: t('qa.card.totalShort'), dataIndex: 'total' },
          {
            key: 'normalised',
            title: t('qa.card.normalised'),
            render: (_, s) => (
              <>
                {s.normalised}
                {s.zero && (
                  <Tag color="red" className="inline-tag">
                    {t('qa.week.zero')}
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'at', title: t('qa.calibration.scoredAt'), render: (_, s) => formatDateTime(s.scoredAt, i18n.language) },
        ]}
      />
      {mean !== null && (
        <Typography.Paragraph className="form-note">
          {t('qa.calibration.spread', {
            mean: mean.toFixed(1),
            min: Math.min(...totals),
            max: Math.max(...totals),
          })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function useSessionUpdate() {
  const queryClient = useQueryClient();
  return (updated: CalibrationSession) => {
    queryClient.setQueryData(calibrationQuery(updated.id).queryKey, updated);
    // Only the list: a prefix match would refetch this session too and could bring back a stale copy.
    void queryClient.invalidateQueries({ queryKey: calibrationsQuery.queryKey, exact: true });
  };
}

function ScoreSession({ session }: { session: CalibrationSession }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useSessionUpdate();
  const score = useMutation({
    mutationFn: (marks: Parameters<typeof scoreCalibration>[1]) => scoreCalibration(session.id, marks),
    onSuccess: (updated) => {
      update(updated);
      void message.success(t('qa.calibration.scored'));
    },
  });
  return (
    <ScorecardForm card={session.scorecard} submitLabel={t('qa.calibration.submitScore')} submitting={score.isPending} onSubmit={(marks) => score.mutate(marks)}>
      {score.isError && <ProblemAlert error={score.error} />}
    </ScorecardForm>
  );
}

function CloseSession({ session }: { session: CalibrationSession }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useSessionUpdate();
  const close = useMutation({
    mutationFn: () => closeCalibration(session.id),
    onSuccess: (updated) => {
      update(updated);
      void message.success(t('qa.calibration.closedDone'));
    },
  });
  return (
    <Flex vertical gap={8} align="end">
      {close.isError && <ProblemAlert error={close.error} />}
      <Popconfirm
        title={t('qa.calibration.closeConfirm')}
        okText={t('qa.calibration.close')}
        cancelText={t('common.cancel')}
        onConfirm={() => close.mutate()}
      >
        <Button loading={close.isPending} disabled={session.scoredBy.length < 2}>
          {t('qa.calibration.close')}
        </Button>
      </Popconfirm>
      {session.scoredBy.length < 2 && <Typography.Text type="secondary">{t('qa.calibration.needTwo')}</Typography.Text>}
    </Flex>
  );
}
