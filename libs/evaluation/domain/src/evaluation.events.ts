import { DomainEvent } from '@yunghap/kernel';
import { CommitteeMember } from './committee';
import { EvaluationResult } from './evaluation-result';
import { Recusal } from './recusal';
import { Rubric } from './rubric';
import { Reasons, Scores } from './scoresheet';

/** Everything the evaluation keeps fixed from its opening, copied so a replay needs no other stream. */
export interface EvaluationOpenedData {
  readonly applicationId: string;
  readonly callId: string;
  readonly centerId: string;
  readonly committeeId: string;
  readonly applicationSubmittedAt: string;
  readonly firms: readonly string[];
  readonly members: readonly CommitteeMember[];
  readonly rubric: Rubric;
}

export type EvaluationOpened = DomainEvent<'EvaluationOpened', EvaluationOpenedData>;
/**
 * Once per ground: in the opening's decision for the ties declared before it (see `recusalsFor`),
 * later on its own for a tie declared while the evaluation is open (`RecuseMember`).
 */
export type MemberRecused = DomainEvent<'MemberRecused', { readonly applicationId: string } & Recusal>;
export type ScoresheetSubmitted = DomainEvent<
  'ScoresheetSubmitted',
  {
    readonly applicationId: string;
    readonly memberId: string;
    readonly scores: Scores;
    /** Absent from the sheets recorded before reasons were asked for: read as none. */
    readonly reasons?: Reasons;
    readonly revision: number;
  }
>;
export type ScoresheetSealed = DomainEvent<'ScoresheetSealed', { readonly applicationId: string; readonly memberId: string }>;
export type EvaluationCompleted = DomainEvent<'EvaluationCompleted', EvaluationResult>;
export type EvaluationAbandoned = DomainEvent<'EvaluationAbandoned', { readonly applicationId: string; readonly reason: string }>;

export type EvaluationEvent = EvaluationOpened | MemberRecused | ScoresheetSubmitted | ScoresheetSealed | EvaluationCompleted | EvaluationAbandoned;
