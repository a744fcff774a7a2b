import '../forms-renderer/forms.css';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Progress, Table, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../api/types';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { callsQuery, markMonitored, programQuery, shareQuery, type DayShare, type ProgramSummary, type SupervisedCall } from './api';
import { aboveShare, goLivePeriods, percentOf, sharePerStep, type StepShare } from './supervision';

/** The supervised go-live call log: each call (marking it monitored), and the monitored share per day and step. */
export function CallLog({ traineeId, journey }: { traineeId: string; journey: Journey | undefined }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const calls = useQuery(callsQuery(traineeId));
  const program = useQuery(programQuery);
  const days = (calls.data ?? []).map((call) => call.day).sort();
  const from = days[0];
  const to = days[days.length - 1];
  const share = useQuery({ ...shareQuery(traineeId, from ?? '', to ?? ''), enabled: Boolean(from && to) });
  const mark = useMutation({
    mutationFn: (callId: string) => markMonitored(traineeId, callId),
    onSuccess: (call) => {
      void queryClient.invalidateQueries({ queryKey: ['mentor', 'calls', traineeId] });
      void queryClient.invalidateQueries({ queryKey: ['mentor', 'share', traineeId] });
      void message.success(t('mentor.calls.marked', { call: call.callId }));
    },
  });

  if (calls.isPending || program.isPending) return <PageLoading />;
  if (calls.isError) return <ProblemAlert title={t('common.loadFailed')} error={calls.error} onRetry={() => void calls.refetch()} />;
  if (program.isError) return <ProblemAlert title={t('common.loadFailed')} error={program.error} onRetry={() => void program.refetch()} />;
  if (calls.data.length === 0) return <Empty description={t('mentor.calls.empty')} />;

  const shareAbove = program.data.quotas.mentorMonitoredShareAbove;
  const target = Math.round(shareAbove * 100);
  const steps = share.data && journey ? sharePerStep(share.data.days, goLivePeriods(journey)) : [];

  return (
    <Flex vertical gap={24}>
      {share.isError && <ProblemAlert title={t('common.loadFailed')} error={share.error} onRetry={() => void share.refetch()} />}
      {share.data && (
        <section aria-labelledby="share-title">
          <Typography.Title level={3} id="share-title" className="section-title">
            {t('mentor.calls.shareTitle', { target })}
          </Typography.Title>
          <ShareLine
            label={t('mentor.calls.overall')}
            calls={share.data.calls}
            monitored={share.data.monitored}
            shareAbove={shareAbove}
          />
          {steps.length > 0 && (
            <Table<StepShare>
              className="share-table"
              size="small"
              rowKey={(step) => `${step.stepId}-${step.from}`}
              pagination={false}
              dataSource={steps}
              caption={t('mentor.calls.perStep')}
              columns={[
                { key: 'step', title: t('mentor.calls.step'), render: (_, step) => stepName(program.data, step.stepId) },
                {
                  key: 'period',
                  title: t('mentor.calls.period'),
                  render: (_, step) =>
                    `${formatDate(step.from, i18n.language)} – ${step.to ? formatDate(step.to, i18n.language) : t('mentor.calls.ongoing')}`,
                },
                ...shareColumns<StepShare>(shareTitles((key) => t(key)), shareAbove),
              ]}
            />
          )}
          <Table<DayShare>
            className="share-table"
            size="small"
            rowKey="day"
            pagination={false}
            dataSource={share.data.days}
            caption={t('mentor.calls.perDay')}
            columns={[
              { key: 'day', title: t('mentor.calls.day'), render: (_, day) => formatDate(day.day, i18n.language) },
              ...shareColumns<DayShare>(shareTitles((key) => t(key)), shareAbove),
            ]}
          />
        </section>
      )}
      <section aria-labelledby="calls-title">
        <Typography.Title level={3} id="calls-title" className="section-title">
          {t('mentor.calls.logTitle')}
        </Typography.Title>
        {mark.isError && <ProblemAlert error={mark.error} />}
        <Table<SupervisedCall>
          rowKey="id"
          size="small"
          dataSource={calls.data}
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'callId', title: t('mentor.calls.callId'), dataIndex: 'callId' },
            { key: 'start', title: t('mentor.calls.start'), render: (_, call) => formatDateTime(call.start, i18n.language) },
            { key: 'end', title: t('mentor.calls.end'), render: (_, call) => formatDateTime(call.end, i18n.language) },
            { key: 'type', title: t('mentor.calls.businessType'), dataIndex: 'businessType' },
            {
              key: 'monitored',
              title: t('mentor.calls.monitored'),
              render: (_, call) =>
                call.monitoredBy ? (
                  <Tag color="green" icon={<CheckCircleOutlined />}>
                    {t('mentor.calls.monitoredYes')}
                  </Tag>
                ) : (
                  <Button
                    size="small"
                    loading={mark.isPending && mark.variables === call.callId}
                    onClick={() => mark.mutate(call.callId)}
                    aria-label={t('mentor.calls.markFor', { call: call.callId })}
                  >
                    {t('mentor.calls.mark')}
                  </Button>
                ),
            },
          ]}
        />
      </section>
    </Flex>
  );
}

