/** The evaluation committee's verdict, as the evaluation context reports it. */
export type EvaluationOutcome = 'passed' | 'failed';

/**
 * What the applicant is told of one criterion once the evaluation is closed, as the evaluation
 * context publishes it: the criterion, its mean and the members' reasons, never who gave which
 * score (the reasons come sorted, not in the members' order).
 */
export interface CriterionFeedback {
  readonly criterionId: string;
  readonly name: string;
  /** The most a member could give it, in points. */
  readonly maximum: number;
  /** The committee's mean, in points to the hundredth, like the total score. */
  readonly mean: number;
  readonly reasons: readonly string[];
}

/**
 * Decisions the grants context takes after a passed evaluation; recorded here, decided there. An
 * awarded grant may still be cancelled (its money not yet paid goes back to the line).
 */
export const EXTERNAL_OUTCOMES = ['selected', 'not-selected', 'grant-awarded', 'grant-cancelled'] as const;
export type ExternalOutcome = (typeof EXTERNAL_OUTCOMES)[number];
