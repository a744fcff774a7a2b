import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formDefinitionQuery } from '../forms-renderer/api';
import { DefinitionForm, fromFormValues } from '../forms-renderer/DefinitionForm';
import { formTitle } from '../forms-renderer/labels';
import { EVALUATION_FORM_ID, EVALUATION_NOTES_MAX, fileEvaluation, placementQuery, type Placement } from './api';
import { evaluationNotes, scoreItemsAverage } from './evaluationNotes';

/** The evaluation score field, kept apart from the definition's own field ids. */
const SCORE_FIELD = 'evaluationScore';

/**
 * The branch mentor's evaluation: the 附5 form rendered from its definition, and the evaluation score (0–100)
 * the shadowing module records once. The score is the branch mentor's to give; the items' average is shown as
 * a guide and can be taken over with one click.
 */
export function EvaluationForm({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [tooLong, setTooLong] = useState(false);
  const definition = useQuery(formDefinitionQuery(EVALUATION_FORM_ID));
  const watched = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const file = useMutation({
    mutationFn: ({ score, notes }: { score: number; notes: string }) => fileEvaluation(placement.id, score, notes),
    onSuccess: (updated) => {
      queryClient.setQueryData(placementQuery(placement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['branch', 'hosted'] });
      void message.success(t('branch.evaluation.filed'));
    },
    onError: (error) => {
      if (isApiError(error)) {
        const score = error.fieldErrors.find((fieldError) => fieldError.field === 'score');
        if (score) form.setFields([{ name: SCORE_FIELD, errors: [score.message] }]);
      }
    },
  });

  if (definition.isPending) return <PageLoading />;
  if (definition.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={definition.error} onRetry={() => void definition.refetch()} />;
  }

  const items = scoreItemsAverage(definition.data, fromFormValues(definition.data, watched ?? {}));
  const average = items.average === null ? null : Math.round(items.average * 10) / 10;

  return (
    <>
      <Typography.Title level={3} className="section-title">
        {formTitle(definition.data, i18n.language)}
      </Typography.Title>
      <DefinitionForm
        form={form}
        definition={definition.data}
        submitLabel={t('branch.evaluation.submit')}
        submitting={file.isPending}
        onSubmit={(values, extras) => {
          const notes = evaluationNotes(definition.data, values);
          setTooLong(notes.length > EVALUATION_NOTES_MAX);
          if (notes.length > EVALUATION_NOTES_MAX) return;
          file.mutate({ score: extras[SCORE_FIELD] as number, notes });
        }}
      >
        <Form.Item
          name={SCORE_FIELD}
          label={t('branch.evaluation.score')}
          rules={[
            { required: true, type: 'number', message: t('branch.evaluation.scoreRequired') },
            { type: 'number', min: 0, max: 100, message: t('branch.evaluation.scoreRange') },
          ]}
          extra={
            <span aria-live="polite">
              {average === null
                ? t('branch.evaluation.noItemsYet')
                : t('branch.evaluation.itemsAverage', { average: average.toFixed(1), filled: items.filled, total: items.total })}{' '}
              {average !== null && (
                <Button type="link" size="small" onClick={() => form.setFieldValue(SCORE_FIELD, average)}>
                  {t('branch.evaluation.useAverage')}
                </Button>
              )}
            </span>
          }
        >
          <InputNumber min={0} max={100} style={{ width: 160 }} />
        </Form.Item>
        <Alert type="info" showIcon title={t('branch.evaluation.once')} className="form-note" />
        {tooLong && <Alert type="error" showIcon role="alert" title={t('branch.evaluation.tooLong', { max: EVALUATION_NOTES_MAX })} />}
        {file.isError && <ProblemAlert error={file.error} />}
      </DefinitionForm>
    </>
  );
}
