import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { analysisChartOption, figure } from './analysisChart';
import { examDefinitionsQuery, type ItemFlag, itemAnalysisCsv, itemAnalysisQuery, type QuestionStatistics } from './api';
import { EChart } from './EChart';

function fixed(value: number | string | null | undefined, digits: number): string {
  const n = figure(value);
  return n === null ? '—' : n.toFixed(digits);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Item analysis of one exam: the summary figures, KR-20, a chart per question and the table behind it. */
export function ItemAnalysisPage() {
  const { t } = useTranslation();
  const { examId = '' } = useParams();
  const exams = useQuery(examDefinitionsQuery);
  const analysis = useQuery(itemAnalysisQuery(examId));
  const title = exams.data?.find((exam) => exam.id === examId)?.title ?? examId;
  useDocumentTitle(t('training.analysis.title', { exam: title }));
  const csv = useMutation({
    mutationFn: () => itemAnalysisCsv(examId),
    onSuccess: (text) => download(`${examId}-items.csv`, text),
  });
  const questions = analysis.data?.questions;
  const option = useMemo(
    () =>
      analysisChartOption(questions ?? [], {
        facility: t('training.analysis.facility'),
        discrimination: t('training.analysis.discrimination'),
        question: (n) => `Q${n}`,
      }),
    [questions, t],
  );

  if (analysis.isPending) {
    return <PageLoading />;
  }
  const stats = analysis.data;
  const kr20 = stats?.kr20;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('training.analysis.title', { exam: title })}
      </Typography.Title>
      <Flex gap={16} wrap className="page-toolbar">
        <Link to="/training/exams">{t('training.analysis.back')}</Link>
        {stats && stats.attemptCount > 0 && (
          <Button onClick={() => csv.mutate()} loading={csv.isPending}>
            {t('training.analysis.csv')}
          </Button>
        )}
      </Flex>
      {csv.isError && <ProblemAlert title={t('training.analysis.csvFailed')} error={csv.error} />}
      {analysis.isError || !stats || !kr20 ? (
        <ProblemAlert title={t('common.loadFailed')} error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <Flex gap={32} wrap>
              <Statistic title={t('training.analysis.attempts')} value={stats.attemptCount} />
              <Statistic title={t('training.analysis.mean')} value={fixed(stats.meanTotalScore, 1)} />
              <Statistic title={t('training.analysis.sd')} value={fixed(stats.populationStandardDeviation, 2)} />
              <Statistic title={t('training.analysis.kr20')} value={fixed(kr20.value, 2)} />
            </Flex>
            <Typography.Paragraph type="secondary" className="kr20-note">
              {kr20.reason
                ? t(`training.analysis.kr20Reasons.${kr20.reason}` as 'training.analysis.kr20Reasons.NO_ATTEMPTS', {
                    defaultValue: kr20.reason,
                  })
                : t('training.analysis.kr20Used', { attempts: kr20.attemptsUsed, items: kr20.itemIds.length })}
            </Typography.Paragraph>
          </Card>
          {stats.questions.length === 0 ? (
            <Empty description={t('training.analysis.noAttempts')} />
          ) : (
            <>
              <Card title={<h2 className="card-title">{t('training.analysis.chartTitle')}</h2>}>
                <EChart option={option} label={t('training.analysis.chartLabel', { count: stats.questions.length })} />
              </Card>
              <Card>
                <QuestionTable questions={stats.questions} />
              </Card>
            </>
          )}
        </Flex>
      )}
    </div>
  );
}

function QuestionTable({ questions }: { questions: QuestionStatistics[] }) {
  const { t } = useTranslation();
  const flagColor: Record<ItemFlag, string> = {
    EASY: 'blue',
    HARD: 'orange',
    LOW_DISCRIMINATION: 'gold',
    NEGATIVE_DISCRIMINATION: 'red',
    TOO_FEW_RESPONSES: 'default',
  };
  return (
    <Table<QuestionStatistics>
      rowKey="questionId"
      size="small"
      dataSource={questions}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { key: 'n', title: '#', render: (_, __, index) => `Q${index + 1}` },
        { key: 'id', title: t('training.analysis.question'), dataIndex: 'questionId' },
        { key: 'responses', title: t('training.analysis.responses'), dataIndex: 'n', align: 'right' },
        { key: 'facility', title: t('training.analysis.facility'), align: 'right', render: (_, q) => fixed(q.facility, 2) },
        {
          key: 'discrimination',
          title: t('training.analysis.discrimination'),
          align: 'right',
          render: (_, q) => fixed(q.discrimination, 2),
        },
        {
          key: 'options',
          title: t('training.analysis.options'),
          render: (_, q) =>
            q.options.length === 0 ? (
              '—'
            ) : (
              <ul className="option-counts">
                {q.options.map((option) => (
                  <li key={option.option}>
                    {t('training.analysis.option', {
                      n: option.option + 1,
                      chosen: option.chosen,
                      upper: option.upper,
                      lower: option.lower,
                    })}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: 'flags',
          title: t('training.analysis.flags'),
          render: (_, q) =>
            q.flags.map((flag) => (
              <Tag key={flag} color={flagColor[flag]}>
                {t(`training.analysis.flag.${flag}` as 'training.analysis.flag.EASY', { defaultValue: flag })}
              </Tag>
            )),
        },
      ]}
    />
  );
}
