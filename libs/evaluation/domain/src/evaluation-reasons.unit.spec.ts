import { deciderSpecification } from '@yunghap/testing';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { DEFAULT_RUBRIC } from './rubric';
import { needsReason, REASON_REQUIRED_BELOW_PERCENT } from './scoresheet';
import { expertIds, opened, scores, submitScoresheet, submitted } from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);
const opening: EvaluationEvent[] = [opened(expertIds(5))];
const [convergence] = DEFAULT_RUBRIC.criteria;

// The "Why" of issue 11: committee members scored without reasons, so the applicant learned nothing.
describe('SubmitScoresheet: reasons per criterion', () => {
  it('refuses a score under 60 % of its weight without a reason, naming the criterion', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(17, 20, 20, 16)))
      .thenFails('EVALUATION.REASON_REQUIRED', { criterionId: 'convergence-novelty', score: 17, weight: 30, belowPercent: 60 });
  });

  it('names the first criterion without its reason, in rubric order', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(24, 14, 10, 16), { commercialisation: '매출 계획이 없음' }))
      .thenFails('EVALUATION.REASON_REQUIRED', { criterionId: 'technical-feasibility', score: 14, weight: 25 });
  });

  it('records the reason of a low score', () => {
    const reasons = { 'convergence-novelty': '두 기업의 기술이 결합되는 지점이 불분명함' };
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(17, 20, 20, 16), reasons))
      .then([submitted('e1', scores(17, 20, 20, 16), 1, reasons)]);
  });

  it('needs no reason from 60 % of the weight up, and takes one there all the same', () => {
    expect(REASON_REQUIRED_BELOW_PERCENT).toBe(60);
    // 18 of 30, 15 of 25 and 12 of 20 are exactly 60 %.
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(18, 15, 15, 12)))
      .then([submitted('e1', scores(18, 15, 15, 12))]);
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(30, 25, 25, 20), { commercialisation: '국내외 판로가 구체적임' }))
      .then([submitted('e1', scores(30, 25, 25, 20), 1, { commercialisation: '국내외 판로가 구체적임' })]);
  });

  it('decides the threshold in whole numbers', () => {
    expect(needsReason(convergence, 17)).toBe(true);
    expect(needsReason(convergence, 18)).toBe(false);
    expect(needsReason({ ...convergence, weight: 7 }, 4)).toBe(true); // 4 / 7 = 57 %
    expect(needsReason({ ...convergence, weight: 7 }, 5)).toBe(false); // 5 / 7 = 71 %
  });

  it('counts a blank reason as absent: refused where one is needed, dropped where not', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(17, 20, 20, 16), { 'convergence-novelty': ' \u3000 ' }))
      .thenFails('EVALUATION.REASON_REQUIRED', { criterionId: 'convergence-novelty' });
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(24, 20, 20, 16), { commercialisation: '  ' }))
      .then([submitted('e1', scores(24, 20, 20, 16))]);
  });

  it('records the reasons trimmed and in rubric order, whatever order they came in', () => {
    const decision = evaluationDecider.decide(
      submitScoresheet('e1', scores(10, 10, 20, 16), { 'technical-feasibility': ' 실험 자료 부족 ', 'convergence-novelty': '융합 근거 미약' }),
      opening.reduce(evaluationDecider.evolve, evaluationDecider.initialState()),
    );
    expect(decision).toEqual([
      submitted('e1', scores(10, 10, 20, 16), 1, { 'convergence-novelty': '융합 근거 미약', 'technical-feasibility': '실험 자료 부족' }),
    ]);
    const [event] = decision as EvaluationEvent[];
    expect(event.type === 'ScoresheetSubmitted' && Object.keys(event.data.reasons ?? {})).toEqual(['convergence-novelty', 'technical-feasibility']);
  });

  it('refuses a reason for a criterion the rubric does not have', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(24, 20, 20, 16), { design: '디자인 우수' }))
      .thenFails('EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC', { missing: [], unknown: ['design'] });
  });

  it('checks the scores before the reasons', () => {
    spec
      .given(opening)
      .when(submitScoresheet('e1', scores(31, 1, 20, 16)))
      .thenFails('EVALUATION.SCORE_OUT_OF_RANGE');
  });

  it('replaces the reasons with a revision', () => {
    const first = { 'convergence-novelty': '근거 부족' };
    spec
      .given([...opening, submitted('e1', scores(17, 20, 20, 16), 1, first)])
      .when(submitScoresheet('e1', scores(24, 20, 20, 16)))
      .thenState({ sheets: [{ memberId: 'e1', scores: scores(24, 20, 20, 16), reasons: {}, revision: 2, sealed: false }] });
  });

  it('reads a sheet recorded before reasons were asked for as one without reasons', () => {
    const { reasons: _none, ...recordedBefore } = submitted('e1', scores(24, 20, 20, 16)).data;
    const state = [...opening, { type: 'ScoresheetSubmitted' as const, data: recordedBefore }].reduce(
      evaluationDecider.evolve,
      evaluationDecider.initialState(),
    );
    expect(state.status === 'open' && state.sheets).toEqual([{ memberId: 'e1', scores: scores(24, 20, 20, 16), reasons: {}, revision: 1, sealed: false }]);
  });
});
