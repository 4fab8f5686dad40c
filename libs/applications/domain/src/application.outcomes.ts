/** The evaluation committee's verdict, as the evaluation context reports it. */
export type EvaluationOutcome = 'passed' | 'failed';

/**
 * Decisions the grants context takes after a passed evaluation; recorded here, decided there. An
 * awarded grant may still be cancelled (its money not yet paid goes back to the line).
 */
export const EXTERNAL_OUTCOMES = ['selected', 'not-selected', 'grant-awarded', 'grant-cancelled'] as const;
export type ExternalOutcome = (typeof EXTERNAL_OUTCOMES)[number];
