import { ClockCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Modal, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Answer, Attempt } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeError } from '../../components/describeError';
import { formatClock } from '../../components/formatTime';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { attemptQuery, isAttemptClosed, submitAttempt } from './api';
import { AttemptResult } from './AttemptResult';
import { isAnswered, isTyped, QuestionInput } from './QuestionInput';
import { QuestionText } from './QuestionText';
import { useAutosave, type SaveState } from './useAutosave';
import { formatCountdown, useCountdown } from './useCountdown';

/**
 * An attempt by id (the URL survives a reload, so an open attempt resumes with everything saved);
 * a closed one shows its result.
 */
export function AttemptPage() {
  const { t } = useTranslation();
  const { attemptId = '' } = useParams();
  const attempt = useQuery(attemptQuery(attemptId));
  const [closedNotice, setClosedNotice] = useState(false);
  useDocumentTitle(attempt.data?.title ?? t('exams.title'));

  if (attempt.isPending) {
    return <PageLoading />;
  }
  if (attempt.isError) {
    return (
      <div className="page">
        <ProblemAlert title={t('attempt.loadFailed')} error={attempt.error} onRetry={() => void attempt.refetch()} />
      </div>
    );
  }
  if (attempt.data.status !== 'IN_PROGRESS') {
    return <AttemptResult attempt={attempt.data} closedNotice={closedNotice} />;
  }
  return (
    <AttemptForm
      key={attempt.data.id}
      attempt={attempt.data}
      receivedAt={attempt.dataUpdatedAt}
      onClosed={() => {
        setClosedNotice(true);
        // The server finalizes an expired attempt on the next read, so this brings the result.
        void attempt.refetch();
      }}
    />
  );
}

function AttemptForm({ attempt, receivedAt, onClosed }: { attempt: Attempt; receivedAt: number; onClosed: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => ({ ...attempt.answers }));
  const { states, change, retry, flush } = useAutosave(attempt.id, onClosed);
  const secondsLeft = useCountdown(attempt, receivedAt);
  const [confirming, setConfirming] = useState(false);
  const timeUpHandled = useRef(false);

  const submit = useMutation({
    mutationFn: async () => {
      await flush();
      return submitAttempt(attempt.id);
    },
    onSuccess: (result) => queryClient.setQueryData(attemptQuery(attempt.id).queryKey, result),
    onError: (error) => {
      if (isAttemptClosed(error)) onClosed();
    },
  });

  useEffect(() => {
    if (secondsLeft === 0 && !timeUpHandled.current) {
      timeUpHandled.current = true;
      void flush().finally(onClosed);
    }
  }, [secondsLeft, flush, onClosed]);

  const answerable = attempt.questions.filter((question) => question.type !== 'DESCRIPTION');
  const answeredCount = answerable.filter((question) => isAnswered(answers[question.questionId])).length;

  return (
    <div className="page attempt-page">
      <Typography.Title level={1} className="page-title">
        {attempt.title}
      </Typography.Title>
      <div className="attempt-timer" role="timer" aria-label={t('attempt.timeLeft')}>
        <ClockCircleOutlined aria-hidden />{' '}
        {secondsLeft > 0 ? `${t('attempt.timeLeft')} ${formatCountdown(secondsLeft)}` : t('attempt.timeUp')}
      </div>
      <Flex vertical gap={16}>
        {attempt.questions.map((question, index) => {
          const labelId = `question-${index}-text`;
          return (
            <Card
              key={question.questionId}
              title={<h2 className="card-title">{t('attempt.questionN', { n: index + 1, total: attempt.questions.length })}</h2>}
              data-testid={`question-${question.questionId}`}
            >
              <QuestionText question={question} id={labelId} />
              <QuestionInput
                question={question}
                labelId={labelId}
                answer={answers[question.questionId]}
                onChange={(answer) => {
                  setAnswers((current) => ({ ...current, [question.questionId]: answer }));
                  change(question.questionId, answer, isTyped(question));
                }}
              />
              {question.type !== 'DESCRIPTION' && (
                <SaveIndicator state={states[question.questionId]} onRetry={() => void retry(question.questionId)} />
              )}
            </Card>
          );
        })}
        {submit.isError && !isAttemptClosed(submit.error) && (
          <ProblemAlert title={t('attempt.submitFailed')} error={submit.error} />
        )}
        <Button type="primary" size="large" loading={submit.isPending} onClick={() => setConfirming(true)}>
          {t('attempt.submit')}
        </Button>
      </Flex>
      <Modal
        open={confirming}
        title={t('attempt.submitConfirmTitle')}
        okText={t('attempt.submit')}
        cancelText={t('common.cancel')}
        onOk={() => {
          setConfirming(false);
          submit.mutate();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('attempt.submitConfirm', { answered: answeredCount, total: answerable.length })}</p>
      </Modal>
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState | undefined; onRetry: () => void }) {
  const { t } = useTranslation();
  let content: ReactNode = null;
  if (state?.status === 'saving') {
    content = <Typography.Text type="secondary">{t('attempt.saving')}</Typography.Text>;
  } else if (state?.status === 'saved') {
    content = <Typography.Text type="success">{t('attempt.saved', { time: formatClock(state.at) })}</Typography.Text>;
  } else if (state?.status === 'error') {
    content = (
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="danger">
          {t('attempt.saveFailed')}: {describeError(state.error, t).message}
        </Typography.Text>
        <Button size="small" onClick={onRetry}>
          {t('attempt.retrySave')}
        </Button>
      </Flex>
    );
  }
  return (
    <div className="save-state" role="status" aria-live="polite">
      {content}
    </div>
  );
}
