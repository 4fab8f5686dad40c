import { DomainCommand } from '@yunghap/kernel';
import { ApplicationContentInput } from './application-content';
import { BusinessPlanDocument } from './business-plan';
import { CriterionFeedback, EvaluationOutcome, ExternalOutcome } from './application.outcomes';
import { ScreeningFacts } from './screening.types';

/** Starts an application to a call; the actor becomes its applicant. */
export type DraftApplication = DomainCommand<
  'DraftApplication',
  { readonly applicationId: string; readonly callId: string; readonly content: ApplicationContentInput }
>;

/** Replaces the content of a draft, or of an application a center returned for revision. */
export type ReviseApplication = DomainCommand<'ReviseApplication', { readonly applicationId: string; readonly content: ApplicationContentInput }>;

/**
 * Records the business plan the service has stored (by its hash, never its bytes), replacing
 * the one attached before; while the application can be revised.
 */
export type AttachBusinessPlan = DomainCommand<'AttachBusinessPlan', { readonly applicationId: string; readonly document: BusinessPlanDocument }>;

/** Submits a draft, or resubmits after a return for revision. */
export type SubmitApplication = DomainCommand<'SubmitApplication', { readonly applicationId: string }>;

/**
 * Records the center the service resolved for the lead firm's province, and the version of
 * the province mapping it used (the mapping is data the centers context changes over time).
 */
export type RouteApplication = DomainCommand<
  'RouteApplication',
  { readonly applicationId: string; readonly centerId: string; readonly mappingVersion: number }
>;

/**
 * Center actions carry the acting staff member's center (from their token), because the
 * kernel's actor knows a role but not a center.
 */
interface CenterActionData {
  readonly applicationId: string;
  readonly actorCenterId?: string;
}

export type ReturnApplication = DomainCommand<'ReturnApplication', CenterActionData & { readonly reason: string }>;

export type ScreenApplication = DomainCommand<'ScreenApplication', CenterActionData & { readonly facts: ScreeningFacts }>;

/** Hands an eligible application to an evaluation committee. */
export type StartEvaluation = DomainCommand<'StartEvaluation', { readonly applicationId: string; readonly committeeId: string }>;

/**
 * The committee's result, from the evaluation context's integration event, with the applicant's
 * feedback per criterion; a result published before the evaluation context sent feedback has none.
 */
export type RecordEvaluationResult = DomainCommand<
  'RecordEvaluationResult',
  { readonly applicationId: string; readonly outcome: EvaluationOutcome; readonly totalScore: number; readonly feedback?: readonly CriterionFeedback[] }
>;

/**
 * A member of the evaluating committee stood down from this application (a tie to one of its
 * firms), from the evaluation context's integration event: from then on they may not read it.
 */
export type RecordRecusal = DomainCommand<'RecordRecusal', { readonly applicationId: string; readonly memberId: string }>;

/** A later decision owned by the grants context (selection, award), recorded for the applicant's view. */
export type RecordExternalOutcome = DomainCommand<
  'RecordExternalOutcome',
  { readonly applicationId: string; readonly outcome: ExternalOutcome; readonly reference: string }
>;

export type WithdrawApplication = DomainCommand<'WithdrawApplication', { readonly applicationId: string; readonly reason: string }>;

export type ApplicationCommand =
  | DraftApplication
  | ReviseApplication
  | AttachBusinessPlan
  | SubmitApplication
  | RouteApplication
  | ReturnApplication
  | ScreenApplication
  | StartEvaluation
  | RecordEvaluationResult
  | RecordRecusal
  | RecordExternalOutcome
  | WithdrawApplication;
