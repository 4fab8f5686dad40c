import type { RubricCriterion } from '../../api/types';

/** A criterion as typed; numbers stay text until sent, so that the service names what it refuses. */
export interface CriterionDraft {
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly minimumPercent: string;
}

export interface RubricDraft {
  readonly criteria: readonly CriterionDraft[];
  readonly passThreshold: string;
  readonly quorum: string;
  readonly trimFrom: string;
}

const integer = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The form's first state: the rubric the call has now (the program's default until it defines its own). */
export function rubricDraftOf(rubric: {
  readonly criteria: readonly RubricCriterion[];
  readonly passThreshold: number;
  readonly quorum: number;
  readonly trimFrom: number;
}): RubricDraft {
  return {
    criteria: rubric.criteria.map(({ id, name, weight, minimumPercent }) => ({ id, name, weight: String(weight), minimumPercent: String(minimumPercent) })),
    passThreshold: String(rubric.passThreshold),
    quorum: String(rubric.quorum),
    trimFrom: String(rubric.trimFrom),
  };
}

/** The sum of the weights typed so far, for the form to show against 100 (what is not a number counts nothing). */
export function weightSum(draft: RubricDraft): number {
  return draft.criteria.reduce((sum, criterion) => sum + (Number.isNaN(integer(criterion.weight)) ? 0 : integer(criterion.weight)), 0);
}

/** The body of `POST /api/evaluation/calls/{callId}/rubric`; the domain judges the rules (weights summing to 100 …). */
export function rubricRequestOf(draft: RubricDraft) {
  return {
    criteria: draft.criteria.map((criterion) => ({
      id: criterion.id.trim(),
      name: criterion.name.trim(),
      weight: integer(criterion.weight),
      minimumPercent: integer(criterion.minimumPercent),
    })),
    passThreshold: integer(draft.passThreshold),
    quorum: integer(draft.quorum),
    trimFrom: integer(draft.trimFrom),
  };
}
