import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../components/formatTime';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { curriculumQuery, lessonQuery, reportProgress } from './api';

export const HEARTBEAT_SECONDS = 60;

/**
 * Reports OPENED once, a HEARTBEAT every minute while the page is visible (hidden tabs don't count),
 * and nothing else; the server caps what one heartbeat may claim.
 */
function useReadingProgress(traineeId: string | undefined, lessonId: string | undefined) {
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (!traineeId || !lessonId) return;
    if (opened.current !== lessonId) {
      opened.current = lessonId;
      reportProgress(traineeId, lessonId, 'OPENED').catch(() => {});
    }
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') {
        reportProgress(traineeId, lessonId, 'HEARTBEAT', HEARTBEAT_SECONDS).catch(() => {});
      }
    }, HEARTBEAT_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [traineeId, lessonId]);
}

/** A lesson's Markdown, rendered without raw HTML, with the completion button. */
export function LessonPage() {
  const { t, i18n } = useTranslation();
  const { courseId = '', lessonId = '' } = useParams();
  const me = useQuery(meQuery);
  const traineeId = me.data?.trainee ? me.data.personId : undefined;
  const lesson = useQuery(lessonQuery(courseId, lessonId));
  const curriculum = useQuery({ ...curriculumQuery(traineeId ?? ''), enabled: traineeId !== undefined });
  const queryClient = useQueryClient();
  useDocumentTitle(lesson.data?.title ?? t('courses.title'));
  useReadingProgress(lesson.data ? traineeId : undefined, lesson.data?.id);

  const complete = useMutation({
    mutationFn: () => reportProgress(traineeId ?? '', lessonId, 'COMPLETED'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['curriculum'] }),
  });

  const status = curriculum.data?.courses
    .flatMap((course) => course.lessons)
    .find((entry) => entry.lessonId === lessonId);

  const back = (
    <Link to="/courses">
      <ArrowLeftOutlined aria-hidden /> {t('lesson.backToCourses')}
    </Link>
  );
  if (lesson.isPending) {
    return <PageLoading />;
  }
  if (lesson.isError) {
    return (
      <div className="page">
        {back}
        <ProblemAlert title={t('common.loadFailed')} error={lesson.error} onRetry={() => void lesson.refetch()} />
      </div>
    );
  }
  return (
    <div className="page">
      {back}
      <Typography.Title level={1} className="page-title">
        {lesson.data.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t('courses.minutes', { count: lesson.data.minutes })}</Typography.Text>
      <Card className="lesson-body">
        {/* react-markdown builds React elements; raw HTML in the source is shown as text, never parsed. */}
        <Markdown skipHtml>{lesson.data.markdown}</Markdown>
      </Card>
      {traineeId && (
        <Flex vertical gap={8} className="lesson-actions">
          <Typography.Text type="secondary">{t('lesson.progressNote')}</Typography.Text>
          {status?.completedAt ? (
            <Typography.Text type="success">
              <CheckOutlined aria-hidden /> {t('lesson.completedAt', { time: formatDateTime(status.completedAt, i18n.language) })}
            </Typography.Text>
          ) : (
            <Button type="primary" loading={complete.isPending} onClick={() => complete.mutate()}>
              {t('lesson.complete')}
            </Button>
          )}
          {complete.isError && <ProblemAlert title={t('lesson.completeFailed')} error={complete.error} />}
        </Flex>
      )}
    </div>
  );
}
