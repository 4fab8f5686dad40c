import type { components as ApplicationsSchemas } from './generated/applications';
import type { components as CentersSchemas } from './generated/centers';
import type { components as EvaluationSchemas } from './generated/evaluation';
import type { components as GrantsSchemas } from './generated/grants';
import type { components as MentoringSchemas } from './generated/mentoring';

// Short names for the generated schemas the pages read; the shapes themselves come only from the services.
export type Application = ApplicationsSchemas['schemas']['ApplicationResponse'];
export type ApplicationSummary = ApplicationsSchemas['schemas']['ApplicationSummaryResponse'];
export type ApplicationStatus = Application['status'];
export type ApplicationContent = ApplicationsSchemas['schemas']['ApplicationContentResponse'];
export type FirmRequest = ApplicationsSchemas['schemas']['FirmRequest'];
export type FirmSize = FirmRequest['size'];
export type TaskStage = ApplicationsSchemas['schemas']['ConvergenceTaskRequest']['stage'];
export type Call = ApplicationsSchemas['schemas']['CallResponse'];
export type TimelineEvent = ApplicationsSchemas['schemas']['TimelineEventResponse'];
export type EvaluationFeedback = ApplicationsSchemas['schemas']['EvaluationFeedbackResponse'];
export type BusinessPlan = ApplicationsSchemas['schemas']['BusinessPlanResponse'];
export type BusinessPlanMediaType = BusinessPlan['mediaType'];
export type RuleFailure = ApplicationsSchemas['schemas']['RuleFailureResponse'];
export type ApplicantRegistration = CentersSchemas['schemas']['ApplicantResponse'];
export type WorkQueueItem = EvaluationSchemas['schemas']['WorkQueueItemResponse'];
export type Committee = EvaluationSchemas['schemas']['CommitteeResponse'];
export type EvaluationSummary = EvaluationSchemas['schemas']['EvaluationSummaryResponse'];
export type Center = CentersSchemas['schemas']['CenterResponse'];
export type ReassignProvinceRequest = CentersSchemas['schemas']['ReassignProvinceRequest'];
export type BudgetLine = GrantsSchemas['schemas']['LineResponse'];
export type AuditVerification = GrantsSchemas['schemas']['AuditVerificationResponse'];
export type ProgramBudget = GrantsSchemas['schemas']['ProgramResponse'];
export type BudgetAsOf = GrantsSchemas['schemas']['BudgetAsOfResponse'];
export type ExecutionSeries = GrantsSchemas['schemas']['ExecutionSeriesResponse'];
export type MinistryReport = GrantsSchemas['schemas']['MinistryReportResponse'];
export type ReportFigures = GrantsSchemas['schemas']['ReportFiguresResponse'];
export type PendingApproval = GrantsSchemas['schemas']['PendingApprovalResponse'];
export type Grant = GrantsSchemas['schemas']['GrantResponse'];
export type NextStep = GrantsSchemas['schemas']['NextStepResponse'];
export type EvaluationDetail = EvaluationSchemas['schemas']['EvaluationDetailResponse'];
export type RubricCriterion = EvaluationSchemas['schemas']['RubricCriterionResponse'];
export type Scoresheet = EvaluationSchemas['schemas']['ScoresheetResponse'];
export type RelationshipKind = EvaluationSchemas['schemas']['DeclareCommitteeRelationshipRequest']['kind'];
export type Engagement = MentoringSchemas['schemas']['EngagementResponse'];
export type EngagementStatus = Engagement['status'];

// Every value of the enums the generated types declare, for filters and labels (checked against them).
export const APPLICATION_STATUSES = [
  'drafted',
  'submitted',
  'routed',
  'returned-for-revision',
  'screened-eligible',
  'screened-ineligible',
  'in-evaluation',
  'evaluated-passed',
  'evaluated-failed',
  'selected',
  'not-selected',
  'grant-awarded',
  'grant-cancelled',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];

export const ENGAGEMENT_STATUSES = [
  'proposed',
  'mentor-confirmed',
  'allocation-requested',
  'allocation-rejected',
  'started',
  'completed',
  'cancelled',
] as const satisfies readonly EngagementStatus[];

export const RELATIONSHIP_KINDS = ['employment', 'ownership', 'family', 'advisory', 'other'] as const satisfies readonly RelationshipKind[];

export const FIRM_SIZES = ['small', 'medium', 'mid-sized', 'large'] as const satisfies readonly FirmSize[];

export const TASK_STAGES = ['task-selection', 'rnd', 'commercialisation', 'investment-and-loans', 'overseas-expansion'] as const satisfies readonly TaskStage[];
