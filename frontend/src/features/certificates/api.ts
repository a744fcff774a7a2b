import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Shapes of the certification module's JSON (`certification/web`) and the trainee's drill scores (`monitoring/web`). */

export type CertificateStatus = 'ISSUED' | 'REVOKED';

export interface Certificate {
  id: string;
  traineeId: string;
  traineeName: string;
  programId: string;
  programVersion: number;
  programName: string;
  description: string | null;
  criteria: string | null;
  issuedOn: string;
  issuedAt: string;
  code: string;
  status: CertificateStatus;
  revocation: { reason: string; by: string; at: string } | null;
}

/** What anyone may learn from a verification code: no more than name, program, date and status. */
export interface Verification {
  code: string;
  traineeName: string;
  programName: string;
  issuedOn: string;
  status: CertificateStatus;
  revokedOn: string | null;
}

export interface DrillScore {
  score: number;
  comment: string | null;
  scoredBy: string;
  scoredAt: string;
}

export interface TraineeDrill {
  sessionId: string;
  day: string;
  scenario: string;
  runBy: string;
  participant: {
    traineeId: string;
    scores: DrillScore[];
    writeUps: { version: number; text: string; writtenAt: string }[];
  };
}

export interface DailyAssessmentDay {
  day: string;
  drillScores: number[];
  unscoredDrills: number;
  drillAverage: number | null;
  base: number;
  awards: number;
  deductions: number;
  score: number;
  conduct: { recordId: string; itemCode: string; itemName: string; variant: string | null; points: number; note: string | null }[];
}

export interface DailyAssessment {
  traineeId: string;
  category: 'A' | 'B';
  from: string;
  to: string;
  days: DailyAssessmentDay[];
  average: number | null;
}

const trainee = (id: string) => `/api/v1/trainees/${encodeURIComponent(id)}`;

export const certificatesQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['certificates', traineeId],
    queryFn: ({ signal }) => api.get<Certificate[]>(`${trainee(traineeId)}/certificates`, { signal }),
  });

export const verificationQuery = (code: string) =>
  queryOptions({
    queryKey: ['certificate-verification', code],
    queryFn: ({ signal }) =>
      api.get<Verification>(`/api/v1/certificates/verify/${encodeURIComponent(code)}`, { signal, auth: false }),
    retry: false,
  });

export const certificatePdfPath = (id: string) => `/api/v1/certificates/${encodeURIComponent(id)}/pdf`;

export const drillsQuery = (traineeId: string) =>
  queryOptions({
    queryKey: ['drills', traineeId],
    queryFn: ({ signal }) => api.get<TraineeDrill[]>(`${trainee(traineeId)}/drills`, { signal }),
  });

export const dailyAssessmentQuery = (traineeId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['daily-assessment', traineeId, from, to],
    queryFn: ({ signal }) =>
      api.get<DailyAssessment>(`${trainee(traineeId)}/daily-assessment?from=${from}&to=${to}`, { signal }),
  });
