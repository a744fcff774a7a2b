import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Shapes of the shadowing module's JSON (`shadowing/web/ShadowingController`). */

export interface Objective {
  number: number;
  text: string;
  ticked: boolean;
  note: string | null;
  tickedAt: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface RecordedScore {
  score: number;
  notes: string | null;
  by: string;
  at: string;
}

export interface Placement {
  id: string;
  traineeId: string;
  branchId: string;
  branchMentorId: string;
  startDate: string;
  endDate: string;
  objectives: Objective[];
  selfSummary: string | null;
  selfSummaryAt: string | null;
  interview: RecordedScore | null;
  evaluation: RecordedScore | null;
}

/** The branch shadowing evaluation form (附5) of the forms API. */
export const EVALUATION_FORM_ID = 'branch-shadowing-evaluation';

/** What the evaluation endpoint keeps as the branch mentor's notes, at most. */
export const EVALUATION_NOTES_MAX = 4000;

export const hostedQuery = queryOptions({
  queryKey: ['branch', 'hosted'],
  queryFn: ({ signal }) => api.get<Placement[]>('/api/v1/shadowing/hosted', { signal }),
});

export const placementQuery = (id: string) =>
  queryOptions({
    queryKey: ['branch', 'placement', id],
    queryFn: ({ signal }) => api.get<Placement>(`/api/v1/shadowing/placements/${encodeURIComponent(id)}`, { signal }),
  });

const placementPath = (id: string) => `/api/v1/shadowing/placements/${encodeURIComponent(id)}`;

export function confirmObjective(placementId: string, number: number): Promise<Placement> {
  return api.post<Placement>(`${placementPath(placementId)}/objectives/${number}/confirmation`);
}

export function fileEvaluation(placementId: string, score: number, notes: string): Promise<Placement> {
  return api.put<Placement>(`${placementPath(placementId)}/evaluation`, { score, notes });
}
