import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FormValues } from '../forms-renderer/types';

/** Shapes of the monitoring module's JSON (`monitoring/web`). */

export type FormStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';
export type ReviewDecision = 'ACCEPT' | 'RETURN';

export interface SubmittedVersion {
  number: number;
  values: FormValues;
  submittedAt: string;
}

export interface FormReview {
  versionNumber: number;
  decision: ReviewDecision;
  comments: string | null;
  reviewerId: string;
  at: string;
}

export interface FiledForm {
  id: string;
  traineeId: string;
  definitionId: string;
  definitionVersion: number;
  day: string;
  status: FormStatus;
  versionCount: number;
  working: FormValues | null;
  versions: SubmittedVersion[];
  reviews: FormReview[];
  createdAt: string;
  updatedAt: string;
}

export interface SupervisedCall {
  id: string;
  traineeId: string;
  callId: string;
  start: string;
  end: string;
  day: string;
  businessType: string;
  enteredBy: string;
  enteredAt: string;
  monitoredBy: string | null;
  monitoredAt: string | null;
}

export interface DayShare {
  day: string;
  calls: number;
  monitored: number;
  percent: number;
}

export interface ShareReport {
  traineeId: string;
  from: string;
  to: string;
  days: DayShare[];
  calls: number;
  monitored: number;
  percent: number;
}

export interface TraineeEnrolment {
  personId: string;
  category: 'A' | 'B';
  cohortId: string;
  startDate: string;
}

/** The parts of the program definition these pages show. */
export interface ProgramSummary {
  quotas: { mentorMonitoredShareAbove: number };
  stages: { id: string; name: string; steps: { id: string; name: string }[] }[];
}

const trainee = (traineeId: string) => `/api/v1/trainees/${encodeURIComponent(traineeId)}`;

export const reviewQueueQuery = queryOptions({
  queryKey: ['mentor', 'review-queue'],
  queryFn: ({ signal }) => api.get<FiledForm[]>('/api/v1/mentors/me/review-queue', { signal }),
});

export const menteeFormsQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['mentor', 'forms', traineeId],
    queryFn: ({ signal }) => api.get<FiledForm[]>(`${trainee(traineeId)}/forms`, { signal }),
  });

export const enrolmentQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['trainee', traineeId],
    queryFn: ({ signal }) => api.get<TraineeEnrolment>(trainee(traineeId), { signal }),
  });

export const callsQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['mentor', 'calls', traineeId],
    queryFn: ({ signal }) => api.get<SupervisedCall[]>(`${trainee(traineeId)}/calls`, { signal }),
  });

export const shareQuery = (traineeId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['mentor', 'share', traineeId, from, to],
    queryFn: ({ signal }) =>
      api.get<ShareReport>(`${trainee(traineeId)}/monitored-share?from=${from}&to=${to}`, { signal }),
  });

export const programQuery = queryOptions({
  queryKey: ['program'],
  queryFn: ({ signal }) => api.get<ProgramSummary>('/api/v1/program', { signal }),
  staleTime: 5 * 60_000,
});

export function reviewForm(formId: string, decision: ReviewDecision, comments: string | null): Promise<FiledForm> {
  return api.post<FiledForm>(`/api/v1/forms/${encodeURIComponent(formId)}/review`, { decision, comments });
}

export function markMonitored(traineeId: string, callId: string): Promise<SupervisedCall> {
  return api.post<SupervisedCall>(`${trainee(traineeId)}/calls/${encodeURIComponent(callId)}/monitored`);
}
