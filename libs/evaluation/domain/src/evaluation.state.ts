import { EvaluationResult } from './evaluation-result';
import { EvaluationOpenedData } from './evaluation.events';
import { Recusal } from './recusal';
import { Scoresheet } from './scoresheet';

export interface EvaluationRecord extends EvaluationOpenedData {
  readonly recusals: readonly Recusal[];
  /** One per member who submitted, in the order of their first submission. */
  readonly sheets: readonly Scoresheet[];
}

export interface OpenEvaluationState extends EvaluationRecord {
  readonly status: 'open';
}

export interface CompletedEvaluationState extends EvaluationRecord {
  readonly status: 'completed';
  readonly result: EvaluationResult;
}

export type EvaluationState = { readonly status: 'not-opened' } | OpenEvaluationState | CompletedEvaluationState;
