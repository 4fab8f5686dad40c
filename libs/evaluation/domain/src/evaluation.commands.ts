import { DomainCommand } from '@yunghap/kernel';
import { CommitteeSnapshot } from './committee';
import { Recusal } from './recusal';
import { Rubric } from './rubric';
import { Reasons, Scores } from './scoresheet';

/**
 * Sent once an application is screened eligible (by the program manager, or by the platform
 * reacting to the screening event). The service gathers what the evaluation must keep fixed from
 * then on: the committee as it stands (`committeeSnapshot`) and the call's rubric.
 */
export type OpenEvaluation = DomainCommand<
  'OpenEvaluation',
  {
    readonly applicationId: string;
    readonly callId: string;
    readonly centerId: string;
    /** When the application was submitted (ISO-8601 with offset): a tie-break of the ranking. */
    readonly applicationSubmittedAt: string;
    /** The business registration numbers of the consortium's firms. */
    readonly firms: readonly string[];
    readonly committee: CommitteeSnapshot;
    readonly rubric: Rubric;
  }
>;

/**
 * Creates the actor's scoresheet or revises it, until it is sealed. A revision replaces the whole
 * sheet, reasons included; a score under `REASON_REQUIRED_BELOW_PERCENT` of its weight needs one.
 */
export type SubmitScoresheet = DomainCommand<'SubmitScoresheet', { readonly applicationId: string; readonly scores: Scores; readonly reasons: Reasons }>;
export type SealScoresheet = DomainCommand<'SealScoresheet', { readonly applicationId: string }>;
export type CloseEvaluation = DomainCommand<'CloseEvaluation', { readonly applicationId: string }>;
/**
 * Sent when a member declares a tie to a firm of the application after its evaluation opened
 * (declarations made before are taken from the snapshot at the opening).
 */
export type RecuseMember = DomainCommand<'RecuseMember', { readonly applicationId: string } & Recusal>;

/** Ends an evaluation before its close, for the reason recorded (`application-withdrawn`, say). */
export type AbandonEvaluation = DomainCommand<'AbandonEvaluation', { readonly applicationId: string; readonly reason: string }>;

export type EvaluationCommand = OpenEvaluation | SubmitScoresheet | SealScoresheet | CloseEvaluation | RecuseMember | AbandonEvaluation;
