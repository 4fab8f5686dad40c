import { Actor, assertNever } from '@yunghap/kernel';
import { EvaluationResult } from './evaluation-result';
import { EvaluationRecord, EvaluationState } from './evaluation.state';
import { Scoresheet } from './scoresheet';

/** Progress that reveals no score: safe for anyone who may see the evaluation at all. */
export interface ScoreCounts {
  readonly members: number;
  readonly recused: number;
  readonly submitted: number;
  readonly sealed: number;
}

export type ScoreView =
  | { readonly stage: 'not-opened' }
  | { readonly stage: 'scoring'; readonly counts: ScoreCounts; readonly ownSheet: Scoresheet | null }
  | { readonly stage: 'abandoned'; readonly counts: ScoreCounts }
  | {
      readonly stage: 'completed';
      readonly counts: ScoreCounts;
      readonly sheets: readonly Scoresheet[];
      readonly result: EvaluationResult;
    };

/**
 * What `viewer` may see of an evaluation's scores. Members score independently: until the
 * evaluation closes, a committee member sees their own sheet and everyone (other members, center
 * staff, program managers) sees counts only; a sheet's written reasons go wherever its scores go. Once closed, the sealed sheets and the result are
 * open; a draft never sealed did not count, and stays private. An abandoned evaluation decided
 * nothing, so its sheets stay private for good, each member's own included. Which viewers may query an
 * evaluation at all (a center's staff: their own center) is the edge's check, not this one.
 * Example: `visibleScores(state, { userId: 'expert-1', role: 'committee-member' }).stage`.
 */
export function visibleScores(state: EvaluationState, viewer: Actor): ScoreView {
  switch (state.status) {
    case 'not-opened':
      return { stage: 'not-opened' };
    case 'open': {
      const own = viewer.role === 'committee-member' ? state.sheets.find((sheet) => sheet.memberId === viewer.userId) : undefined;
      return { stage: 'scoring', counts: countsOf(state), ownSheet: own ?? null };
    }
    case 'abandoned':
      return { stage: 'abandoned', counts: countsOf(state) };
    case 'completed':
      return { stage: 'completed', counts: countsOf(state), sheets: state.sheets.filter((sheet) => sheet.sealed), result: state.result };
    default:
      return assertNever(state);
  }
}

function countsOf(record: EvaluationRecord): ScoreCounts {
  return {
    members: record.members.length,
    // A member recused on two grounds is one recused member.
    recused: new Set(record.recusals.map((recusal) => recusal.memberId)).size,
    submitted: record.sheets.length,
    sealed: record.sheets.filter((sheet) => sheet.sealed).length,
  };
}
