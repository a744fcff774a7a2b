import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FormValues } from '../forms-renderer/types';

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

/** A filled form kept with a recorded score: its definition (`id@version`) and the values as submitted. */
export interface FilledForm {
  definition: string;
  values: FormValues;
}

export interface RecordedScore {
  score: number;
  notes: string | null;
  by: string;
  at: string;
  /** The branch mentor's evaluation form (附5); null for the department head's interview. */
  form?: FilledForm | null;
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

/** Files the 附5 form once; the server checks the values and records the mean of the score items as the score. */
export function fileEvaluation(placementId: string, values: FormValues): Promise<Placement> {
  return api.put<Placement>(`${placementPath(placementId)}/evaluation`, { values });
}
