import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseStatus } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { curriculumQuery } from './api';

/** Stage 1's courses with the trainee's completion, and links to each lesson. */
export function CoursesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('courses.title'));
  const me = useQuery(meQuery);
  const traineeId = me.data?.trainee ? me.data.personId : undefined;
  const curriculum = useQuery({ ...curriculumQuery(traineeId ?? ''), enabled: traineeId !== undefined });

  if (me.isPending || (traineeId && curriculum.isPending)) {
    return <PageLoading />;
  }
  const error = me.error ?? curriculum.error;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('courses.title')}
      </Typography.Title>
      {error ? (
        <ProblemAlert title={t('common.loadFailed')} error={error} onRetry={() => void curriculum.refetch()} />
      ) : !traineeId ? (
        <Alert type="info" showIcon title={t('journey.notTrainee')} />
      ) : (
        curriculum.data && (
          <Flex vertical gap={16}>
            <Card>
              <Typography.Text id="overall-label">{t('courses.overall')}</Typography.Text>
              <Progress percent={curriculum.data.completionPercent} aria-labelledby="overall-label" />
            </Card>
            {curriculum.data.courses.map((course) => (
              <CourseCard key={course.courseId} course={course} />
            ))}
          </Flex>
        )
      )}
    </div>
  );
}

function CourseCard({ course }: { course: CourseStatus }) {
  const { t } = useTranslation();
  return (
    <Card
      title={<h2 className="card-title">{course.title}</h2>}
      extra={course.exempted && <Tag color="purple">{t('courses.exempted')}</Tag>}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t(`areas.${course.area ?? 'NONE'}` as 'areas.NONE')} ·{' '}
          {t('courses.lessons', { completed: course.completedLessons, total: course.totalLessons })}
        </Typography.Text>
        <Progress
          percent={course.completionPercent}
          aria-label={t('courses.progressLabel', { title: course.title })}
        />
        <ol className="lesson-list">
          {course.lessons.map((lesson) => (
            <li key={lesson.lessonId}>
              <Link to={`/courses/${encodeURIComponent(course.courseId)}/lessons/${encodeURIComponent(lesson.lessonId)}`}>
                {lesson.title}
              </Link>{' '}
              <Typography.Text type="secondary">{t('courses.minutes', { count: lesson.minutes })}</Typography.Text>{' '}
              {lesson.completedAt ? (
                <Tag color="green" icon={<CheckCircleOutlined aria-hidden />}>
                  {t('courses.completed')}
                </Tag>
              ) : lesson.openedAt ? (
                <Tag>{t('courses.opened')}</Tag>
              ) : null}
            </li>
          ))}
        </ol>
      </Flex>
    </Card>
  );
}
