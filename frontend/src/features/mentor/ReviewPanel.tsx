import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Collapse, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formDefinitionQuery } from '../forms-renderer/api';
import { FormValuesView } from '../forms-renderer/FormValuesView';
import { formTitle } from '../forms-renderer/labels';
import { reviewForm, type FiledForm, type ReviewDecision } from './api';

/**
 * One submitted form as its mentor reviews it: the latest version's fields (labelled by the definition
 * version it was filled with), the earlier versions with the reviews they got, and accept / return.
 */
export function ReviewPanel({ form, onDone }: { form: FiledForm; onDone: (decision: ReviewDecision) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [commentsForm] = Form.useForm<{ comments?: string }>();
  const definition = useQuery(formDefinitionQuery(form.definitionId, form.definitionVersion));
  const review = useMutation({
    mutationFn: ({ decision, comments }: { decision: ReviewDecision; comments: string | null }) =>
      reviewForm(form.id, decision, comments),
    onSuccess: (_, { decision }) => {
      void queryClient.invalidateQueries({ queryKey: ['mentor'] });
      void message.success(t(decision === 'ACCEPT' ? 'mentor.review.accepted' : 'mentor.review.returned'));
      onDone(decision);
    },
    onError: (error) => {
      if (isApiError(error)) {
        const comments = error.fieldErrors.find((fieldError) => fieldError.field === 'comments');
        if (comments) commentsForm.setFields([{ name: 'comments', errors: [comments.message] }]);
      }
    },
  });

  if (definition.isPending) return <PageLoading />;
  if (definition.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={definition.error} onRetry={() => void definition.refetch()} />;
  }

  const latest = form.versions[form.versions.length - 1];
  const earlier = form.versions.slice(0, -1);
  const reviewsOf = (version: number) => form.reviews.filter((r) => r.versionNumber === version);

  const decide = (decision: ReviewDecision) => {
    const comments = (commentsForm.getFieldValue('comments') as string | undefined)?.trim() ?? '';
    if (decision === 'RETURN' && comments.length === 0) {
      commentsForm.setFields([{ name: 'comments', errors: [t('mentor.review.commentsRequired')] }]);
      return;
    }
    commentsForm.setFields([{ name: 'comments', errors: [] }]);
    review.mutate({ decision, comments: comments || null });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('mentor.review.formMeta', {
          form: formTitle(definition.data, i18n.language),
          version: definition.data.version,
          number: latest?.number ?? form.versionCount,
        })}
      </Typography.Text>
      {latest && (
        <section aria-label={t('mentor.review.latestVersion', { number: latest.number })}>
          <Typography.Title level={3} className="section-title">
            {t('mentor.review.latestVersion', { number: latest.number })}{' '}
            <Typography.Text type="secondary">{formatDateTime(latest.submittedAt, i18n.language)}</Typography.Text>
          </Typography.Title>
          <FormValuesView definition={definition.data} values={latest.values} />
        </section>
      )}
      {earlier.length > 0 && (
        <Collapse
          items={earlier
            .slice()
            .reverse()
            .map((version) => ({
              key: version.number,
              label: t('mentor.review.earlierVersion', {
                number: version.number,
                at: formatDateTime(version.submittedAt, i18n.language),
              }),
              children: (
                <Flex vertical gap={8}>
                  {reviewsOf(version.number).map((r) => (
                    <Typography.Paragraph key={r.at} className="review-comment">
                      <Tag color={r.decision === 'ACCEPT' ? 'green' : 'orange'}>{t(`mentor.decision.${r.decision}`)}</Tag>
                      {r.comments}
                    </Typography.Paragraph>
                  ))}
                  <FormValuesView definition={definition.data} values={version.values} />
                </Flex>
              ),
            }))}
        />
      )}
      <Form form={commentsForm} layout="vertical">
        <Form.Item name="comments" label={t('mentor.review.comments')} extra={t('mentor.review.commentsHelp')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      {review.isError && <ProblemAlert error={review.error} />}
      <Flex justify="end" gap={8} className="form-actions">
        {/* Not `danger`: a return is not destructive, and antd's red text fails WCAG AA contrast (3.3:1). */}
        <Button onClick={() => decide('RETURN')} loading={review.isPending && review.variables?.decision === 'RETURN'}>
          {t('mentor.review.return')}
        </Button>
        <Button type="primary" onClick={() => decide('ACCEPT')} loading={review.isPending && review.variables?.decision === 'ACCEPT'}>
          {t('mentor.review.accept')}
        </Button>
      </Flex>
    </Flex>
  );
}
