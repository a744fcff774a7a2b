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

// ---- progression ------------------------------------------------------------------------------

export const STAGES = ['CLASSROOM', 'SHADOWING', 'MONITORING', 'GO_LIVE_ASSESSMENT'] as const;
export type StageId = (typeof STAGES)[number];

export const JOURNEY_STATUSES = ['ON_TRACK', 'REMEDIAL', 'EXTENDED', 'ESCALATED', 'CERTIFIED', 'WITHDRAWN'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const ESCALATION_CHOICES = ['ANOTHER_MAKE_UP', 'ANOTHER_EXTENSION', 'END_TRAINEESHIP'] as const;
export type EscalationChoice = (typeof ESCALATION_CHOICES)[number];

export interface Transition {
  at: string;
  trigger: string | null;
  fromStage: StageId | null;
  fromStep: string | null;
  fromStatus: JourneyStatus | null;
  toStage: StageId;
  toStep: string;
  toStatus: JourneyStatus;
  decision: string | null;
  rule: string | null;
  inputs?: Record<string, unknown> | null;
  /** Chinese text written by the server; shown as is. */
  explanation: string | null;
  decidedBy: string | null;
  reason: string | null;
  notifiedAt?: string | null;
}

export interface Journey {
  traineeId: string;
  category: string;
  stage: StageId;
  step: string;
  stepName: string;
  status: JourneyStatus;
  stepStartedOn: string | null;
  dueBy: string | null;
  makeUpsTaken: number;
  escalationOptions: string[] | null;
  lastDecision: Transition | null;
  history: Transition[];
  rejectedEvents?: { eventId: string; at: string; reason: string }[] | null;
  nextActions: string[];
}

// ---- curriculum -------------------------------------------------------------------------------

export type KnowledgeArea = 'SECURITIES_BASICS' | 'SYSTEMS' | 'SERVICE_NORMS' | 'SERVICE_SKILLS';

export interface LessonSummary {
  id: string;
  title: string;
  minutes: number;
  order: number;
}

export interface Course {
  id: string;
  title: string;
  area: KnowledgeArea | null;
  order: number;
  exemptibleForCategoryB: boolean;
  description: string;
  lessons: LessonSummary[];
}

export interface LessonStatus {
  lessonId: string;
  title: string;
  order: number;
  minutes: number;
  openedAt: string | null;
  completedAt: string | null;
  secondsSpent: number;
}

export interface CourseStatus {
  courseId: string;
  title: string;
  area: KnowledgeArea | null;
  order: number;
  exemptible: boolean;
  exempted: boolean;
  completedLessons: number;
  totalLessons: number;
  completionPercent: number;
  lessons: LessonStatus[];
}

export interface TraineeCurriculum {
  traineeId: string;
  category: string;
  completionPercent: number;
  courses: CourseStatus[];
}

export interface Lesson {
  id: string;
  courseId: string;
  title: string;
  order: number;
  minutes: number;
  seedRef: string | null;
  markdown: string;
}

export type ProgressEvent = 'OPENED' | 'HEARTBEAT' | 'COMPLETED';

// ---- exams ------------------------------------------------------------------------------------

export interface ExamDefinition {
  id: string;
  title: string;
  purpose: 'KNOWLEDGE' | 'PRACTICE';
  timeLimitMinutes: number;
  areas: { area: KnowledgeArea; questions: number }[];
}

export type QuestionType =
  | 'MULTIPLE_CHOICE'
  | 'MULTIPLE_ANSWER'
  | 'TRUE_FALSE'
  | 'SHORT_ANSWER'
  | 'NUMERICAL'
  | 'MATCHING'
  | 'ESSAY'
  | 'DESCRIPTION';

export interface Question {
  questionId: string;
  area: KnowledgeArea;
  type: QuestionType;
  format: string | null;
  text: string;
  textAfterBlank: string | null;
  options: string[] | null;
  matchItems: { index: number; text: string }[] | null;
  matchOptions: string[] | null;
}

/** Exactly one member, chosen by the question's type. */
export interface Answer {
  choices?: number[];
  value?: boolean;
  text?: string;
  number?: string;
  matches?: Record<string, string>;
}

export type ItemStatus = 'CORRECT' | 'PARTIAL' | 'INCORRECT' | 'UNANSWERED' | 'PENDING_MANUAL';

export interface AttemptResult {
  total: number;
  areaScores: Partial<Record<KnowledgeArea, number>>;
  pendingManual: number;
  items: {
    questionId: string;
    status: ItemStatus | null;
    score: number | null;
    correctOptions: number[] | null;
    feedback: string | null;
  }[];
}

export interface Attempt {
  id: string;
  examId: string;
  title: string;
  status: 'IN_PROGRESS' | 'PENDING_MANUAL' | 'GRADED';
  startedAt: string;
  deadline: string;
  serverTime: string;
  secondsLeft: number;
  areas: KnowledgeArea[];
  questions: Question[];
  answers: Record<string, Answer>;
  result: AttemptResult | null;
}

export interface SavedAnswer {
  saved: number;
  savedAt: string;
  version: number;
}

// ---- notifications ----------------------------------------------------------------------------

export interface AppNotification {
  id: string;
  recipientId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  source: string;
  createdAt: string;
  readAt: string | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}
