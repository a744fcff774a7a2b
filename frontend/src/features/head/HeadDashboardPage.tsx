import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Dropdown, Empty, Flex, Modal, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JourneyStatus, StageId } from '../../api/types';
import { downloadFile } from '../../components/downloadFile';
import { formatDate } from '../../components/formatDate';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { journeyQuery } from '../journey/api';
import { STATUS_COLORS, stageLabel, statusLabel } from '../journey/labels';
import { EscalationForm } from '../journeys/EscalationForm';
import { cohortsQuery } from '../qa/api';
import { EChart } from '../training/EChart';
import {
  RISKS,
  summaryQuery,
  TABLES,
  tablePath,
  traineeLinesQuery,
  type Distribution,
  type MentorLine,
  type Risk,
  type Scope,
  type Summary,
  type Table as TableName,
  type TraineeLine,
} from './api';
import { distributionOption, funnelOption } from './charts';

const KNOWLEDGE = ['SECURITIES_BASICS', 'SYSTEMS', 'SERVICE_NORMS', 'SERVICE_SKILLS', 'KNOWLEDGE_AVERAGE'];
const LATER = ['SHADOWING', 'GO_LIVE'];
const PAGE_SIZE = 20;

/** The department head's dashboard over a cohort or the whole department (the reporting read model). */
export function HeadDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('head.title'));
  const me = useQuery(meQuery);
  const cohorts = useQuery(cohortsQuery);
  const [chosen, setChosen] = useState<string | undefined>();

  const options = useMemo(() => {
    const list = [...(cohorts.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
    return [
      ...list.map((cohort) => ({ value: `cohorts:${cohort.id}`, label: `${cohort.name}（${cohort.id}）` })),
      ...(me.data?.department ? [{ value: `departments:${me.data.department}`, label: t('head.wholeDepartment') }] : []),
    ];
  }, [cohorts.data, me.data, t]);
  const selected = chosen ?? options[0]?.value;
  const [scope, id] = (selected ?? ':').split(/:(.*)/s) as [Scope, string];

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('head.title')}
      </Typography.Title>
      <Flex gap={16} wrap align="end" className="page-toolbar">
        <label className="filter">
          <span>{t('head.scope')}</span>
          <Select
            value={selected}
            onChange={setChosen}
            options={options}
            loading={cohorts.isPending}
            style={{ minWidth: 260 }}
            notFoundContent={t('head.noCohorts')}
          />
        </label>
        {selected && <Downloads scope={scope} id={id} />}
      </Flex>
      {cohorts.isError && <ProblemAlert title={t('common.loadFailed')} error={cohorts.error} onRetry={() => void cohorts.refetch()} />}
      {selected && <Dashboard key={selected} scope={scope} id={id} />}
    </div>
  );
}

