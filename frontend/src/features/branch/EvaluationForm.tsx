import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formDefinitionQuery } from '../forms-renderer/api';
import { DefinitionForm, fromFormValues } from '../forms-renderer/DefinitionForm';
import { formTitle } from '../forms-renderer/labels';
import type { FormValues } from '../forms-renderer/types';
import { EVALUATION_FORM_ID, fileEvaluation, placementQuery, type Placement } from './api';
import { scoreItemsAverage } from './evaluationScore';

/**
 * The branch mentor's evaluation: the 附5 form rendered from its definition and filed once. The server checks
 * the values against the definition and records the score as the mean of the form's score items; the mean of
 * what is filled so far is shown here as a preview.
 */
export function EvaluationForm({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const definition = useQuery(formDefinitionQuery(EVALUATION_FORM_ID));
  const watched = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const file = useMutation({
    mutationFn: (values: FormValues) => fileEvaluation(placement.id, values),
    onSuccess: (updated) => {
      queryClient.setQueryData(placementQuery(placement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['branch', 'hosted'] });
      void message.success(t('branch.evaluation.filed', { score: updated.evaluation?.score ?? '' }));
    },
  });

  if (definition.isPending) return <PageLoading />;
  if (definition.isError) {
    return <ProblemAlert title={t('common.loadFailed')} error={definition.error} onRetry={() => void definition.refetch()} />;
  }

  const items = scoreItemsAverage(definition.data, fromFormValues(definition.data, watched ?? {}));
  const serverErrors = file.isError && isApiError(file.error) ? file.error.fieldErrors : undefined;

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
        serverErrors={serverErrors}
        onSubmit={(values) => file.mutate(values)}
      >
        <p className="form-note" aria-live="polite">
          {items.average === null
            ? t('branch.evaluation.noItemsYet')
            : t('branch.evaluation.itemsAverage', {
                average: items.average.toFixed(2),
                filled: items.filled,
                total: items.total,
              })}
        </p>
        <Alert type="info" showIcon title={t('branch.evaluation.once')} className="form-note" />
        {file.isError && <ProblemAlert error={file.error} />}
      </DefinitionForm>
    </>
  );
}
