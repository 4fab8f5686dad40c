import { isDomainError } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import {
  APPLICATION,
  by,
  centerStaff,
  completed,
  criterionMeans,
  expertIds,
  FIRM_A,
  opened,
  programManager,
  recused,
  scores,
  sealed,
  sealedSheets,
  sealScoresheet,
  submitScoresheet,
  submitted,
} from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);

// Six members; e6 is recused.
const opening: EvaluationEvent[] = [opened(expertIds(6)), recused('e6', FIRM_A, 'advisory')];
const sheet = scores(24, 20, 20, 16);
const fiveSealed = sealedSheets({ e1: sheet, e2: sheet, e3: sheet, e4: sheet, e5: sheet });
// Five identical sheets of 80: every mean is the sheet itself.
const closed: EvaluationEvent[] = [
  ...opening,
  ...fiveSealed,
  completed({ sheetsCounted: 5, trimmed: true, total: 8000, criteria: criterionMeans(2400, 2000, 2000, 1600), passed: true, failedReasons: [] }),
];

describe('SubmitScoresheet', () => {
  it('creates the member’s scoresheet', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', sheet))
      .then([submitted('e1', sheet)]);
  });

  it('revises the member’s scoresheet while it is not sealed', () => {
    const revision = scores(26, 20, 21, 16);
    spec
      .given([...opening, submitted('e1', sheet)])
      .when(submitScoresheet('e1', revision))
      .then([submitted('e1', revision, 2)]);
    spec
      .given([...opening, submitted('e1', sheet)])
      .when(submitScoresheet('e1', revision))
      .thenState({ sheets: [{ memberId: 'e1', scores: revision, reasons: {}, revision: 2, sealed: false }] });
  });

  it('records the scores in rubric order, whatever order they came in', () => {
    const state = opening.reduce(evaluationDecider.evolve, evaluationDecider.initialState());
    const reversed = Object.fromEntries(Object.entries(sheet).reverse());
    const decision = evaluationDecider.decide(submitScoresheet('e1', reversed), state);
    if (isDomainError(decision)) throw new Error(decision.code);
    const [event] = decision;
    expect(event.type === 'ScoresheetSubmitted' && Object.keys(event.data.scores)).toEqual([
      'convergence-novelty',
      'technical-feasibility',
      'commercialisation',
      'consortium-capability',
    ]);
  });

  it('accepts 0 and the full weight', () => {
    const reasons = { 'convergence-novelty': '융합 요소가 보이지 않음', commercialisation: '시장 분석 없음' };
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(0, 25, 0, 20), reasons))
      .then([submitted('e1', scores(0, 25, 0, 20), 1, reasons)]);
  });

  it('needs an opened evaluation', () => {
    spec.given([]).when(submitScoresheet('e1', sheet)).thenFails('EVALUATION.NOT_FOUND', { applicationId: APPLICATION });
  });

  it('is refused once the evaluation is closed', () => {
    spec.given(closed).when(submitScoresheet('e1', sheet)).thenFails('EVALUATION.ALREADY_CLOSED');
  });

  it('is for members of the committee only', () => {
    spec.given(opening).when(submitScoresheet('e9', sheet)).thenFails('EVALUATION.NOT_A_MEMBER', { userId: 'e9' });
    spec
      .given(opening)
      .when({ ...submitScoresheet('pm-kim', sheet), metadata: by(programManager) })
      .thenFails('EVALUATION.NOT_A_MEMBER');
    // A member's user id under another role does not score either.
    spec
      .given(opening)
      .when({ ...submitScoresheet('e1', sheet), metadata: by({ userId: 'e1', role: 'center-staff' }) })
      .thenFails('EVALUATION.NOT_A_MEMBER');
  });

  it('is refused to a recused member', () => {
    spec.given(opening).when(submitScoresheet('e6', sheet)).thenFails('EVALUATION.MEMBER_RECUSED', { userId: 'e6' });
  });

  it('is refused once the sheet is sealed', () => {
    spec
      .given([...opening, submitted('e1', sheet), sealed('e1')])
      .when(submitScoresheet('e1', scores(30, 25, 25, 20)))
      .thenFails('EVALUATION.SHEET_SEALED');
  });

  it.each([
    ['above the weight', scores(31, 20, 20, 16), 'convergence-novelty', 31, 30],
    ['negative', scores(24, 20, 20, -1), 'consortium-capability', -1, 20],
    ['fractional', scores(24, 12.5, 20, 16), 'technical-feasibility', 12.5, 25],
  ])('refuses a score %s', (_case, outOfRange, criterionId, score, weight) => {
    spec.given(opening).when(submitScoresheet('e1', outOfRange)).thenFails('EVALUATION.SCORE_OUT_OF_RANGE', { criterionId, score, weight });
  });

  it('needs a score for every criterion of the rubric and for nothing else', () => {
    const { commercialisation: _left, ...partial } = sheet;
    spec
      .given(opening)
      .when(submitScoresheet('e1', { ...partial, design: 10 }))
      .thenFails('EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC', { missing: ['commercialisation'], unknown: ['design'] });
  });
});

describe('SealScoresheet', () => {
  it('seals the member’s scoresheet', () => {
    spec
      .given([...opening, submitted('e1', sheet)])
      .when(sealScoresheet('e1'))
      .then([sealed('e1')]);
    spec
      .given([...opening, submitted('e1', sheet)])
      .when(sealScoresheet('e1'))
      .thenState({ sheets: [{ memberId: 'e1', scores: sheet, reasons: {}, revision: 1, sealed: true }] });
  });

  it('needs a submitted scoresheet', () => {
    spec.given(opening).when(sealScoresheet('e1')).thenFails('EVALUATION.SHEET_NOT_SUBMITTED', { userId: 'e1' });
  });

  it('seals once', () => {
    spec
      .given([...opening, submitted('e1', sheet), sealed('e1')])
      .when(sealScoresheet('e1'))
      .thenFails('EVALUATION.SHEET_SEALED');
  });

  it('is for members who are not recused', () => {
    spec.given(opening).when(sealScoresheet('e6')).thenFails('EVALUATION.MEMBER_RECUSED');
    spec
      .given(opening)
      .when({ ...sealScoresheet('e1'), metadata: by(centerStaff) })
      .thenFails('EVALUATION.NOT_A_MEMBER');
  });

  it('needs an open evaluation', () => {
    spec.given([]).when(sealScoresheet('e1')).thenFails('EVALUATION.NOT_FOUND');
    spec.given(closed).when(sealScoresheet('e1')).thenFails('EVALUATION.ALREADY_CLOSED');
  });
});
