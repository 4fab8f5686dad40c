import { DomainEvent } from '@yunghap/kernel';
import { ApplicationContent } from './application-content';
import { BusinessPlanDocument } from './business-plan';
import { CriterionFeedback, EvaluationOutcome, ExternalOutcome } from './application.outcomes';
import { ScreeningResult } from './screening.types';

// Who did it and when is in every event's metadata; a time appears in the data only where
// later decisions depend on it (the submission time is checked against the call window).

export type ApplicationDrafted = DomainEvent<
  'ApplicationDrafted',
  { readonly applicationId: string; readonly callId: string; readonly applicantId: string; readonly content: ApplicationContent }
>;

export type ApplicationRevised = DomainEvent<'ApplicationRevised', { readonly applicationId: string; readonly content: ApplicationContent }>;

/** The plan now current; the ones attached before stay in the stream's history. */
export type BusinessPlanAttached = DomainEvent<'BusinessPlanAttached', { readonly applicationId: string; readonly document: BusinessPlanDocument }>;

export type ApplicationSubmitted = DomainEvent<'ApplicationSubmitted', { readonly applicationId: string; readonly submittedAt: string }>;

export type ApplicationRouted = DomainEvent<
  'ApplicationRouted',
  { readonly applicationId: string; readonly centerId: string; readonly mappingVersion: number }
>;

export type ApplicationReturnedForRevision = DomainEvent<'ApplicationReturnedForRevision', { readonly applicationId: string; readonly reason: string }>;

/** Back to the center that returned it; the original submission time stands for the call window. */
export type ApplicationResubmitted = DomainEvent<'ApplicationResubmitted', { readonly applicationId: string }>;

export type ApplicationScreened = DomainEvent<'ApplicationScreened', { readonly applicationId: string; readonly result: ScreeningResult }>;

export type ApplicationEvaluationStarted = DomainEvent<'ApplicationEvaluationStarted', { readonly applicationId: string; readonly committeeId: string }>;

export type ApplicationMemberRecused = DomainEvent<'ApplicationMemberRecused', { readonly applicationId: string; readonly memberId: string }>;

/** `feedback` is absent from results recorded before the evaluation context published it. */
export type ApplicationEvaluated = DomainEvent<
  'ApplicationEvaluated',
  { readonly applicationId: string; readonly outcome: EvaluationOutcome; readonly totalScore: number; readonly feedback?: readonly CriterionFeedback[] }
>;

export type ApplicationOutcomeRecorded = DomainEvent<
  'ApplicationOutcomeRecorded',
  { readonly applicationId: string; readonly outcome: ExternalOutcome; readonly reference: string }
>;

export type ApplicationWithdrawn = DomainEvent<'ApplicationWithdrawn', { readonly applicationId: string; readonly reason: string }>;

export type ApplicationEvent =
  | ApplicationDrafted
  | ApplicationRevised
  | BusinessPlanAttached
  | ApplicationSubmitted
  | ApplicationRouted
  | ApplicationReturnedForRevision
  | ApplicationResubmitted
  | ApplicationScreened
  | ApplicationEvaluationStarted
  | ApplicationMemberRecused
  | ApplicationEvaluated
  | ApplicationOutcomeRecorded
  | ApplicationWithdrawn;
