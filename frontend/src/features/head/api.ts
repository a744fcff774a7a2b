import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { JourneyStatus, StageId } from '../../api/types';

/** Shapes of the reporting module's JSON (`reporting/Reports`, `reporting/web/ReportController`). */

export type Scope = 'cohorts' | 'departments';

export const RISKS = ['REMEDIAL', 'EXTENDED', 'ESCALATED', 'SHARE_BELOW_TARGET', 'OVERDUE'] as const;
export type Risk = (typeof RISKS)[number];

export const TABLES = ['funnel', 'scores', 'mentors', 'at-risk', 'overdue'] as const;
export type Table = (typeof TABLES)[number];

export interface FunnelCell {
  stage: StageId;
  status: JourneyStatus;
  trainees: number;
}

export interface Distribution {
  /** An exam area, KNOWLEDGE_AVERAGE, SHADOWING or GO_LIVE. */
  name: string;
  trainees: number;
  mean: number | null;
  buckets: { range: string; trainees: number }[];
}

export interface MentorLine {
  mentorId: string;
  name: string;
  mentees: number;
  backlog: number;
  calls: number;
  monitored: number;
  sharePercent: number | null;
  belowTarget: boolean;
}

export interface Summary {
  scope: string;
  id: string;
  asOf: string;
  trainees: number;
  funnel: FunnelCell[];
  distributions: Distribution[];
  mentors: MentorLine[];
  risks: Partial<Record<Risk, number>>;
  atRisk: number;
}

export interface TraineeLine {
  traineeId: string;
  name: string;
  cohortId: string;
  category: 'A' | 'B';
  stage: StageId;
  stepId: string | null;
  status: JourneyStatus;
  dueBy: string | null;
  risks: Risk[];
  mentorId: string | null;
  knowledgeAverage: number | null;
  calls: number;
  monitored: number;
  sharePercent: number | null;
  backlog: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

const base = (scope: Scope, id: string) => `/api/v1/reports/${scope}/${encodeURIComponent(id)}`;

export const summaryQuery = (scope: Scope, id: string) =>
  queryOptions({
    queryKey: ['reports', scope, id, 'summary'],
    queryFn: ({ signal }) => api.get<Summary>(`${base(scope, id)}/summary`, { signal }),
  });

export const traineeLinesQuery = (scope: Scope, id: string, list: 'at-risk' | 'overdue', page: number, size: number) =>
  queryOptions({
    queryKey: ['reports', scope, id, list, page, size],
    queryFn: ({ signal }) => api.get<Page<TraineeLine>>(`${base(scope, id)}/${list}?page=${page}&size=${size}`, { signal }),
  });

export const tablePath = (scope: Scope, id: string, table: Table, format: 'csv' | 'xlsx') =>
  `${base(scope, id)}/tables/${table}.${format}`;
