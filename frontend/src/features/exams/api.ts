import { queryOptions } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { Answer, Attempt, ExamDefinition, SavedAnswer } from '../../api/types';

export const examsQuery = queryOptions({
  queryKey: ['exams'],
  queryFn: ({ signal }) => api.get<ExamDefinition[]>('/api/v1/exams', { signal }),
  staleTime: 5 * 60_000,
});

export const attemptQuery = (attemptId: string) =>
  queryOptions({
    queryKey: ['attempt', attemptId],
    queryFn: ({ signal }) => api.get<Attempt>(`/api/v1/attempts/${encodeURIComponent(attemptId)}`, { signal }),
  });

/** 201 with a new attempt or 200 with the open one: either way the attempt to continue. */
export function startAttempt(examId: string): Promise<Attempt> {
  return api.post<Attempt>(`/api/v1/exams/${encodeURIComponent(examId)}/attempts`);
}

export function saveAnswer(attemptId: string, questionId: string, answer: Answer): Promise<SavedAnswer> {
  return api.put<SavedAnswer>(
    `/api/v1/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`,
    answer,
  );
}

export function submitAttempt(attemptId: string): Promise<Attempt> {
  return api.post<Attempt>(`/api/v1/attempts/${encodeURIComponent(attemptId)}/submit`);
}

/** The deadline passed or the attempt was submitted elsewhere: nothing more can be saved. */
export function isAttemptClosed(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.type.endsWith('/attempt-closed');
}
