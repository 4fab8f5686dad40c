import { deciderSpecification } from '@yunghap/testing';
import { criterionMinimum, DEFAULT_RUBRIC, Rubric } from './rubric';
import { DefineRubric, LockRubric, rubricDecider, RubricDefined, RubricLocked } from './rubric.decider';
import { by, CALL, centerStaff, programManager } from './testing/fixtures';

const spec = deciderSpecification(rubricDecider);

const defineRubric = (rubric: Rubric, actor = programManager): DefineRubric => ({
  type: 'DefineRubric',
  data: { callId: CALL, rubric },
  metadata: by(actor),
});
const rubricDefined = (rubric: Rubric): RubricDefined => ({ type: 'RubricDefined', data: { callId: CALL, rubric } });

const [convergence, feasibility, commercialisation, consortium] = DEFAULT_RUBRIC.criteria;

describe('DEFAULT_RUBRIC', () => {
  it('weighs convergence/novelty 30, feasibility 25, commercialisation 25, consortium 20, passing at 70 with 5 sheets, trimming from 5', () => {
    expect(DEFAULT_RUBRIC.criteria.map((criterion) => [criterion.id, criterion.weight])).toEqual([
      ['convergence-novelty', 30],
      ['technical-feasibility', 25],
      ['commercialisation', 25],
      ['consortium-capability', 20],
    ]);
    expect(DEFAULT_RUBRIC).toMatchObject({ passThreshold: 70, quorum: 5, trimFrom: 5 });
  });

  it('sets each minimum at 40 % of the weight, in hundredths', () => {
    // 30 × 40 % = 12.00; 25 × 40 % = 10.00; 20 × 40 % = 8.00
    expect([convergence, feasibility, commercialisation, consortium].map(criterionMinimum)).toEqual([1200, 1000, 1000, 800]);
  });
});

describe('DefineRubric', () => {
  it('records the rubric of a call', () => {
    spec
      .given([])
      .when(defineRubric(DEFAULT_RUBRIC))
      .then([rubricDefined(DEFAULT_RUBRIC)]);
  });

  it('accepts a rubric of the call’s own', () => {
    const twoCriteria: Rubric = {
      criteria: [
        { id: 'convergence-novelty', name: 'Convergence', weight: 60, minimumPercent: 50 },
        { id: 'market', name: 'Market', weight: 40, minimumPercent: 0 },
      ],
      passThreshold: 65,
      quorum: 3,
      trimFrom: 3,
    };
    spec.given([]).when(defineRubric(twoCriteria)).thenState({ status: 'defined', callId: CALL, rubric: twoCriteria, locked: false });
  });

  it('is for program managers only', () => {
    spec.given([]).when(defineRubric(DEFAULT_RUBRIC, centerStaff)).thenFails('RUBRIC.ROLE_NOT_ALLOWED', { role: 'center-staff' });
  });

  it('does not redefine a call’s rubric', () => {
    spec
      .given([rubricDefined(DEFAULT_RUBRIC)])
      .when(defineRubric(DEFAULT_RUBRIC))
      .thenFails('RUBRIC.ALREADY_DEFINED', { callId: CALL });
  });

  it('needs weights that sum to 100', () => {
    const rubric = { ...DEFAULT_RUBRIC, criteria: [convergence, feasibility, commercialisation, { ...consortium, weight: 19 }] };
    spec.given([]).when(defineRubric(rubric)).thenFails('RUBRIC.WEIGHTS_DO_NOT_SUM_TO_100', { sum: 99 });
  });

  // Each case spoils one criterion of the default rubric.
  it.each([
    ['an empty id', 0, { id: '' }, 'empty-id'],
    ['a duplicate id', 2, { id: 'technical-feasibility' }, 'duplicate-id'],
    ['a zero weight', 0, { weight: 0 }, 'weight'],
    ['a fractional weight', 0, { weight: 29.5 }, 'weight'],
    ['a minimum above 100 %', 1, { minimumPercent: 101 }, 'minimum-percent'],
    ['a fractional minimum', 1, { minimumPercent: 40.5 }, 'minimum-percent'],
  ] as const)('refuses a criterion with %s', (_case, index, change, fault) => {
    const criteria = DEFAULT_RUBRIC.criteria.map((criterion, position) => (position === index ? { ...criterion, ...change } : criterion));
    spec
      .given([])
      .when(defineRubric({ ...DEFAULT_RUBRIC, criteria }))
      .thenFails('RUBRIC.INVALID_CRITERION', { criterionId: criteria[index].id, fault });
  });

  it.each([
    ['passThreshold', 101],
    ['passThreshold', 69.5],
    ['quorum', 0],
    ['trimFrom', 2],
  ] as const)('refuses %s = %d', (field, value) => {
    spec
      .given([])
      .when(defineRubric({ ...DEFAULT_RUBRIC, [field]: value }))
      .thenFails('RUBRIC.INVALID_POLICY', { field, value });
  });
});

describe('the rubric lock: the first opening of an evaluation of the call', () => {
  const lockRubric = (openedWith: LockRubric['data']['openedWith'], actor = programManager): LockRubric => ({
    type: 'LockRubric',
    data: { callId: CALL, openedWith },
    metadata: by(actor),
  });
  const rubricLocked: RubricLocked = { type: 'RubricLocked', data: { callId: CALL } };

  it('locks the default rubric when the call has none of its own', () => {
    spec.given([]).when(lockRubric('default')).then([rubricLocked]);
  });

  it('locks the call’s own rubric, once: later openings record nothing', () => {
    spec
      .given([rubricDefined(DEFAULT_RUBRIC)])
      .when(lockRubric('defined'))
      .then([rubricLocked]);
    spec
      .given([rubricDefined(DEFAULT_RUBRIC), rubricLocked])
      .when(lockRubric('defined'))
      .then([]);
  });

  it('refuses a definition once locked, with a Korean-first detail', () => {
    spec.given([rubricLocked]).when(defineRubric(DEFAULT_RUBRIC)).thenFails('RUBRIC.CALL_IN_EVALUATION', { callId: CALL });
    spec
      .given([rubricDefined(DEFAULT_RUBRIC), rubricLocked])
      .when(defineRubric(DEFAULT_RUBRIC))
      .thenFails('RUBRIC.CALL_IN_EVALUATION');
    const refusal = rubricDecider.decide(defineRubric(DEFAULT_RUBRIC), rubricDecider.evolve(rubricDecider.initialState(), rubricLocked));
    expect(refusal).toHaveProperty('message', expect.stringMatching(/^공모 .+의 평가가 이미 시작되어/));
  });

  it('refuses an opening that read the default after the call defined its own, and keeps the definition', () => {
    spec
      .given([rubricDefined(DEFAULT_RUBRIC)])
      .when(lockRubric('default'))
      .thenFails('RUBRIC.DEFINED_WHILE_OPENING', { callId: CALL });
    spec
      .given([rubricDefined(DEFAULT_RUBRIC)])
      .when(defineRubric(DEFAULT_RUBRIC))
      .thenFails('RUBRIC.ALREADY_DEFINED');
  });

  it('is locked by whoever may open an evaluation, no one else', () => {
    spec.given([]).when(lockRubric('default', centerStaff)).thenFails('RUBRIC.ROLE_NOT_ALLOWED');
  });
});
