import { DomainError } from '@yunghap/kernel';
import { Hundredths } from './hundredths';
import { isIntegerWithin } from './integer-range';
import { CriterionFault, RubricError, RubricPolicyField } from './rubric.errors';

export interface Criterion {
  readonly id: string;
  readonly name: string;
  /** The points a sheet may give the criterion: an integer score from 0 to `weight`. */
  readonly weight: number;
  /** The mean a passing proposal needs on this criterion, as a whole percentage of its weight. */
  readonly minimumPercent: number;
}

/**
 * How the proposals of one call are scored and decided. Data, not constants: a program manager
 * defines it per call (`DefineRubric`) and every evaluation of the call records a copy.
 * Criteria are in priority order: the first is the call's primary criterion, which breaks ties in
 * the ranking (convergence/novelty by default, because convergence is what the program funds).
 */
export interface Rubric {
  /** Their weights sum to 100, so a total is out of 100 points. */
  readonly criteria: readonly Criterion[];
  /** The total a proposal needs to pass, in whole points out of 100. */
  readonly passThreshold: number;
  /** The number of sealed scoresheets without which an evaluation may not close. */
  readonly quorum: number;
  /** From this many sealed sheets on, means drop the single highest and the single lowest value. */
  readonly trimFrom: number;
}

/** The program's usual rubric, proposed to a program manager who defines a call's own. */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    { id: 'convergence-novelty', name: 'Convergence and novelty (융합성·독창성)', weight: 30, minimumPercent: 40 },
    { id: 'technical-feasibility', name: 'Technical feasibility (기술성)', weight: 25, minimumPercent: 40 },
    { id: 'commercialisation', name: 'Commercialisation (사업화 가능성)', weight: 25, minimumPercent: 40 },
    { id: 'consortium-capability', name: 'Consortium capability (컨소시엄 역량)', weight: 20, minimumPercent: 40 },
  ],
  passThreshold: 70,
  quorum: 5,
  trimFrom: 5,
};

/** A criterion's minimum mean: weight × percent / 100 points, which is weight × percent hundredths, exactly. */
export function criterionMinimum(criterion: Criterion): Hundredths {
  return criterion.weight * criterion.minimumPercent;
}

// Trimming drops two values, so it needs at least three for one to remain.
const POLICY_BOUNDS: readonly (readonly [RubricPolicyField, number, number])[] = [
  ['passThreshold', 0, 100],
  ['quorum', 1, Number.MAX_SAFE_INTEGER],
  ['trimFrom', 3, Number.MAX_SAFE_INTEGER],
];

/** The first rule the rubric breaks, or undefined when it can be used to score a call. */
export function rubricViolation(rubric: Rubric): DomainError | undefined {
  const seen = new Set<string>();
  for (const criterion of rubric.criteria) {
    const fault = criterionFault(criterion, seen);
    if (fault) return RubricError.becauseCriterionInvalid(criterion.id, fault);
    seen.add(criterion.id);
  }
  const sum = rubric.criteria.reduce((total, criterion) => total + criterion.weight, 0);
  if (sum !== 100) return RubricError.becauseWeightsDoNotSumTo100(sum);
  const broken = POLICY_BOUNDS.find(([field, min, max]) => !isIntegerWithin(rubric[field], min, max));
  return broken && RubricError.becausePolicyInvalid(broken[0], rubric[broken[0]]);
}

function criterionFault(criterion: Criterion, seen: ReadonlySet<string>): CriterionFault | undefined {
  if (criterion.id === '') return 'empty-id';
  if (seen.has(criterion.id)) return 'duplicate-id';
  if (!isIntegerWithin(criterion.weight, 1, 100)) return 'weight';
  if (!isIntegerWithin(criterion.minimumPercent, 0, 100)) return 'minimum-percent';
  return undefined;
}
