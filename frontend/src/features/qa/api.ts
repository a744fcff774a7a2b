import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Shapes of the qa module's JSON (`qa/web/GoLiveWeekController`) and the cohorts it draws trainees from. */

export const RATINGS = ['GOOD', 'MEDIUM', 'POOR'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Scorecard {
  id: string;
  version: number;
  name: string;
  knowledge: {
    sections: { id: string; name: string; criteria: string[] }[];
    ratingPoints: Record<Rating, number>;
    terminology: { name: string; max: number; maxIfLookedUp: number; perWrongAnswer: number };
  };
  service: {
    max: number;
    items: { id: string; name: string; weight: number; maxDeduction?: number | null }[];
  };
}

export interface CriterionMark {
  rating: Rating;
  reason: string | null;
}

export interface CallMarks {
  knowledge: Record<string, CriterionMark[]>;
  terminology: { lookedUp: boolean; wrongAnswers: number; reason: string | null };
  service: { item: string; points: number; reason: string }[];
}

export interface Appeal {
  reason: string;
  marks: CallMarks;
  knowledge: number;
  service: number;
  total: number;
  normalised: number;
  zero: boolean;
  scoredBy: string;
  scoredAt: string;
}

export interface ScoredCall {
  id: string;
  callRef: string;
  callDate: string;
  replaces: string | null;
  scorecardId: string;
  scorecardVersion: number;
  marks: CallMarks;
  knowledge: number;
  service: number;
  total: number;
  normalised: number;
  zero: boolean;
  scoredBy: string;
  scoredAt: string;
  appeal: Appeal | null;
}

export interface GoLiveWeek {
  id: string;
  traineeId: string;
  startDate: string;
  endDate: string;
  scorecard: Scorecard;
  createdBy: string;
  createdAt: string;
  calls: ScoredCall[];
  weekScore: number | null;
  countedCalls: number | null;
  closedBy: string | null;
  closedAt: string | null;
}

export interface Cohort {
  id: string;
  name: string;
  departmentId: string;
  startDate: string;
}

export interface CohortTrainee {
  personId: string;
  category: 'A' | 'B';
  cohortId: string;
  startDate: string;
}

export const cohortsQuery = queryOptions({
  queryKey: ['qa', 'cohorts'],
  queryFn: ({ signal }) => api.get<Cohort[]>('/api/v1/cohorts', { signal }),
  staleTime: 60_000,
});

export const cohortTraineesQuery = (cohortId: string) =>
  queryOptions({
    queryKey: ['qa', 'cohort', cohortId],
    queryFn: ({ signal }) => api.get<CohortTrainee[]>(`/api/v1/cohorts/${encodeURIComponent(cohortId)}/trainees`, { signal }),
  });

export const traineeWeeksQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['qa', 'weeks-of', traineeId],
    queryFn: ({ signal }) =>
      api.get<GoLiveWeek[]>(`/api/v1/trainees/${encodeURIComponent(traineeId)}/go-live-weeks`, { signal }),
  });

export const weekQuery = (weekId: string) =>
  queryOptions({
    queryKey: ['qa', 'week', weekId],
    queryFn: ({ signal }) => api.get<GoLiveWeek>(`/api/v1/qa/weeks/${encodeURIComponent(weekId)}`, { signal }),
  });

const weekPath = (weekId: string) => `/api/v1/qa/weeks/${encodeURIComponent(weekId)}`;

export function openWeek(traineeId: string, startDate: string): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>('/api/v1/qa/weeks', { traineeId, startDate });
}

export function scoreCall(
  weekId: string,
  call: { callRef: string; callDate: string; replaces: string | null; marks: CallMarks },
): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/calls`, call);
}

export function appealCall(weekId: string, callId: string, reason: string, marks: CallMarks): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/calls/${encodeURIComponent(callId)}/appeal`, { reason, marks });
}

export function closeWeek(weekId: string): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/close`);
}
