import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Lesson, ProgressEvent, TraineeCurriculum } from '../../api/types';

export const curriculumQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['curriculum', traineeId],
    queryFn: ({ signal }) =>
      api.get<TraineeCurriculum>(`/api/v1/trainees/${encodeURIComponent(traineeId)}/curriculum`, { signal }),
  });

export const lessonQuery = (courseId: string, lessonId: string) =>
  queryOptions({
    queryKey: ['lesson', courseId, lessonId],
    queryFn: ({ signal }) =>
      api.get<Lesson>(`/api/v1/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });

export function reportProgress(traineeId: string, lessonId: string, event: ProgressEvent, seconds = 0) {
  return api.post<unknown>(
    `/api/v1/trainees/${encodeURIComponent(traineeId)}/lessons/${encodeURIComponent(lessonId)}/progress`,
    { event, seconds },
  );
}
