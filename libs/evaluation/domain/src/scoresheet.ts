import { DomainError } from '@yunghap/kernel';
import { EvaluationError } from './evaluation.errors';
import { isIntegerWithin } from './integer-range';
import { Criterion, Rubric } from './rubric';

/** One member's whole points per criterion id, each from 0 to the criterion's weight. */
export type Scores = Readonly<Record<string, number>>;

/** One member's written reasons (Korean text) per criterion id; a criterion without a reason has no key. */
export type Reasons = Readonly<Record<string, string>>;

export interface Scoresheet {
  readonly memberId: string;
  readonly scores: Scores;
  readonly reasons: Reasons;
  /** 1 for the first submission, then one more per revision. */
  readonly revision: number;
  /** Final: a sealed sheet counts towards the quorum and the result, and no longer changes. */
  readonly sealed: boolean;
}

/**
 * A score under this share of its criterion's weight needs a written reason. The applicant is owed
 * an explanation of a weak mark, not of every mark: under 60 % a criterion falls in the band Korean
 * public evaluations commonly treat as failing (60점 미만 과락), which is also where the committee's
 * comments are what the applicant needs to improve the proposal. Above it a reason is welcome, not owed.
 */
export const REASON_REQUIRED_BELOW_PERCENT = 60;

/** Whether `score` on `criterion` needs a reason; integers only (score × 100 < percent × weight), so no float decides. */
export function needsReason(criterion: Criterion, score: number): boolean {
  return score * 100 < REASON_REQUIRED_BELOW_PERCENT * criterion.weight;
}

/** The first rule the scores break against the rubric, or undefined. */
export function scoresViolation(rubric: Rubric, scores: Scores): DomainError | undefined {
  const ids = rubric.criteria.map((criterion) => criterion.id);
  const missing = ids.filter((id) => !Object.hasOwn(scores, id));
  const unknown = Object.keys(scores).filter((key) => !ids.includes(key));
  if (missing.length > 0 || unknown.length > 0) return EvaluationError.becauseScoresDoNotMatchRubric(missing, unknown);
  const outOfRange = rubric.criteria.find((criterion) => !isIntegerWithin(scores[criterion.id], 0, criterion.weight));
  return outOfRange && EvaluationError.becauseScoreOutOfRange(outOfRange.id, scores[outOfRange.id], outOfRange.weight);
}

/**
 * The reasons as a sheet records them: trimmed, a blank one dropped (blank counts as absent), keyed
 * in rubric order; or the first rule they break: a reason for a criterion the rubric does not have,
 * or a score under the threshold without one. Call it on scores that `scoresViolation` accepted.
 */
export function recordedReasons(rubric: Rubric, scores: Scores, reasons: Reasons): Reasons | DomainError {
  const ids = rubric.criteria.map((criterion) => criterion.id);
  const unknown = Object.keys(reasons).filter((key) => !ids.includes(key));
  if (unknown.length > 0) return EvaluationError.becauseScoresDoNotMatchRubric([], unknown);
  const given = rubric.criteria.flatMap((criterion) => {
    const text = reasons[criterion.id]?.trim() ?? '';
    return text === '' ? [] : [[criterion.id, text] as const];
  });
  const recorded: Reasons = Object.fromEntries(given);
  const unexplained = rubric.criteria.find((criterion) => needsReason(criterion, scores[criterion.id]) && !Object.hasOwn(recorded, criterion.id));
  return unexplained
    ? EvaluationError.becauseReasonRequired(unexplained.id, scores[unexplained.id], unexplained.weight, REASON_REQUIRED_BELOW_PERCENT)
    : recorded;
}

/** The same scores keyed in rubric order, so a recorded sheet reads the same whatever order the client sent. */
export function inRubricOrder(rubric: Rubric, scores: Scores): Scores {
  return Object.fromEntries(rubric.criteria.map((criterion) => [criterion.id, scores[criterion.id]]));
}

export function sheetTotal(rubric: Rubric, scores: Scores): number {
  return rubric.criteria.reduce((total, criterion) => total + scores[criterion.id], 0);
}
