import { Hundredths } from './hundredths';
import { CompletedEvaluationState } from './evaluation.state';

/**
 * What the applicant learns of one criterion once the evaluation is closed. Korean public R&D
 * evaluation discloses each criterion's result and the committee's comments, never who gave which
 * score: so no member id, name or individual score here, only the criterion, its mean and the
 * reasons the members wrote.
 */
export interface CriterionFeedback {
  readonly criterionId: string;
  readonly name: string;
  /** The most a sheet may give the criterion: its weight. */
  readonly maximum: number;
  /** The mean that decided, as the result records it. */
  readonly mean: Hundredths;
  /**
   * Every reason of the sheets that counted, sorted by code unit: an order that reveals nothing of
   * which member wrote which, and is the same on every engine. A reason given to a value the trimmed
   * mean dropped is still the committee's comment, so it is kept.
   */
  readonly reasons: readonly string[];
}

/** The applicant's feedback on a closed evaluation, one entry per criterion in rubric order. */
export function applicantFeedback(evaluation: CompletedEvaluationState): readonly CriterionFeedback[] {
  const counted = evaluation.sheets.filter((sheet) => sheet.sealed);
  return evaluation.rubric.criteria.map((criterion, index) => ({
    criterionId: criterion.id,
    name: criterion.name,
    maximum: criterion.weight,
    mean: evaluation.result.criteria[index].mean,
    reasons: counted.flatMap((sheet) => (Object.hasOwn(sheet.reasons, criterion.id) ? [sheet.reasons[criterion.id]] : [])).sort(),
  }));
}