function Downloads({ scope, id }: { scope: Scope; id: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fetchTable = (table: TableName, format: 'csv' | 'xlsx') => {
    setBusy(true);
    downloadFile(tablePath(scope, id, table, format), `${table}-${id}.${format}`, { language: i18n.language })
      .catch(() => void message.error(t('head.downloadFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: TABLES.flatMap((table) =>
          (['xlsx', 'csv'] as const).map((format) => ({
            key: `${table}.${format}`,
            label: t('head.download.item', { table: t(`head.tables.${table}`), format: format.toUpperCase() }),
            onClick: () => fetchTable(table, format),
          })),
        ),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {t('head.download.button')}
      </Button>
    </Dropdown>
  );
}

function Dashboard({ scope, id }: { scope: Scope; id: string }) {
  const { t } = useTranslation();
  const summary = useQuery(summaryQuery(scope, id));
  const me = useQuery(meQuery);
  // The server lets only the department head decide; a training specialist or admin sees the list without the button.
  const canDecide = me.data?.roles.includes('DEPARTMENT_HEAD') ?? false;
  if (summary.isPending) return <PageLoading />;
  if (summary.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  const data = summary.data;
  return (
    <Flex vertical gap={16}>
      <Figures summary={data} />
      {data.trainees === 0 ? (
        <Empty description={t('head.noTrainees')} />
      ) : (
        <>
          <Funnel summary={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Scores
                title={t('head.knowledgeScores')}
                distributions={data.distributions.filter((d) => KNOWLEDGE.includes(d.name))}
              />
            </Col>
            <Col xs={24} xl={12}>
              <Scores title={t('head.laterScores')} distributions={data.distributions.filter((d) => LATER.includes(d.name))} />
            </Col>
          </Row>
          <TraineeList scope={scope} id={id} list="at-risk" title={t('head.atRisk.title')} canDecide={canDecide} />
          <TraineeList scope={scope} id={id} list="overdue" title={t('head.overdue.title')} />
          <Mentors mentors={data.mentors} />
        </>
      )}
    </Flex>
  );
}

function Figures({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card>
      <Flex gap={32} wrap>
        <Statistic title={t('head.trainees')} value={summary.trainees} />
        <Statistic title={t('head.atRiskCount')} value={summary.atRisk} />
        {RISKS.map((risk) => (
          <Statistic key={risk} title={t(`head.risks.${risk}`)} value={summary.risks[risk] ?? 0} />
        ))}
      </Flex>
      <Typography.Text type="secondary">{t('head.asOf', { date: formatDate(summary.asOf, i18n.language) })}</Typography.Text>
    </Card>
  );
}

function Funnel({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      funnelOption(summary.funnel, {
        stage: (stage: StageId) => stageLabel(t, stage),
        status: (status: JourneyStatus) => statusLabel(t, status),
      }),
    [summary.funnel, t],
  );
  return (
    <Card title={<h2 className="card-title">{t('head.funnel')}</h2>}>
      <EChart option={option} label={t('head.funnelChart', { trainees: summary.trainees })} />
    </Card>
  );
}

function Scores({ title, distributions }: { title: string; distributions: Distribution[] }) {
  const { t } = useTranslation();
  const label = (name: string) => t(`head.distributions.${name}` as 'head.distributions.GO_LIVE', { defaultValue: name });
  const option = useMemo(() => distributionOption(distributions, label), [distributions, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const scored = distributions.some((d) => d.trainees > 0);
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      {scored ? (
        <EChart option={option} label={t('head.distributionChart', { title })} height={280} />
      ) : (
        <Empty description={t('head.noScores')} />
      )}
      <Table<Distribution>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={distributions}
        columns={[
          { key: 'name', title: t('head.distribution'), render: (_, d) => label(d.name) },
          { key: 'trainees', title: t('head.scored'), dataIndex: 'trainees' },
          { key: 'mean', title: t('head.mean'), render: (_, d) => (d.mean === null ? '—' : d.mean) },
        ]}
      />
    </Card>
  );
}

function TraineeList({
  scope,
  id,
  list,
  title,
  canDecide = false,
}: {
  scope: Scope;
  id: string;
  list: 'at-risk' | 'overdue';
  title: string;
  /** Escalated lines get a button opening the decision (the department head's). */
  canDecide?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [deciding, setDeciding] = useState<TraineeLine | null>(null);
  const lines = useQuery(traineeLinesQuery(scope, id, list, page, PAGE_SIZE));
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      {deciding && <DecideEscalation line={deciding} onClose={() => setDeciding(null)} />}
      {lines.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={lines.error} onRetry={() => void lines.refetch()} />
      ) : (
        <Table<TraineeLine>
          rowKey="traineeId"
          size="small"
          loading={lines.isPending}
          dataSource={lines.data?.items}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t(list === 'at-risk' ? 'head.atRisk.none' : 'head.overdue.none')} /> }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: lines.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (next) => setPage(next - 1),
          }}
          columns={[
            {
              key: 'trainee',
              title: t('head.trainee'),
              render: (_, line) => (
                <Link to={`/journeys/${encodeURIComponent(line.traineeId)}`} aria-label={t('head.openJourney', { name: line.name })}>
                  {line.name}（{line.traineeId}）
                </Link>
              ),
            },
            { key: 'stage', title: t('head.stage'), render: (_, line) => stageLabel(t, line.stage) },
            {
              key: 'status',
              title: t('head.status'),
              render: (_, line) => <Tag color={STATUS_COLORS[line.status]}>{statusLabel(t, line.status)}</Tag>,
            },
            { key: 'due', title: t('head.dueBy'), render: (_, line) => (line.dueBy ? formatDate(line.dueBy, i18n.language) : '—') },
            {
              key: 'risks',
              title: t('head.risk'),
              render: (_, line) => (
                <Flex gap={4} wrap>
                  {line.risks.map((risk: Risk) => (
                    <Tag key={risk} color={risk === 'OVERDUE' || risk === 'ESCALATED' ? 'red' : 'orange'}>
                      {t(`head.risks.${risk}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'mentor', title: t('head.mentor'), render: (_, line) => line.mentorId ?? '—' },
            {
              key: 'share',
              title: t('head.share'),
              render: (_, line) => (line.sharePercent === null ? '—' : `${line.sharePercent}%（${line.monitored}/${line.calls}）`),
            },
            ...(canDecide
              ? [
                  {
                    key: 'actions',
                    title: t('head.actions'),
                    render: (_: unknown, line: TraineeLine) =>
                      line.status === 'ESCALATED' && (
                        <Button
                          size="small"
                          onClick={() => setDeciding(line)}
                          aria-label={t('head.decideFor', { name: line.name, trainee: line.traineeId })}
                        >
                          {t('journeys.decide')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

/**
 * The escalation decision from a dashboard line, in the form the journeys page uses (which also offers it). The
 * lists are a read model fed by events: they are refetched, and the line goes once the decision reaches them.
 */
function DecideEscalation({ line, onClose }: { line: TraineeLine; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const journey = useQuery(journeyQuery(line.traineeId));
  return (
    <Modal open title={t('journeys.decideTitle', { trainee: `${line.name}（${line.traineeId}）` })} footer={null} onCancel={onClose} destroyOnHidden>
      {journey.isPending ? (
        <PageLoading />
      ) : journey.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={journey.error} onRetry={() => void journey.refetch()} />
      ) : journey.data.status !== 'ESCALATED' ? (
        <Typography.Paragraph>{t('head.alreadyDecided')}</Typography.Paragraph>
      ) : (
        <EscalationForm
          journey={journey.data}
          onDone={(decided) => {
            onClose();
            if (decided) {
              void message.success(t('journeys.decided'));
              void queryClient.invalidateQueries({ queryKey: ['reports'] });
            }
          }}
        />
      )}
    </Modal>
  );
}

function Mentors({ mentors }: { mentors: MentorLine[] }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{t('head.mentors.title')}</h2>}>
      <Table<MentorLine>
        rowKey="mentorId"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={mentors}
        locale={{ emptyText: <Empty description={t('head.mentors.none')} /> }}
        columns={[
          { key: 'mentor', title: t('head.mentor'), render: (_, m) => `${m.name}（${m.mentorId}）` },
          { key: 'mentees', title: t('head.mentors.mentees'), dataIndex: 'mentees' },
          { key: 'backlog', title: t('head.mentors.backlog'), dataIndex: 'backlog' },
          {
            key: 'share',
            title: t('head.share'),
            render: (_, m) => (
              <>
                {m.sharePercent === null ? '—' : `${m.sharePercent}%（${m.monitored}/${m.calls}）`}
                {m.belowTarget && (
                  <Tag color="orange" className="inline-tag">
                    {t('head.risks.SHARE_BELOW_TARGET')}
                  </Tag>
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
