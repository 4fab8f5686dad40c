import { DomainError } from '@yunghap/kernel';
import { EvaluationError } from './evaluation.errors';
import { isIntegerWithin } from './integer-range';
import { Rubric } from './rubric';

/** One member's whole points per criterion id, each from 0 to the criterion's weight. */
export type Scores = Readonly<Record<string, number>>;

export interface Scoresheet {
  readonly memberId: string;
  readonly scores: Scores;
  /** 1 for the first submission, then one more per revision. */
  readonly revision: number;
  /** Final: a sealed sheet counts towards the quorum and the result, and no longer changes. */
  readonly sealed: boolean;
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

/** The same scores keyed in rubric order, so a recorded sheet reads the same whatever order the client sent. */
export function inRubricOrder(rubric: Rubric, scores: Scores): Scores {
  return Object.fromEntries(rubric.criteria.map((criterion) => [criterion.id, scores[criterion.id]]));
}

export function sheetTotal(rubric: Rubric, scores: Scores): number {
  return rubric.criteria.reduce((total, criterion) => total + scores[criterion.id], 0);
}
