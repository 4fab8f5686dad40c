import { Hundredths, pointsInHundredths } from './hundredths';
import { criterionMinimum, Rubric } from './rubric';
import { Scores, sheetTotal } from './scoresheet';
import { isTrimmed, trimmedMean } from './trimmed-mean';

export interface CriterionMean {
  readonly criterionId: string;
  readonly weight: number;
  readonly mean: Hundredths;
}

export type FailedReason =
  | { readonly kind: 'total-below-threshold'; readonly total: Hundredths; readonly threshold: Hundredths }
  | { readonly kind: 'criterion-below-minimum'; readonly criterionId: string; readonly mean: Hundredths; readonly minimum: Hundredths };

/** The committee's decision on one application: the data of `EvaluationCompleted`, and what ranking reads. */
export interface EvaluationResult {
  readonly applicationId: string;
  readonly callId: string;
  readonly centerId: string;
  readonly applicationSubmittedAt: string;
  readonly sheetsCounted: number;
  /** Whether the single highest and lowest values were dropped (enough sheets: `rubric.trimFrom`). */
  readonly trimmed: boolean;
  readonly total: Hundredths;
  /** In rubric order, so the first is the call's primary criterion. */
  readonly criteria: readonly CriterionMean[];
  readonly passed: boolean;
  /** Empty when passed; otherwise every reason, not just the first, for the applicant's feedback. */
  readonly failedReasons: readonly FailedReason[];
}

export type ScoreOutcome = Pick<EvaluationResult, 'sheetsCounted' | 'trimmed' | 'total' | 'criteria' | 'passed' | 'failedReasons'>;

/**
 * The outcome of the sealed sheets under the rubric. The total is the trimmed mean of the sheets'
 * totals; each criterion's mean is the trimmed mean of that criterion's own scores. Trimming whole
 * sheets instead would need an arbitrary pick when two sheets share the highest total but differ
 * criterion by criterion; the price is that the criteria means need not add up to the total.
 * Pass decisions compare these rounded hundredths, so the published figure is the one that decided:
 * passed ⇔ total ≥ threshold and every criterion mean ≥ its minimum.
 */
export function scoreOutcome(rubric: Rubric, sheets: readonly Scores[]): ScoreOutcome {
  const meanOf = (points: readonly number[]) => trimmedMean(points, rubric.trimFrom);
  const total = meanOf(sheets.map((scores) => sheetTotal(rubric, scores)));
  const criteria = rubric.criteria.map((criterion) => ({
    criterionId: criterion.id,
    weight: criterion.weight,
    mean: meanOf(sheets.map((scores) => scores[criterion.id])),
  }));
  const failedReasons = shortfalls(rubric, total, criteria);
  return {
    sheetsCounted: sheets.length,
    trimmed: isTrimmed(sheets.length, rubric.trimFrom),
    total,
    criteria,
    passed: failedReasons.length === 0,
    failedReasons,
  };
}

/** The total first, then the criteria in rubric order. */
function shortfalls(rubric: Rubric, total: Hundredths, criteria: readonly CriterionMean[]): FailedReason[] {
  const threshold = pointsInHundredths(rubric.passThreshold);
  const reasons: FailedReason[] = total < threshold ? [{ kind: 'total-below-threshold', total, threshold }] : [];
  rubric.criteria.forEach((criterion, index) => {
    const { mean } = criteria[index];
    const minimum = criterionMinimum(criterion);
    if (mean < minimum) reasons.push({ kind: 'criterion-below-minimum', criterionId: criterion.id, mean, minimum });
  });
  return reasons;
}
