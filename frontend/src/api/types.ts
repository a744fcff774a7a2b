/** Shapes of the backend's JSON, as documented for `/api/v1`. */

export const KNOWN_ROLES = [
  'TRAINEE',
  'MENTOR',
  'BRANCH_MENTOR',
  'QA_SPECIALIST',
  'TRAINING_SPECIALIST',
  'DEPARTMENT_HEAD',
  'ADMIN',
] as const;

export type KnownRole = (typeof KNOWN_ROLES)[number];
/** A role code; unknown codes from a newer backend are kept rather than dropped. */
export type Role = KnownRole | (string & {});

export type AuthConfig =
  | { mode: 'dev' }
  | { mode: 'oidc'; issuer: string; clientId: string; scopes: string };

export type OidcAuthConfig = Extract<AuthConfig, { mode: 'oidc' }>;

export interface DevPerson {
  id: string;
  username: string;
  name: string;
  roles: Role[];
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

export interface PersonRef {
  personId: string;
  name: string;
}

export type TraineeCategory = 'A' | 'B';

export interface TraineeInfo {
  category: TraineeCategory;
  cohort: string;
  startDate: string;
}

export interface Me {
  personId: string;
  username: string;
  name: string;
  roles: Role[];
  department: string | null;
  branch: string | null;
  trainee: TraineeInfo | null;
  mentor: PersonRef | null;
  mentees?: PersonRef[];
}