function stepName(program: ProgramSummary, stepId: string): string {
  for (const stage of program.stages) {
    const step = stage.steps.find((candidate) => candidate.id === stepId);
    if (step) return step.name;
  }
  return stepId;
}

interface ShareTitles {
  calls: string;
  monitoredCount: string;
  share: string;
}

function shareTitles(t: (key: 'mentor.calls.calls' | 'mentor.calls.monitoredCount' | 'mentor.calls.share') => string): ShareTitles {
  return { calls: t('mentor.calls.calls'), monitoredCount: t('mentor.calls.monitoredCount'), share: t('mentor.calls.share') };
}

function shareColumns<Row extends { calls: number; monitored: number }>(titles: ShareTitles, shareAbove: number) {
  return [
    { key: 'calls', title: titles.calls, render: (_: unknown, row: Row) => row.calls },
    { key: 'monitoredCount', title: titles.monitoredCount, render: (_: unknown, row: Row) => row.monitored },
    {
      key: 'share',
      title: titles.share,
      render: (_: unknown, row: Row) => <ShareTag calls={row.calls} monitored={row.monitored} shareAbove={shareAbove} />,
    },
  ];
}

function ShareTag({ calls, monitored, shareAbove }: { calls: number; monitored: number; shareAbove: number }) {
  const { t } = useTranslation();
  const met = aboveShare(calls, monitored, shareAbove);
  return (
    <Tag color={met ? 'green' : 'orange'}>
      {`${percentOf(calls, monitored).toFixed(1)}% · ${t(met ? 'mentor.calls.met' : 'mentor.calls.below')}`}
    </Tag>
  );
}

function ShareLine(props: { label: string; calls: number; monitored: number; shareAbove: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const percent = percentOf(props.calls, props.monitored);
  const met = aboveShare(props.calls, props.monitored, props.shareAbove);
  return (
    <Flex align="center" gap={12} wrap className="share-line">
      <span>{props.label}</span>
      <Progress
        percent={percent}
        status={met ? 'success' : 'exception'}
        // The bar shows met / not met in green / red; the figure stays in the text colour, as antd's green and
        // red text fall below WCAG AA contrast (2.1:1 and 3.3:1). The tag next to it says met / below in words.
        format={() => <span style={{ color: token.colorText }}>{`${percent.toFixed(1)}%`}</span>}
        style={{ maxWidth: 320 }}
        aria-label={props.label}
      />
      <span>{t('mentor.calls.overallCounts', { monitored: props.monitored, calls: props.calls })}</span>
      <ShareTag calls={props.calls} monitored={props.monitored} shareAbove={props.shareAbove} />
    </Flex>
  );
}
