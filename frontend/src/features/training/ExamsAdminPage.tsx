import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExamDefinition } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { examDefinitionsQuery } from './api';

/** The exam definitions (from content/exams) with what each draws, and a way into each one's item analysis. */
export function ExamsAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.exams.title'));
  const exams = useQuery(examDefinitionsQuery);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('training.exams.title')}
      </Typography.Title>
      {exams.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={exams.error} onRetry={() => void exams.refetch()} />
      ) : (
        <Table<ExamDefinition>
          rowKey="id"
          loading={exams.isPending}
          dataSource={exams.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { key: 'title', title: t('training.exams.exam'), dataIndex: 'title' },
            {
              key: 'purpose',
              title: t('training.exams.purpose'),
              render: (_, exam) =>
                exam.purpose === 'KNOWLEDGE' ? (
                  <Tag color="blue">{t('training.exams.knowledge')}</Tag>
                ) : (
                  <Tag>{t('training.exams.practice')}</Tag>
                ),
            },
            {
              key: 'time',
              title: t('training.exams.timeLimit'),
              render: (_, exam) => t('training.exams.minutes', { count: exam.timeLimitMinutes }),
            },
            {
              key: 'draw',
              title: t('training.exams.draw'),
              render: (_, exam) =>
                exam.areas
                  .map((draw) => t('training.exams.drawArea', { area: t(`areas.${draw.area}`), count: draw.questions }))
                  .join(t('app.listSeparator')),
            },
            {
              key: 'analysis',
              title: '',
              render: (_, exam) => (
                <Link
                  to={`/training/exams/${encodeURIComponent(exam.id)}/analysis`}
                  aria-label={t('training.exams.analysisOf', { exam: exam.title })}
                >
                  {t('training.exams.analysis')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
