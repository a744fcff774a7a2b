import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { attemptQuery, examsQuery, startAttempt } from './api';

/** The exams a trainee can sit; starting one again resumes the open attempt. */
export function ExamsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exams.title'));
  const exams = useQuery(examsQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: startAttempt,
    onSuccess: (attempt) => {
      queryClient.setQueryData(attemptQuery(attempt.id).queryKey, attempt);
      void navigate(`/exam/attempts/${encodeURIComponent(attempt.id)}`);
    },
  });

  if (exams.isPending) {
    return <PageLoading />;
  }
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('exams.title')}
      </Typography.Title>
      {exams.isError ? (
        <ProblemAlert title={t('common.loadFailed')} error={exams.error} onRetry={() => void exams.refetch()} />
      ) : exams.data.length === 0 ? (
        <Empty description={t('common.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {start.isError && <ProblemAlert title={t('exams.startFailed')} error={start.error} />}
          {exams.data.map((exam) => (
            <Card key={exam.id} title={<h2 className="card-title">{exam.title}</h2>}>
              <Flex wrap gap={8} align="center">
                <Tag color={exam.purpose === 'KNOWLEDGE' ? 'blue' : 'default'}>
                  {exam.purpose === 'KNOWLEDGE' ? t('exams.knowledge') : t('exams.practice')}
                </Tag>
                <Typography.Text>{t('exams.timeLimit', { count: exam.timeLimitMinutes })}</Typography.Text>
                <Typography.Text>
                  {t('exams.questionCount', { count: exam.areas.reduce((sum, area) => sum + area.questions, 0) })}
                </Typography.Text>
                <Button
                  type="primary"
                  loading={start.isPending && start.variables === exam.id}
                  onClick={() => start.mutate(exam.id)}
                  aria-label={`${t('exams.start')} ${exam.title}`}
                >
                  {t('exams.start')}
                </Button>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </div>
  );
}
