import { DomainError } from '@yunghap/kernel';
import { EvaluationResult } from './evaluation-result';
import { EvaluationError } from './evaluation.errors';

export interface RankedEvaluation extends EvaluationResult {
  /** 1 for the first; no two results share a rank, because the last tie-break is unique. */
  readonly rank: number;
}

type Comparison = (a: EvaluationResult, b: EvaluationResult) => number;

/** A mean as a share of its weight, kept as a fraction so comparing two stays exact. */
interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

function compareRatios(a: Ratio, b: Ratio): number {
  return a.numerator * b.denominator - b.numerator * a.denominator;
}

/** The criterion the proposal did worst on, relative to what it could score there. */
function weakestRatio(result: EvaluationResult): Ratio {
  return result.criteria
    .map(({ mean, weight }) => ({ numerator: mean, denominator: weight }))
    .reduce((weakest, ratio) => (compareRatios(ratio, weakest) < 0 ? ratio : weakest));
}

const RANKING_ORDER: readonly Comparison[] = [
  (a, b) => Number(b.passed) - Number(a.passed),
  (a, b) => b.total - a.total,
  (a, b) => compareRatios(weakestRatio(b), weakestRatio(a)),
  (a, b) => b.criteria[0].mean - a.criteria[0].mean,
  (a, b) => Date.parse(a.applicationSubmittedAt) - Date.parse(b.applicationSubmittedAt),
  (a, b) => (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0),
];

function compareForRanking(a: EvaluationResult, b: EvaluationResult): number {
  for (const comparison of RANKING_ORDER) {
    const order = comparison(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * The completed results of one call, in selection order, each with its rank from 1:
 * 1. passed before failed;
 * 2. higher total;
 * 3. higher weakest criterion — the lowest of mean ÷ weight over the criteria, compared exactly
 *    as fractions: a balanced proposal beats one that leans on a single strength;
 * 4. higher mean on the rubric's first criterion (convergence/novelty by default: the program's point);
 * 5. earlier application submission, compared as instants, not as strings;
 * 6. application id in ascending code-unit order (not locale order, which varies by runtime).
 * Failed results are ordered the same way after the passed ones. Results of several calls are
 * refused: one call's results share one rubric, so only they compare.
 */
export function rankEvaluations(results: readonly EvaluationResult[]): readonly RankedEvaluation[] | DomainError {
  const callIds = [...new Set(results.map((result) => result.callId))];
  if (callIds.length > 1) return EvaluationError.becauseRankingMixesCalls(callIds.sort());
  return [...results].sort(compareForRanking).map((result, index) => ({ ...result, rank: index + 1 }));
}
