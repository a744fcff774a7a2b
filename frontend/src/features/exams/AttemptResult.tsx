import { Alert, Card, Descriptions, Flex, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attempt, ItemStatus } from '../../api/types';
import { QuestionText } from './QuestionText';

const STATUS_COLORS: Record<ItemStatus, string> = {
  CORRECT: 'green',
  PARTIAL: 'gold',
  INCORRECT: 'red',
  UNANSWERED: 'default',
  PENDING_MANUAL: 'blue',
};

function score(value: number | string | null | undefined): string {
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(1) : '—';
}

/** A finished attempt: total, per-area scores, and per question correctness and feedback when shown. */
export function AttemptResult({ attempt, closedNotice }: { attempt: Attempt; closedNotice: boolean }) {
  const { t } = useTranslation();
  const result = attempt.result;
  const questions = new Map(attempt.questions.map((question, index) => [question.questionId, { question, index }]));
  const items = result?.items.filter((item) => item.status !== null) ?? [];

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('result.title')} · {attempt.title}
      </Typography.Title>
      <Flex vertical gap={16}>
        {closedNotice && <Alert type="warning" showIcon role="alert" title={t('attempt.closed')} />}
        {result ? (
          <>
            <Card>
              <Statistic title={t('result.total')} value={score(result.total)} />
              {result.pendingManual > 0 && (
                <Alert type="info" showIcon title={t('result.pendingManual', { count: result.pendingManual })} />
              )}
            </Card>
            <Card title={<h2 className="card-title">{t('result.areaScores')}</h2>}>
              <Descriptions
                column={1}
                items={Object.entries(result.areaScores).map(([area, value]) => ({
                  key: area,
                  label: t(`areas.${area}` as 'areas.SYSTEMS', { defaultValue: area }),
                  children: score(value),
                }))}
              />
            </Card>
            <Card title={<h2 className="card-title">{t('result.questions')}</h2>}>
              {items.length === 0 ? (
                <Typography.Text type="secondary">{t('result.noFeedback')}</Typography.Text>
              ) : (
                <ol className="result-items">
                  {items.map((item) => {
                    const entry = questions.get(item.questionId);
                    const status = item.status as ItemStatus;
                    return (
                      <li key={item.questionId} data-testid={`result-${item.questionId}`}>
                        <Tag color={STATUS_COLORS[status]}>{t(`result.status.${status}` as 'result.status.CORRECT')}</Tag>
                        {entry && <QuestionText question={entry.question} id={`result-q-${entry.index}`} />}
                        {item.correctOptions && entry?.question.options && (
                          <ul className="correct-options">
                            {item.correctOptions.map((index) => (
                              <li key={index}>{entry.question.options?.[index]}</li>
                            ))}
                          </ul>
                        )}
                        {item.feedback && (
                          <Typography.Paragraph type="secondary">
                            {t('result.feedback', { feedback: item.feedback })}
                          </Typography.Paragraph>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </Card>
          </>
        ) : (
          <Alert type="info" showIcon title={t('result.pendingManual', { count: 0 })} />
        )}
        <Link to="/exams">{t('result.backToExams')}</Link>
      </Flex>
    </div>
  );
}
