import { queryOptions } from '@tanstack/react-query';
import { api, type RequestOptions } from '../../api/client';
import type { FormValues } from '../forms-renderer/types';
import type { FiledForm } from '../mentor/api';

export type { FiledForm, FormReview, FormStatus } from '../mentor/api';

/** The forms a trainee files (the monitoring module refuses any other definition). */
export const TRAINEE_FORM_IDS = ['post-call-analysis', 'live-monitoring'] as const;
export type TraineeFormId = (typeof TRAINEE_FORM_IDS)[number];

/** The post-call analysis's `source` values: whose call it was, which is what the two quotas count. */
export const SOURCES = ['OTHERS_RECORDING', 'OWN_TYPICAL_CALL'] as const;
export type Source = (typeof SOURCES)[number];

export type QuotaKind = 'RECORDING_ANALYSES' | 'TYPICAL_CALLS';

export interface DailyQuota {
  kind: QuotaKind;
  required: number;
  filed: number;
  accepted: number;
  met: boolean;
  metWithAccepted: boolean;
}

/** `GET /api/v1/trainees/{id}/quotas?day=` (MonitoringForms.DayQuotas). */
export interface DayQuotas {
  traineeId: string;
  day: string;
  workingDay: boolean;
  tradingDay: boolean;
  quotas: DailyQuota[];
}

/** The stage-3 steps whose days carry a quota; any other step asks the server for both, by calendar. */
const QUOTA_STEPS = ['monitoring', 'golive-trading'];

export function quotaStep(step: string | undefined): string | undefined {
  return step && QUOTA_STEPS.includes(step) ? step : undefined;
}

/** The kinds of new form a trainee starts from the forms page. */
export type NewFormKind = 'othersRecording' | 'ownTypicalCall' | 'liveMonitoring';

/**
 * The steps that ask for each kind of form (the server's FormStepPolicy): monitoring others' calls, live or recorded,
 * in the monitoring, drills and non-trading go-live steps; analysing own typical calls in the trading-hours step.
 * A form is for a day of such a step, so a new form (for today) needs the current step to ask for it.
 */
const MONITORING_STEPS = ['monitoring', 'drills', 'golive-non-trading'];
const NEW_FORM_STEPS: Record<NewFormKind, string[]> = {
  othersRecording: MONITORING_STEPS,
  ownTypicalCall: ['golive-trading'],
  liveMonitoring: MONITORING_STEPS,
};

/** Whether the step asks for the kind of form; without a known step the server decides. */
export function stepAsksFor(step: string | undefined, kind: NewFormKind): boolean {
  return step === undefined || NEW_FORM_STEPS[kind].includes(step);
}

const trainee = (traineeId: string) => `/api/v1/trainees/${encodeURIComponent(traineeId)}`;

export const quotasQuery = (traineeId: string, day: string, step: string | undefined) =>
  queryOptions({
    queryKey: ['trainee-forms', 'quotas', traineeId, day, step ?? ''],
    queryFn: ({ signal }) =>
      api.get<DayQuotas>(`${trainee(traineeId)}/quotas?day=${day}${step ? `&step=${encodeURIComponent(step)}` : ''}`, {
        signal,
      }),
  });

export const myFormsQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['trainee-forms', 'list', traineeId],
    queryFn: ({ signal }) => api.get<FiledForm[]>(`${trainee(traineeId)}/forms`, { signal }),
  });

export const formQuery = (formId: string) =>
  queryOptions({
    queryKey: ['trainee-forms', 'form', formId],
    queryFn: ({ signal }) => api.get<FiledForm>(`/api/v1/forms/${encodeURIComponent(formId)}`, { signal }),
  });

export interface NewForm {
  definitionId: string;
  day: string;
  values: FormValues;
  draft: boolean;
}

/** Files a new form, as a draft or submitted at once (201). */
export function createForm(traineeId: string, form: NewForm, options?: RequestOptions): Promise<FiledForm> {
  return api.post<FiledForm>(`${trainee(traineeId)}/forms`, form, options);
}

/** Saves a draft (the same values again change nothing), submits it, or resubmits a returned form. */
export function saveForm(
  traineeId: string,
  formId: string,
  values: FormValues,
  draft: boolean,
  options?: RequestOptions,
): Promise<FiledForm> {
  return api.put<FiledForm>(`${trainee(traineeId)}/forms/${encodeURIComponent(formId)}`, { values, draft }, options);
}

/** The firm's calendar day now (Asia/Shanghai has no daylight saving): forms and quotas are filed under it. */
export function firmToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The values a form stands at: the working copy, else the latest submitted version. */
export function currentValues(form: FiledForm): FormValues {
  return form.working ?? form.versions[form.versions.length - 1]?.values ?? {};
}

export function isEditable(form: FiledForm): boolean {
  return form.status === 'DRAFT' || form.status === 'RETURNED';
}
