import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { EscalationChoice, Journey, JourneyStatus, StageId } from '../../api/types';

export const journeyQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['journey', traineeId],
    queryFn: ({ signal }) => api.get<Journey>(`/api/v1/trainees/${encodeURIComponent(traineeId)}/journey`, { signal }),
  });

export const journeysQuery = (filters: { status?: JourneyStatus; stage?: StageId }) =>
  queryOptions({
    queryKey: ['journeys', filters.status ?? '', filters.stage ?? ''],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (filters.status) params.set('status', filters.status);
      if (filters.stage) params.set('stage', filters.stage);
      const query = params.toString();
      return api.get<Journey[]>(`/api/v1/journeys${query ? `?${query}` : ''}`, { signal });
    },
  });

export function decideEscalation(traineeId: string, choice: EscalationChoice, reason: string): Promise<Journey> {
  return api.post<Journey>(`/api/v1/trainees/${encodeURIComponent(traineeId)}/journey/escalation`, { choice, reason });
}
