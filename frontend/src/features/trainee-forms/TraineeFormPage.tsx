import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, List, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError, type FieldError } from '../../api/client';
import { describeError } from '../../components/describeError';
import { formatDate } from '../../components/formatDate';
import { formatDateTime } from '../../components/formatTime';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { meQuery } from '../auth/api';
import { formDefinitionQuery } from '../forms-renderer/api';
import { DefinitionForm, fromFormValues } from '../forms-renderer/DefinitionForm';
import { FormValuesView } from '../forms-renderer/FormValuesView';
import { formTitle } from '../forms-renderer/labels';
import type { FormDefinition, FormValues } from '../forms-renderer/types';
import {
  currentValues,
  firmToday,
  formQuery,
  isEditable,
  SOURCES,
  TRAINEE_FORM_IDS,
  type FiledForm,
} from './api';
import { STATUS_COLORS } from './labels';
import { useDraftAutosave, type DraftSaveState } from './useDraftAutosave';

export const NEW_FORM = 'new';

/**
 * One form: `/forms/new?definition=…[&source=…]` starts one (its first autosave creates the draft and puts its
 * id in the address, so a reload resumes it), `/forms/{id}` continues a draft, revises a returned form, or shows
 * a submitted one with the mentor's reviews.
 */
export function TraineeFormPage() {
  const { t, i18n } = useTranslation();
  const { formId = NEW_FORM } = useParams();
  const [params] = useSearchParams();
  const isNew = formId === NEW_FORM;
  const newDefinitionId = params.get('definition') ?? '';
  const knownDefinition = (TRAINEE_FORM_IDS as readonly string[]).includes(newDefinitionId);

  const me = useQuery(meQuery);
  const traineeId = me.data?.trainee ? me.data.personId : undefined;
  const form = useQuery({ ...formQuery(formId), enabled: !isNew });
  const definition = useQuery({
    ...(isNew
      ? formDefinitionQuery(newDefinitionId)
      : formDefinitionQuery(form.data?.definitionId ?? '', form.data?.definitionVersion ?? 0)),
    enabled: isNew ? knownDefinition : form.data !== undefined,
  });
  const heading = definition.data ? formTitle(definition.data, i18n.language) : t('traineeForms.title');
  useDocumentTitle(heading);

  const page = (content: ReactNode) => (
    <div className="page">
      <Link to="/forms">{t('traineeForms.backToList')}</Link>
      <Typography.Title level={1} className="page-title">
        {heading}
      </Typography.Title>
      {content}
    </div>
  );

  if (isNew && !knownDefinition) return page(<Alert type="error" showIcon title={t('traineeForms.unknownDefinition')} />);
  // A failed background refetch keeps what is shown: the editor must not vanish under the trainee's typing.
  const failed = [me, form, definition].find((query) => query.isError && query.data === undefined);
  if (failed) {
    return page(<ProblemAlert title={t('common.loadFailed')} error={failed.error} onRetry={() => void failed.refetch()} />);
  }
  const loaded = definition.data;
  if (me.isPending || (!isNew && form.isPending) || !loaded) return <PageLoading />;
  if (!traineeId) return page(<Alert type="info" showIcon title={t('traineeForms.notTrainee')} />);

  const filed = form.data;
  if (filed && !isEditable(filed)) return page(<FiledRecord form={filed} definition={loaded} />);

  const source = params.get('source');
  const initialValues: FormValues = filed
    ? currentValues(filed)
    : source && (SOURCES as readonly string[]).includes(source) && loaded.fields.some((f) => f.id === 'source')
      ? { source }
      : {};
  // The editor keeps its place in the tree when a new form gets its id, so typing goes on undisturbed.
  return page(
    <Editor
      key="editor"
      traineeId={traineeId}
      definition={loaded}
      day={filed?.day ?? firmToday()}
      filed={filed}
      initialValues={initialValues}
    />,
  );
}

interface EditorProps {
  traineeId: string;
  definition: FormDefinition;
  day: string;
  filed: FiledForm | undefined;
  initialValues: FormValues;
}

