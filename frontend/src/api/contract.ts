/**
 * The hand-written API types, checked against the backend's OpenAPI document at compile time (`tsc -b`).
 *
 * `schema.d.ts` is generated from `frontend/openapi.json` (`npm run api:types`), which a backend test keeps equal
 * to what the server serves at `/v3/api-docs`. Each entry below pairs a hand-written type with the schema that
 * springdoc names after the Java record. A field the server renamed or removed, or whose type changed, fails the
 * build with the field's name, e.g. `Type '"status"' does not satisfy the constraint 'true'`.
 *
 * The rules (type-level only; nothing here runs):
 * - responses (`Matches`): every field of the hand type exists in the schema, and the server's value fits the hand
 *   type (null aside: springdoc does not mark nullable fields, so the hand types' `| null` is not checked). A hand
 *   string union accepts a plain server `string` (a Java `String` the document does not enumerate); a server enum
 *   must fit it. Nested objects and array elements that are objects are checked by their own entries below.
 * - requests (`Accepts`): every field the client sends exists in the schema with a value the server takes, and
 *   every field the schema requires is sent.
 * - enumerations (`Same`): the hand union and the server's enum are the same set of values.
 *
 * Hand types with no schema of their own, and why:
 * - `Role` (a `KnownRole` or any other string, kept for a newer backend): `Me.roles` is a plain string list;
 *   `KnownRole` itself is checked against `NewPerson.roles`;
 * - `PageOf<T>`, `Page<T>`: generic; checked through their instances `PageNotification`, `PagePersonDocument`,
 *   `PageTraineeLine`;
 * - `FormValues` (`Record<string, unknown>`): a form's values are shaped by its definition, not by the API;
 * - `QuotaKind`: `DailyQuota.kind` is a plain string in the document (the Java field is a `String`);
 * - `Scope`, `Table` (path segments of `/reports/{scope}/{id}/tables/{table}.{format}`), `TraineeFormId`, `Source`,
 *   `NewFormKind` (form definition ids and choice values from the content files, not from the API's schemas);
 * - `OidcAuthConfig` is `AuthConfig` narrowed by `mode`; both are checked against the flat `AuthConfig` schema.
 */
import type { components } from './schema';
import type {
  AppNotification,
  Attempt,
  AttemptResult,
  AuthConfig,
  Course,
  CourseStatus,
  DevPerson,
  EscalationChoice,
  ExamDefinition,
  ItemStatus,
  Journey,
  JourneyStatus,
  KnowledgeArea,
  KnownRole,
  Lesson,
  LessonStatus,
  LessonSummary,
  Me,
  OidcAuthConfig,
  PageOf,
  PersonRef,
  ProgressEvent,
  Question,
  QuestionType,
  SavedAnswer,
  StageId,
  TokenResponse,
  TraineeCategory,
  TraineeCurriculum,
  TraineeInfo,
  Transition,
  Answer,
} from './types';
import type { FilledForm, Objective, Placement, RecordedScore } from '../features/branch/api';
import type {
  Certificate,
  CertificateStatus,
  DailyAssessment,
  DailyAssessmentDay,
  DrillScore,
  TraineeDrill,
  Verification,
} from '../features/certificates/api';
import type { FieldType, FormDefinition, FormField, FormOption } from '../features/forms-renderer/types';
import type { Distribution, FunnelCell, MentorLine, Page, Risk, Summary, TraineeLine } from '../features/head/api';
import type {
  DayShare,
  FiledForm,
  FormReview,
  FormStatus,
  ProgramSummary,
  ReviewDecision,
  ShareReport,
  SubmittedVersion,
  SupervisedCall,
  TraineeEnrolment,
} from '../features/mentor/api';
import type {
  Appeal,
  CalibrationReport,
  CalibrationScore,
  CalibrationSession,
  CallMarks,
  Cohort as QaCohort,
  CohortTrainee,
  CriterionMark,
  GoLiveWeek,
  openCalibration,
  Rating,
  Rescore,
  ScoredCall,
  Scorecard,
  scoreCall,
} from '../features/qa/api';
import type { DailyQuota, DayQuotas, NewForm } from '../features/trainee-forms/api';
import type {
  CategoryCount,
  Cohort,
  createCohort,
  enrol,
  Enrolment,
  ExamStatistics,
  Exemption,
  GiftError,
  ImportReport,
  ItemFlag,
  Kr20,
  OptionCount,
  Person,
  QuestionStatistics,
} from '../features/training/api';

