import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Statistic, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/formatDate';
import { ProblemAlert } from '../../components/ProblemAlert';
import { dailyAssessmentQuery, drillsQuery, type DailyAssessmentDay, type TraineeDrill } from './api';

/** How many days back the daily assessment is shown. */
const DAYS_SHOWN = 14;

function isoDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The period the card shows: the last two weeks up to today (Beijing), not before the trainee started. */
export function assessmentPeriod(startDate: string | undefined, now = new Date()): { from: string; to: string } {
  const to = isoDate(now);
  const twoWeeksBack = isoDate(new Date(now.getTime() - (DAYS_SHOWN - 1) * 86_400_000));
  const from = startDate && startDate > twoWeeksBack ? (startDate > to ? to : startDate) : twoWeeksBack;
  return { from, to };
}

/** The trainee's drill scores and daily assessment (category A), for the trainee or their mentor. */
export function TraineeScoresCard({ traineeId, startDate }: { traineeId: string; startDate?: string }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="card-title">{t('traineeScores.title')}</h2>}>
      <Tabs
        items={[
          { key: 'daily', label: t('traineeScores.daily'), children: <Daily traineeId={traineeId} startDate={startDate} /> },
          { key: 'drills', label: t('traineeScores.drills'), children: <Drills traineeId={traineeId} /> },
        ]}
      />
    </Card>
  );
}

function Daily({ traineeId, startDate }: { traineeId: string; startDate?: string }) {
  const { t, i18n } = useTranslation();
  const { from, to } = assessmentPeriod(startDate);
  const report = useQuery(dailyAssessmentQuery(traineeId, from, to));
  if (report.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />;
  }
  return (
    <Flex vertical gap={12}>
      <Statistic
        title={t('traineeScores.average', { from: formatDate(from, i18n.language), to: formatDate(to, i18n.language) })}
        value={report.data?.average ?? '—'}
        loading={report.isPending}
      />
      <Table<DailyAssessmentDay>
        rowKey="day"
        size="small"
        loading={report.isPending}
        pagination={false}
        scroll={{ x: true }}
        dataSource={report.data ? [...report.data.days].reverse() : []}
        locale={{ emptyText: <Empty description={t('traineeScores.noDays')} /> }}
        columns={[
          { key: 'day', title: t('traineeScores.day'), render: (_, day) => formatDate(day.day, i18n.language) },
          {
            key: 'drills',
            title: t('traineeScores.drillAverage'),
            render: (_, day) =>
              day.drillAverage === null ? t('traineeScores.noDrill', { base: day.base }) : `${day.drillAverage}（${day.drillScores.join('、')}）`,
          },
          { key: 'awards', title: t('traineeScores.awards'), render: (_, day) => (day.awards ? `+${day.awards}` : '—') },
          { key: 'deductions', title: t('traineeScores.deductions'), render: (_, day) => (day.deductions ? `−${day.deductions}` : '—') },
          { key: 'score', title: t('traineeScores.score'), render: (_, day) => <strong>{day.score}</strong> },
        ]}
      />
    </Flex>
  );
}

function Drills({ traineeId }: { traineeId: string }) {
  const { t, i18n } = useTranslation();
  const drills = useQuery(drillsQuery(traineeId));
  if (drills.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={drills.error} onRetry={() => void drills.refetch()} />;
  }
  return (
    <Table<TraineeDrill>
      rowKey="sessionId"
      size="small"
      loading={drills.isPending}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: true }}
      dataSource={drills.data ? [...drills.data].sort((a, b) => b.day.localeCompare(a.day)) : []}
      locale={{ emptyText: <Empty description={t('traineeScores.noDrills')} /> }}
      columns={[
        { key: 'day', title: t('traineeScores.day'), render: (_, drill) => formatDate(drill.day, i18n.language) },
        { key: 'scenario', title: t('traineeScores.scenario'), dataIndex: 'scenario' },
        {
          key: 'score',
          title: t('traineeScores.score'),
          render: (_, drill) => {
            const latest = drill.participant.scores.at(-1);
            return latest ? latest.score : t('traineeScores.notScored');
          },
        },
        {
          key: 'comment',
          title: t('traineeScores.comment'),
          render: (_, drill) => drill.participant.scores.at(-1)?.comment ?? '—',
        },
        {
          key: 'writeUp',
          title: t('traineeScores.writeUp'),
          render: (_, drill) =>
            drill.participant.writeUps.length > 0
              ? t('traineeScores.writtenUp', { version: drill.participant.writeUps.at(-1)?.version })
              : t('traineeScores.notWrittenUp'),
        },
      ]}
    />
  );
}
