import { deciderSpecification } from '@yunghap/testing';
import { evaluationDecider } from './evaluation.decider';
import { EvaluationEvent } from './evaluation.events';
import { visibleScores } from './score-visibility';
import {
  abandoned,
  abandonEvaluation,
  centerStaff,
  closeEvaluation,
  committeeOf,
  completed,
  criterionMeans,
  expert,
  expertIds,
  FIRM_A,
  openEvaluation,
  opened,
  programManager,
  recuseMember,
  scores,
  sealedSheets,
  sealScoresheet,
  submitScoresheet,
  submitted,
} from './testing/fixtures';

const spec = deciderSpecification(evaluationDecider);

const sheet = scores(24, 20, 20, 16);
// Five sealed sheets, enough to close: abandoning does not depend on how far scoring went.
const scored: EvaluationEvent[] = [opened(expertIds(6)), ...sealedSheets({ e1: sheet, e2: sheet, e3: sheet, e4: sheet, e5: sheet }), submitted('e6', sheet)];

describe('AbandonEvaluation', () => {
  it('ends an open evaluation, recording the reason, at the platform’s or a program manager’s word', () => {
    spec.given(scored).when(abandonEvaluation()).then([abandoned()]);
    spec.given(scored).when(abandonEvaluation('quorum-lost', programManager)).thenState({ status: 'abandoned', reason: 'quorum-lost' });
    spec
      .given(scored)
      .when(abandonEvaluation('application-withdrawn', expert('e1')))
      .thenFails('EVALUATION.ROLE_NOT_ALLOWED', { role: 'committee-member', allowed: ['program-manager', 'system'] });
    spec.given(scored).when(abandonEvaluation('application-withdrawn', centerStaff)).thenFails('EVALUATION.ROLE_NOT_ALLOWED');
  });

  it('is refused before the opening, after the close, and a second time', () => {
    spec.given([]).when(abandonEvaluation()).thenFails('EVALUATION.NOT_FOUND');
    const done = completed({ sheetsCounted: 5, trimmed: true, total: 8000, criteria: criterionMeans(2400, 2000, 2000, 1600), passed: true, failedReasons: [] });
    spec
      .given([...scored, done])
      .when(abandonEvaluation())
      .thenFails('EVALUATION.ALREADY_CLOSED');
    spec
      .given([...scored, abandoned()])
      .when(abandonEvaluation())
      .thenFails('EVALUATION.ABANDONED');
  });

  it('stops every later command with EVALUATION.ABANDONED', () => {
    const given = [...scored, abandoned()];
    spec.given(given).when(submitScoresheet('e6', sheet)).thenFails('EVALUATION.ABANDONED', { applicationId: 'app-0001' });
    spec.given(given).when(sealScoresheet('e6')).thenFails('EVALUATION.ABANDONED');
    spec.given(given).when(closeEvaluation()).thenFails('EVALUATION.ABANDONED');
    spec
      .given(given)
      .when(recuseMember('e1', FIRM_A, 'employment'))
      .thenFails('EVALUATION.ABANDONED');
    spec
      .given(given)
      .when(openEvaluation(committeeOf(expertIds(6))))
      .thenFails('EVALUATION.ALREADY_OPENED');
  });

  it('shows counts only, to everyone: an abandoned evaluation decided nothing', () => {
    const state = [...scored, abandoned()].reduce(evaluationDecider.evolve, evaluationDecider.initialState());
    for (const viewer of [expert('e1'), programManager, centerStaff]) {
      expect(visibleScores(state, viewer)).toEqual({ stage: 'abandoned', counts: { members: 6, recused: 0, submitted: 6, sealed: 5 } });
    }
  });
});