type S = components['schemas'];

// ---- the rules ---------------------------------------------------------------------------------

/** `true` when a server value of type `Server` can be read as `Hand`. */
type Readable<Hand, Server> = [NonNullable<Hand>] extends [readonly (infer H)[]]
  ? [NonNullable<Server>] extends [readonly (infer V)[]]
    ? Readable<H, V>
    : false
  : [NonNullable<Hand>] extends [object]
    ? [NonNullable<Server>] extends [object]
      ? true // checked by the nested type's own entry
      : false
    : [NonNullable<Server>] extends [NonNullable<Hand>]
      ? true
      : [string] extends [NonNullable<Server>]
        ? [NonNullable<Hand>] extends [string]
          ? true // a hand union over a server field the document types as plain string
          : false
        : false;

/** `true` when the client's `Hand` value is one the server takes as `Server`. */
type Sendable<Hand, Server> = [NonNullable<Hand>] extends [readonly (infer H)[]]
  ? [NonNullable<Server>] extends [readonly (infer V)[]]
    ? Sendable<H, V>
    : false
  : [NonNullable<Hand>] extends [object]
    ? [NonNullable<Server>] extends [object]
      ? true
      : false
    : [NonNullable<Hand>] extends [NonNullable<Server>]
      ? true
      : false;

/** The hand type's fields that are missing from the schema or read with another type. */
type ResponseDrift<Hand, Server> = {
  [K in keyof Hand]-?: K extends keyof Server ? (Readable<Hand[K], Server[K]> extends true ? never : K) : K;
}[keyof Hand];

/** The fields a request sends that the schema lacks or types otherwise, and the ones it requires but are not sent. */
type RequestDrift<Hand, Server> =
  | {
      [K in keyof Hand]-?: K extends keyof Server ? (Sendable<Hand[K], Server[K]> extends true ? never : K) : K;
    }[keyof Hand]
  | {
      [K in keyof Server]-?: {} extends Pick<Server, K> ? never : K extends keyof Hand ? never : K;
    }[keyof Server];

type OrDrift<D> = [D] extends [never] ? true : D;

/** `true`, or the names of the drifted fields. */
type Matches<Hand, Server> = OrDrift<ResponseDrift<Hand, Server>>;
type Accepts<Hand, Server> = OrDrift<RequestDrift<Hand, Server>>;
/** `true`, or the values only one side has. */
type Same<Hand, Server> = OrDrift<Exclude<Hand, NonNullable<Server>> | Exclude<NonNullable<Server>, Hand>>;

type Expect<T extends true> = T;

type Element<T> = NonNullable<T> extends readonly (infer E)[] ? E : never;

// ---- the checks --------------------------------------------------------------------------------