function Editor({ traineeId, definition, day, filed, initialValues }: EditorProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [antForm] = Form.useForm();
  const [serverErrors, setServerErrors] = useState<FieldError[]>();
  const returned = filed?.status === 'RETURNED';

  const remember = (saved: FiledForm) => {
    queryClient.setQueryData(formQuery(saved.id).queryKey, saved);
    queryClient.setQueryData(formDefinitionQuery(saved.definitionId, saved.definitionVersion).queryKey, definition);
    void queryClient.invalidateQueries({ queryKey: ['trainee-forms', 'list'] });
  };
  const autosave = useDraftAutosave({
    traineeId,
    definitionId: definition.id,
    day,
    formId: filed?.id,
    onCreated: (created) => {
      remember(created);
      void navigate(`/forms/${encodeURIComponent(created.id)}`, { replace: true });
    },
    onSaved: remember,
  });
  const { baseline, change } = autosave;
  useEffect(() => {
    baseline(fromFormValues(definition, antForm.getFieldsValue(true) as Record<string, unknown>));
  }, [baseline, definition, antForm]);
  // Every change of a field (typed, picked, cleared) is a candidate for the next autosave; equal values are skipped.
  const fieldsChanged = () => change(fromFormValues(definition, antForm.getFieldsValue(true) as Record<string, unknown>));

  const saveError = autosave.state.status === 'error' ? autosave.state.error : undefined;
  useEffect(() => {
    if (isApiError(saveError) && saveError.fieldErrors.length > 0) setServerErrors(saveError.fieldErrors);
  }, [saveError]);

  const submit = useMutation({
    mutationFn: (values: FormValues) => autosave.submit(values),
    onSuccess: (submitted) => {
      remember(submitted);
      void queryClient.invalidateQueries({ queryKey: ['trainee-forms', 'quotas'] });
      void message.success(t(returned ? 'traineeForms.editor.resubmitted' : 'traineeForms.editor.submitted'));
      void navigate('/forms');
    },
    onError: (error) => {
      if (isApiError(error)) setServerErrors(error.fieldErrors);
    },
  });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('traineeForms.editor.meta', { day: formatDate(day, i18n.language), version: definition.version })}
          {filed && (
            <Tag className="inline-tag" color={STATUS_COLORS[filed.status]}>
              {t(`traineeForms.status.${filed.status}`)}
            </Tag>
          )}
        </Typography.Text>
        <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
      </Flex>
      {returned && filed && <ReturnedNotice form={filed} />}
      <Form.Provider onFormChange={fieldsChanged}>
        <DefinitionForm
        form={antForm}
        definition={definition}
        initialValues={initialValues}
        serverErrors={serverErrors}
        submitting={submit.isPending}
        submitLabel={t(returned ? 'traineeForms.editor.resubmit' : 'traineeForms.editor.submit')}
        onSubmit={(values) => submit.mutate(values)}
      >
        {submit.isError && <ProblemAlert title={t('traineeForms.editor.submitFailed')} error={submit.error} />}
      </DefinitionForm>
      </Form.Provider>
      {filed && filed.reviews.length > 0 && <Reviews form={filed} />}
    </Flex>
  );
}

function SaveIndicator({ state, onRetry }: { state: DraftSaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  let content;
  if (state.status === 'saving') {
    content = <Typography.Text type="secondary">{t('traineeForms.save.saving')}</Typography.Text>;
  } else if (state.status === 'saved') {
    content = <Typography.Text type="success">{t('traineeForms.save.saved', { time: hourMinute(state.at) })}</Typography.Text>;
  } else if (state.status === 'error') {
    content = (
      <>
        <Typography.Text type="danger">
          {t('traineeForms.save.failed', { reason: describeError(state.error, t).message })}
        </Typography.Text>{' '}
        <Button size="small" onClick={onRetry}>
          {t('traineeForms.save.retry')}
        </Button>
      </>
    );
  } else {
    content = <Typography.Text type="secondary">{t('traineeForms.save.auto')}</Typography.Text>;
  }
  return (
    <span role="status" aria-live="polite">
      {content}
    </span>
  );
}

function hourMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The mentor's comments on the version they returned: what to revise. */
function ReturnedNotice({ form }: { form: FiledForm }) {
  const { t, i18n } = useTranslation();
  const review = [...form.reviews].reverse().find((r) => r.decision === 'RETURN');
  return (
    <Alert
      type="warning"
      showIcon
      title={t('traineeForms.editor.returnedTitle', { number: review?.versionNumber ?? form.versionCount })}
      description={
        review && (
          <>
            <Typography.Paragraph className="review-comment">{review.comments}</Typography.Paragraph>
            <Typography.Text type="secondary">{formatDateTime(review.at, i18n.language)}</Typography.Text>
          </>
        )
      }
    />
  );
}

function Reviews({ form }: { form: FiledForm }) {
  const { t, i18n } = useTranslation();
  return (
    <List
      size="small"
      header={<strong>{t('traineeForms.reviews.title')}</strong>}
      dataSource={form.reviews}
      renderItem={(review) => (
        <List.Item>
          <Typography.Text>
            <Tag color={review.decision === 'ACCEPT' ? 'green' : 'orange'}>{t(`traineeForms.decision.${review.decision}`)}</Tag>
            {t('traineeForms.reviews.version', { number: review.versionNumber })} · {formatDateTime(review.at, i18n.language)}
            {review.comments ? ` · ${review.comments}` : ''}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** A submitted or accepted form: read only, its latest version and the reviews. */
function FiledRecord({ form, definition }: { form: FiledForm; definition: FormDefinition }) {
  const { t, i18n } = useTranslation();
  const latest = form.versions[form.versions.length - 1];
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {t('traineeForms.editor.meta', { day: formatDate(form.day, i18n.language), version: definition.version })}
        <Tag className="inline-tag" color={STATUS_COLORS[form.status]}>
          {t(`traineeForms.status.${form.status}`)}
        </Tag>
      </Typography.Text>
      {form.status === 'SUBMITTED' && <Alert type="info" showIcon title={t('traineeForms.editor.awaitingReview')} />}
      {latest && (
        <section aria-label={t('traineeForms.reviews.version', { number: latest.number })}>
          <Typography.Title level={2} className="section-title">
            {t('traineeForms.reviews.version', { number: latest.number })}{' '}
            <Typography.Text type="secondary">{formatDateTime(latest.submittedAt, i18n.language)}</Typography.Text>
          </Typography.Title>
          <FormValuesView definition={definition} values={latest.values} />
        </section>
      )}
      {form.reviews.length > 0 && <Reviews form={form} />}
    </Flex>
  );
}
