import { queryOptions } from '@tanstack/react-query';
import { api, apiFetch } from '../../api/client';
import type { Course, ExamDefinition, KnowledgeArea, PageOf, Role, TraineeCategory } from '../../api/types';

/** `GET /api/v1/cohorts`. */
export interface Cohort {
  id: string;
  name: string;
  departmentId: string;
  startDate: string;
}

/** An enrolment (`TraineeDocument`). */
export interface Enrolment {
  personId: string;
  category: TraineeCategory;
  cohortId: string;
  startDate: string;
  enrolledBy: string | null;
  enrolledAt: string | null;
}

/** A directory entry (`PersonDocument`). */
export interface Person {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  branchId: string | null;
  active: boolean;
}

export interface Exemption {
  traineeId: string;
  courseId: string;
  reason: string;
  grantedBy: string;
  grantedAt: string;
  active: boolean;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export interface CategoryCount {
  category: string;
  area: KnowledgeArea | null;
  questions: number;
}

export interface GiftError {
  line: number;
  title: string | null;
  message: string;
}

export interface ImportReport {
  imported: number;
  unchanged: number;
  errors: GiftError[];
  warnings: GiftError[];
}

export const ITEM_FLAGS = ['EASY', 'HARD', 'LOW_DISCRIMINATION', 'NEGATIVE_DISCRIMINATION', 'TOO_FEW_RESPONSES'] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

/** How often one option (bank order) was chosen, overall and in the upper and lower groups. */
export interface OptionCount {
  option: number;
  chosen: number;
  upper: number;
  lower: number;
}

export interface QuestionStatistics {
  questionId: string;
  n: number;
  facility: number | string;
  discrimination: number | string;
  upperGroup: string[];
  lowerGroup: string[];
  options: OptionCount[];
  flags: ItemFlag[];
}

export interface Kr20 {
  value: number | string | null;
  reason: string | null;
  itemIds: string[];
  attemptsUsed: number;
  totalVariance: number | string | null;
  sumOfItemVariances: number | string | null;
}

export interface ExamStatistics {
  attemptCount: number;
  meanTotalScore: number | string | null;
  populationStandardDeviation: number | string | null;
  sampleStandardDeviation: number | string | null;
  kr20: Kr20;
  questions: QuestionStatistics[];
}

const path = (value: string) => encodeURIComponent(value);

export const cohortsQuery = queryOptions({
  queryKey: ['training', 'cohorts'],
  queryFn: ({ signal }) => api.get<Cohort[]>('/api/v1/cohorts', { signal }),
});

export const cohortTraineesQuery = (cohortId: string) =>
  queryOptions({
    queryKey: ['training', 'cohorts', cohortId, 'trainees'],
    queryFn: ({ signal }) => api.get<Enrolment[]>(`/api/v1/cohorts/${path(cohortId)}/trainees`, { signal }),
  });

/** People with the TRAINEE role: the ones who can be enrolled (at most 200, the API's page limit). */
export const traineePeopleQuery = queryOptions({
  queryKey: ['training', 'people', 'TRAINEE'],
  queryFn: ({ signal }) => api.get<PageOf<Person>>('/api/v1/people?role=TRAINEE&page=0&size=200', { signal }),
});

export function createCohort(cohort: Cohort): Promise<Cohort> {
  return api.post<Cohort>('/api/v1/cohorts', cohort);
}

export function enrol(enrolment: Pick<Enrolment, 'personId' | 'category' | 'cohortId' | 'startDate'>): Promise<Enrolment> {
  return api.post<Enrolment>('/api/v1/trainees', enrolment);
}

export const coursesQuery = queryOptions({
  queryKey: ['training', 'courses'],
  queryFn: ({ signal }) => api.get<Course[]>('/api/v1/courses', { signal }),
});

export const exemptionsQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['training', 'exemptions', traineeId],
    queryFn: ({ signal }) => api.get<Exemption[]>(`/api/v1/trainees/${path(traineeId)}/exemptions`, { signal }),
  });

export function exempt(traineeId: string, courseId: string, reason: string): Promise<Exemption> {
  return api.post<Exemption>(`/api/v1/trainees/${path(traineeId)}/exemptions`, { courseId, reason });
}

export function revokeExemption(traineeId: string, courseId: string, reason: string): Promise<Exemption> {
  return apiFetch<Exemption>(`/api/v1/trainees/${path(traineeId)}/exemptions/${path(courseId)}`, {
    method: 'DELETE',
    body: { reason },
  });
}

export const questionBanksQuery = queryOptions({
  queryKey: ['training', 'question-banks'],
  queryFn: ({ signal }) => api.get<CategoryCount[]>('/api/v1/question-banks', { signal }),
});

/** Uploads a .gift file as multipart `file`; questions without `$CATEGORY` go into `category` when given. */
export function importGift(file: File, category?: string): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = category ? `?category=${encodeURIComponent(category)}` : '';
  return apiFetch<ImportReport>(`/api/v1/question-banks/import${query}`, { method: 'POST', body: form });
}

export const examDefinitionsQuery = queryOptions({
  queryKey: ['training', 'exams'],
  queryFn: ({ signal }) => api.get<ExamDefinition[]>('/api/v1/exams', { signal }),
});

export const itemAnalysisQuery = (examId: string) =>
  queryOptions({
    queryKey: ['training', 'item-analysis', examId],
    queryFn: ({ signal }) => api.get<ExamStatistics>(`/api/v1/exams/${path(examId)}/item-analysis`, { signal }),
  });

export function itemAnalysisCsv(examId: string): Promise<string> {
  return apiFetch<string>(`/api/v1/exams/${path(examId)}/item-analysis.csv`, {
    method: 'GET',
    responseType: 'text',
    headers: { Accept: 'text/csv, application/problem+json' },
  });
}
