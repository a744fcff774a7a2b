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

/** A different QA specialist's re-scoring of an appealed call, with their reason; it is the score that counts. */
export interface Rescore {
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

/** An appeal (复查) of a scored call, filed by the trainee or their mentor; re-scored once by another QA specialist. */
export interface Appeal {
  reason: string;
  filedBy: string;
  filedAt: string;
  rescore: Rescore | null;
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
  /** The last day (Beijing date) an appeal of the call is accepted, computed by the server. */
  appealDeadline: string;
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

/** The trainee or their current mentor appeals a scored call, within the appeal window, once per call. */
export function appealCall(weekId: string, callId: string, reason: string): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/calls/${encodeURIComponent(callId)}/appeal`, { reason });
}

/** A QA specialist other than the call's scorer re-scores an appealed call, once. */
export function rescoreCall(weekId: string, callId: string, reason: string, marks: CallMarks): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/calls/${encodeURIComponent(callId)}/appeal/rescore`, { reason, marks });
}

/** How many working days after the day a call was scored it may still be appealed (`qa.appeal-window-days`). */
export const APPEAL_WINDOW_WORKING_DAYS = 3;

/** The calendar date of an instant in Beijing time (UTC+8, no daylight saving). */
export function beijingDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function closeWeek(weekId: string): Promise<GoLiveWeek> {
  return api.post<GoLiveWeek>(`${weekPath(weekId)}/close`);
}

// ---- calibration (CalibrationController) -------------------------------------------------------

export interface CalibrationScore {
  scoredBy: string;
  marks: CallMarks;
  knowledge: number;
  service: number;
  total: number;
  normalised: number;
  zero: boolean;
  items: { item: string; points: number }[];
  scoredAt: string;
}

/** A calibration session as the caller may see it: `blind` (no scores shown) until they have scored or it is closed. */
export interface CalibrationSession {
  id: string;
  callRef: string;
  callDate: string | null;
  weekId: string | null;
  traineeId: string | null;
  note: string | null;
  scorecard: Scorecard;
  createdBy: string;
  createdAt: string;
  closedBy: string | null;
  closedAt: string | null;
  scoredBy: string[];
  blind: boolean;
  scores: CalibrationScore[];
}

export interface CalibrationReport {
  sessions: { sessionId: string; month: string; markings: number; meanTotal: number; totalVariance: number }[];
  specialists: {
    specialistId: string;
    month: string;
    sessions: number;
    totalMeanAbsoluteDeviation: number;
    totalMeanDeviation: number;
    itemMeanAbsoluteDeviation: Record<string, number>;
  }[];
}

const CALIBRATIONS = '/api/v1/qa/calibrations';

export const calibrationsQuery = queryOptions({
  queryKey: ['qa', 'calibrations'],
  queryFn: ({ signal }) => api.get<CalibrationSession[]>(CALIBRATIONS, { signal }),
});

export const calibrationQuery = (id: string) =>
  queryOptions({
    queryKey: ['qa', 'calibrations', id],
    queryFn: ({ signal }) => api.get<CalibrationSession>(`${CALIBRATIONS}/${encodeURIComponent(id)}`, { signal }),
  });

export const calibrationReportQuery = queryOptions({
  queryKey: ['qa', 'calibrations', 'report'],
  queryFn: ({ signal }) => api.get<CalibrationReport>(`${CALIBRATIONS}/report`, { signal }),
});

export function openCalibration(body: { callRef: string; callDate: string | null; note: string | null }): Promise<CalibrationSession> {
  return api.post<CalibrationSession>(CALIBRATIONS, body);
}

export function scoreCalibration(id: string, marks: CallMarks): Promise<CalibrationSession> {
  return api.post<CalibrationSession>(`${CALIBRATIONS}/${encodeURIComponent(id)}/scores`, { marks });
}

export function closeCalibration(id: string): Promise<CalibrationSession> {
  return api.post<CalibrationSession>(`${CALIBRATIONS}/${encodeURIComponent(id)}/close`);
}
