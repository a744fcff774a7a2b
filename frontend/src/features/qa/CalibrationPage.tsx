import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import {
  calibrationReportQuery,
  calibrationsQuery,
  openCalibration,
  type CalibrationReport,
  type CalibrationSession,
} from './api';

const CALL_REF = /^[A-Za-z0-9._-]{1,80}$/;

/** Calibration: QA specialists score the same call blind; the variance report shows who deviates from their peers. */
export function CalibrationPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qa.calibration.title'));
  const sessions = useQuery(calibrationsQuery);
  const me = useQuery(meQuery);
  const canOpen = me.data?.roles.some((role) => role === 'QA_SPECIALIST' || role === 'DEPARTMENT_HEAD') ?? false;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('qa.calibration.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('qa.calibration.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        {canOpen && <OpenSession />}
        <Card title={<h2 className="card-title">{t('qa.calibration.sessions')}</h2>}>
          {sessions.isError ? (
            <ProblemAlert title={t('common.loadFailed')} error={sessions.error} onRetry={() => void sessions.refetch()} />
          ) : (
            <Table<CalibrationSession>
              rowKey="id"
              size="small"
              loading={sessions.isPending}
              dataSource={sessions.data}
              scroll={{ x: true }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description={t('qa.calibration.none')} /> }}
              columns={[
                {
                  key: 'ref',
                  title: t('qa.week.callRef'),
                  render: (_, s) => (
                    <Link to={`/qa/calibrations/${s.id}`} aria-label={t('qa.calibration.openFor', { call: s.callRef })}>
                      {s.callRef}
                    </Link>
                  ),
                },
                { key: 'date', title: t('qa.week.callDate'), render: (_, s) => (s.callDate ? formatDate(s.callDate, i18n.language) : '—') },
                { key: 'by', title: t('qa.calibration.openedBy'), render: (_, s) => `${s.createdBy} · ${formatDateTime(s.createdAt, i18n.language)}` },
                { key: 'scored', title: t('qa.calibration.scoredBy'), render: (_, s) => s.scoredBy.join('、') || '—' },
                {
                  key: 'state',
                  title: t('qa.queue.state'),
                  render: (_, s) =>
                    s.closedAt ? <Tag color="green">{t('qa.calibration.closed')}</Tag> : <Tag color="blue">{t('qa.week.open')}</Tag>,
                },
              ]}
            />
          )}
        </Card>
        <Report />
      </Flex>
    </div>
  );
}

function OpenSession() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [callRef, setCallRef] = useState('');
  const [callDate, setCallDate] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const open = useMutation({
    mutationFn: () => openCalibration({ callRef: callRef.trim(), callDate: callDate || null, note: note.trim() || null }),
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: calibrationsQuery.queryKey, exact: true });
      void message.success(t('qa.calibration.opened', { call: session.callRef }));
      void navigate(`/qa/calibrations/${session.id}`);
    },
  });
  const refProblem = checked && !CALL_REF.test(callRef.trim());
  return (
    <Card title={<h2 className="card-title">{t('qa.calibration.open')}</h2>}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (CALL_REF.test(callRef.trim())) open.mutate();
        }}
      >
        <Flex gap={16} wrap align="end">
          <label className="filter">
            <span>{t('qa.week.callRef')}</span>
            <Input aria-label={t('qa.week.callRef')} value={callRef} maxLength={80} status={refProblem ? 'error' : undefined} onChange={(e) => setCallRef(e.target.value)} style={{ width: 220 }} />
            {refProblem && (
              <Typography.Text type="danger" role="alert">
                {t('qa.calibration.callRefInvalid')}
              </Typography.Text>
            )}
          </label>
          <label className="filter">
            <span>{t('qa.week.callDate')}</span>
            <Input type="date" value={callDate} onChange={(e) => setCallDate(e.target.value)} style={{ width: 170 }} />
          </label>
          <label className="filter">
            <span>{t('qa.calibration.note')}</span>
            <Input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} style={{ width: 280 }} />
          </label>
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            {t('qa.calibration.openSubmit')}
          </Button>
        </Flex>
        {open.isError && <ProblemAlert error={open.error} />}
      </form>
    </Card>
  );
}

function Report() {
  const { t } = useTranslation();
  const report = useQuery(calibrationReportQuery);
  return (
    <Card title={<h2 className="card-title">{t('qa.calibration.report')}</h2>}>
      {report.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Table<CalibrationReport['specialists'][number]>
          rowKey={(row) => `${row.specialistId}-${row.month}`}
          size="small"
          loading={report.isPending}
          dataSource={report.data?.specialists}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('qa.calibration.noReport')} /> }}
          columns={[
            { key: 'month', title: t('qa.calibration.month'), dataIndex: 'month' },
            { key: 'who', title: t('qa.calibration.specialist'), dataIndex: 'specialistId' },
            { key: 'sessions', title: t('qa.calibration.sessionCount'), dataIndex: 'sessions' },
            { key: 'mad', title: t('qa.calibration.meanAbsoluteDeviation'), dataIndex: 'totalMeanAbsoluteDeviation' },
            {
              key: 'lean',
              title: t('qa.calibration.meanDeviation'),
              render: (_, row) => (
                <Tag color={row.totalMeanDeviation > 0 ? 'orange' : row.totalMeanDeviation < 0 ? 'blue' : 'default'}>
                  {row.totalMeanDeviation > 0 ? `+${row.totalMeanDeviation}` : row.totalMeanDeviation}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
