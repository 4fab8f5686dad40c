import type { components as ApplicationsSchemas } from './generated/applications';
import type { components as EvaluationSchemas } from './generated/evaluation';

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
export type WorkQueueItem = EvaluationSchemas['schemas']['WorkQueueItemResponse'];

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

export const FIRM_SIZES = ['small', 'medium', 'mid-sized', 'large'] as const satisfies readonly FirmSize[];

export const TASK_STAGES = ['task-selection', 'rnd', 'commercialisation', 'investment-and-loans', 'overseas-expansion'] as const satisfies readonly TaskStage[];
