import { EvaluationResult } from './evaluation-result';
import { EvaluationOpenedData } from './evaluation.events';
import { Recusal } from './recusal';
import { Scoresheet } from './scoresheet';

export interface EvaluationRecord extends EvaluationOpenedData {
  readonly recusals: readonly Recusal[];
  /**
   * One per member who submitted and is not recused, in the order of their first submission. A
   * recusal after the opening takes the member's sheet out of here; its events stay in the stream.
   */
  readonly sheets: readonly Scoresheet[];
}

export interface OpenEvaluationState extends EvaluationRecord {
  readonly status: 'open';
}

export interface CompletedEvaluationState extends EvaluationRecord {
  readonly status: 'completed';
  readonly result: EvaluationResult;
}

/** Ended before its close: it has no result, and nothing changes it any more. */
export interface AbandonedEvaluationState extends EvaluationRecord {
  readonly status: 'abandoned';
  readonly reason: string;
}

export type EvaluationState = { readonly status: 'not-opened' } | OpenEvaluationState | CompletedEvaluationState | AbandonedEvaluationState;