/** Exported so that `noUnusedLocals` keeps it; nothing imports it. */
export type ApiContract = [
  // sign-in, me
  Expect<Matches<AuthConfig, S['AuthConfig']>>,
  Expect<Matches<OidcAuthConfig, S['AuthConfig']>>,
  Expect<Matches<DevPerson, S['SignInCandidate']>>,
  Expect<Matches<TokenResponse, S['IssuedToken']>>,
  Expect<Matches<Me, S['Me']>>,
  Expect<Matches<PersonRef, S['PersonRef']>>,
  Expect<Matches<TraineeInfo, S['TraineeView']>>,
  Expect<Same<KnownRole, Element<S['NewPerson']['roles']>>>,
  Expect<Same<TraineeCategory, S['Enrolment']['category']>>,

  // journey
  Expect<Matches<Journey, S['JourneyView']>>,
  Expect<Matches<Element<Journey['rejectedEvents']>, S['RejectedEvent']>>,
  Expect<Matches<Transition, S['Transition']>>,
  Expect<Same<StageId, S['JourneyView']['stage']>>,
  Expect<Same<JourneyStatus, S['JourneyView']['status']>>,
  Expect<Same<EscalationChoice, S['EscalationDecision']['choice']>>,

  // curriculum
  Expect<Matches<Course, S['Course']>>,
  Expect<Matches<LessonSummary, S['LessonSummary']>>,
  Expect<Matches<Lesson, S['Lesson']>>,
  Expect<Matches<TraineeCurriculum, S['TraineeCurriculum']>>,
  Expect<Matches<CourseStatus, S['CourseStatus']>>,
  Expect<Matches<LessonStatus, S['LessonStatus']>>,
  Expect<Same<KnowledgeArea, S['Course']['area']>>,
  Expect<Same<ProgressEvent, S['ProgressReport']['event']>>,

  // exams
  Expect<Matches<ExamDefinition, S['ExamDefinition']>>,
  Expect<Matches<Element<ExamDefinition['areas']>, S['AreaDraw']>>,
  Expect<Matches<Attempt, S['AttemptView']>>,
  Expect<Matches<Question, S['QuestionView']>>,
  Expect<Matches<Element<Question['matchItems']>, S['MatchItem']>>,
  Expect<Matches<AttemptResult, S['ResultView']>>,
  Expect<Matches<Element<AttemptResult['items']>, S['ItemView']>>,
  Expect<Matches<Answer, S['Answer']>>,
  Expect<Accepts<Answer, S['Answer']>>,
  Expect<Matches<SavedAnswer, S['Saved']>>,
  Expect<Same<QuestionType, S['QuestionView']['type']>>,
  Expect<Same<ItemStatus, S['ItemView']['status']>>,
  Expect<Same<Attempt['status'], S['AttemptView']['status']>>,

  // notifications
  Expect<Matches<AppNotification, S['Notification']>>,
  Expect<Matches<PageOf<AppNotification>, S['PageNotification']>>,

  // monitoring forms (trainee and mentor)
  Expect<Matches<FormDefinition, S['FormDefinition']>>,
  Expect<Matches<FormField, S['Field']>>,
  Expect<Matches<FormOption, S['Option']>>,
  Expect<Same<FieldType, S['Field']['type']>>,
  Expect<Matches<FiledForm, S['FormView']>>,
  Expect<Matches<SubmittedVersion, S['SubmittedVersion']>>,
  Expect<Matches<FormReview, S['Review']>>,
  Expect<Same<FormStatus, S['FormView']['status']>>,
  Expect<Same<ReviewDecision, S['ReviewRequest']['decision']>>,
  Expect<Accepts<NewForm, S['NewForm']>>,
  Expect<Matches<DayQuotas, S['DayQuotas']>>,
  Expect<Matches<DailyQuota, S['DailyQuota']>>,
  Expect<Matches<SupervisedCall, S['CallDocument']>>,
  Expect<Matches<ShareReport, S['ShareReport']>>,
  Expect<Matches<DayShare, S['Share']>>,
  Expect<Matches<TraineeEnrolment, S['TraineeDocument']>>,
  Expect<Matches<ProgramSummary, S['ProgramDefinition']>>,
  Expect<Matches<ProgramSummary['quotas'], S['Quotas']>>,
  Expect<Matches<Element<ProgramSummary['stages']>, S['Stage']>>,
  Expect<Matches<Element<Element<ProgramSummary['stages']>['steps']>, S['Step']>>,

  // shadowing (branch mentor)
  Expect<Matches<Placement, S['PlacementDocument']>>,
  Expect<Matches<Objective, S['Objective']>>,
  Expect<Matches<RecordedScore, S['PlacementScore']>>,
  Expect<Matches<FilledForm, S['FilledForm']>>,

  // certificates, drills, daily assessment
  Expect<Matches<Certificate, S['CertificateDocument']>>,
  Expect<Matches<NonNullable<Certificate['revocation']>, S['Revocation']>>,
  Expect<Same<CertificateStatus, S['CertificateDocument']['status']>>,
  Expect<Matches<Verification, S['Verification']>>,
  Expect<Same<CertificateStatus, S['Verification']['status']>>,
  Expect<Matches<TraineeDrill, S['TraineeDrill']>>,
  Expect<Matches<TraineeDrill['participant'], S['Participant']>>,
  Expect<Matches<DrillScore, S['DrillSessionScore']>>,
  Expect<Matches<Element<TraineeDrill['participant']['writeUps']>, S['WriteUp']>>,
  Expect<Matches<DailyAssessment, S['DailyAssessment']>>,
  Expect<Matches<DailyAssessmentDay, S['Day']>>,
  Expect<Matches<Element<DailyAssessmentDay['conduct']>, S['ConductLine']>>,

  // go-live assessment and calibration (QA)
  Expect<Matches<GoLiveWeek, S['GoLiveWeekView']>>,
  Expect<Matches<ScoredCall, S['CallView']>>,
  Expect<Matches<Appeal, S['Appeal']>>,
  Expect<Matches<Rescore, S['Rescore']>>,
  Expect<Matches<CallMarks, S['CallMarks']>>,
  Expect<Accepts<CallMarks, S['CallMarks']>>,
  Expect<Matches<CallMarks['terminology'], S['TerminologyMark']>>,
  Expect<Accepts<CallMarks['terminology'], S['TerminologyMark']>>,
  Expect<Matches<Element<CallMarks['service']>, S['Deduction']>>,
  Expect<Accepts<Element<CallMarks['service']>, S['Deduction']>>,
  Expect<Matches<CriterionMark, S['CriterionMark']>>,
  Expect<Accepts<CriterionMark, S['CriterionMark']>>,
  Expect<Same<Rating, S['CriterionMark']['rating']>>,
  Expect<Matches<Scorecard, S['Scorecard']>>,
  Expect<Matches<Scorecard['knowledge'], S['Knowledge']>>,
  Expect<Matches<Element<Scorecard['knowledge']['sections']>, S['Section']>>,
  Expect<Matches<Scorecard['knowledge']['terminology'], S['Terminology']>>,
  Expect<Matches<Scorecard['service'], S['Service']>>,
  Expect<Matches<Element<Scorecard['service']['items']>, S['Item']>>,
  Expect<Accepts<Parameters<typeof scoreCall>[1], S['ScoredCallRequest']>>,
  Expect<Matches<CalibrationSession, S['CalibrationView']>>,
  Expect<Matches<CalibrationScore, S['CalibrationScore']>>,
  Expect<Matches<Element<CalibrationScore['items']>, S['ItemPoints']>>,
  Expect<Accepts<Parameters<typeof openCalibration>[0], S['CalibrationRequest']>>,
  Expect<Matches<CalibrationReport, S['Report']>>,
  Expect<Matches<Element<CalibrationReport['sessions']>, S['SessionSpread']>>,
  Expect<Matches<Element<CalibrationReport['specialists']>, S['SpecialistMonth']>>,
  Expect<Matches<QaCohort, S['CohortDocument']>>,
  Expect<Matches<CohortTrainee, S['TraineeDocument']>>,

  // reporting (department head)
  Expect<Matches<Summary, S['Summary']>>,
  Expect<Matches<FunnelCell, S['FunnelCell']>>,
  Expect<Matches<Distribution, S['Distribution']>>,
  Expect<Matches<Element<Distribution['buckets']>, S['Bucket']>>,
  Expect<Matches<MentorLine, S['MentorLine']>>,
  Expect<Matches<TraineeLine, S['TraineeLine']>>,
  Expect<Matches<Page<TraineeLine>, S['PageTraineeLine']>>,
  Expect<Same<Risk, Element<S['TraineeLine']['risks']>>>,

  // training specialist
  Expect<Matches<Cohort, S['CohortDocument']>>,
  Expect<Accepts<Parameters<typeof createCohort>[0], S['NewCohort']>>,
  Expect<Matches<Enrolment, S['TraineeDocument']>>,
  Expect<Accepts<Parameters<typeof enrol>[0], S['Enrolment']>>,
  Expect<Matches<Person, S['PersonDocument']>>,
  Expect<Matches<PageOf<Person>, S['PagePersonDocument']>>,
  Expect<Matches<Exemption, S['Exemption']>>,
  Expect<Matches<CategoryCount, S['CategoryCount']>>,
  Expect<Matches<ImportReport, S['ImportReport']>>,
  Expect<Matches<GiftError, S['GiftError']>>,
  Expect<Matches<ExamStatistics, S['ExamStatistics']>>,
  Expect<Matches<QuestionStatistics, S['QuestionStatistics']>>,
  Expect<Matches<OptionCount, S['OptionCount']>>,
  Expect<Matches<Kr20, S['Kr20']>>,
  Expect<Same<ItemFlag, Element<S['QuestionStatistics']['flags']>>>,
];
