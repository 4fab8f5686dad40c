import { Actor } from '@yunghap/kernel';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { visibleScores } from './score-visibility';
import {
  centerStaff,
  completed,
  criterionMeans,
  expert,
  expertIds,
  FIRM_A,
  FIRM_B,
  opened,
  programManager,
  recused,
  scores,
  sealed,
  submitted,
} from './testing/fixtures';

const stateAfter = (events: readonly EvaluationEvent[]) => events.reduce(evaluationDecider.evolve, evaluationDecider.initialState());

// Seven members; e7 is recused on two grounds, which is one recused member.
const opening: EvaluationEvent[] = [opened(expertIds(7)), recused('e7', FIRM_A, 'employment'), recused('e7', FIRM_B, 'family')];
const e1Sheet = scores(25, 20, 20, 15);
const e1Reasons = { commercialisation: '판로 계획이 구체적임' };
const e2Draft = scores(17, 18, 17, 14);
const e2Reasons = { 'convergence-novelty': '융합 근거가 약함' };
const scoring = [...opening, submitted('e1', e1Sheet, 1, e1Reasons), sealed('e1'), submitted('e2', e2Draft, 1, e2Reasons)];
const countsWhileScoring = { members: 7, recused: 1, submitted: 2, sealed: 1 };

describe('visibleScores', () => {
  it('shows nothing before the evaluation opens', () => {
    expect(visibleScores(stateAfter([]), expert('e1'))).toEqual({ stage: 'not-opened' });
  });

  it('shows a member their own sheet and otherwise counts only, while scoring', () => {
    expect(visibleScores(stateAfter(scoring), expert('e1'))).toEqual({
      stage: 'scoring',
      counts: countsWhileScoring,
      ownSheet: { memberId: 'e1', scores: e1Sheet, reasons: e1Reasons, revision: 1, sealed: true },
    });
    expect(visibleScores(stateAfter(scoring), expert('e2'))).toEqual({
      stage: 'scoring',
      counts: countsWhileScoring,
      ownSheet: { memberId: 'e2', scores: e2Draft, reasons: e2Reasons, revision: 1, sealed: false },
    });
  });

  it("keeps a member's reasons from the other members while scoring, like their scores", () => {
    const seen = JSON.stringify(visibleScores(stateAfter(scoring), expert('e1')));
    expect(seen).toContain(e1Reasons.commercialisation);
    expect(seen).not.toContain(e2Reasons['convergence-novelty']);
  });

  it.each<[string, Actor]>([
    ['a member who has not scored yet', expert('e3')],
    ['a recused member', expert('e7')],
    ['center staff', centerStaff],
    ['a program manager', programManager],
    ['someone under another role who shares a member’s user id', { userId: 'e1', role: 'center-staff' }],
  ])('shows %s counts only, while scoring', (_viewer, viewer) => {
    expect(visibleScores(stateAfter(scoring), viewer)).toEqual({ stage: 'scoring', counts: countsWhileScoring, ownSheet: null });
  });

  it('shows anyone the sealed sheets and the result once closed, but not a draft that never counted', () => {
    const sealedSheets = ['e1', 'e3', 'e4', 'e5', 'e6'].flatMap((memberId) => [submitted(memberId, e1Sheet), sealed(memberId)]);
    const means = criterionMeans(2500, 2000, 2000, 1500);
    const result = completed({ sheetsCounted: 5, trimmed: true, total: 8000, criteria: means, passed: true, failedReasons: [] });
    const state = stateAfter([...opening, ...sealedSheets, submitted('e2', e2Draft), result]);

    expect(visibleScores(state, centerStaff)).toEqual({
      stage: 'completed',
      counts: { members: 7, recused: 1, submitted: 6, sealed: 5 },
      sheets: ['e1', 'e3', 'e4', 'e5', 'e6'].map((memberId) => ({ memberId, scores: e1Sheet, reasons: {}, revision: 1, sealed: true })),
      result: result.data,
    });
    expect(visibleScores(state, expert('e2'))).toEqual(visibleScores(state, centerStaff));
  });
});
