import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import { ApplicationEvent } from './application.events';
import { CriterionFeedback } from './application.outcomes';
import { commands, events, HISTORY } from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);

const FEEDBACK: readonly CriterionFeedback[] = [
  { criterionId: 'convergence-novelty', name: '융합성·독창성', maximum: 30, mean: 23, reasons: ['융합 구조가 명확함'] },
  { criterionId: 'consortium-capability', name: '컨소시엄 역량', maximum: 20, mean: 14.67, reasons: ['가. 수행 경험 부족', '나. 인력 부족'] },
];

/** The result as the evaluation context now publishes it: with the applicant's feedback. */
const recordWithFeedback = (feedback: readonly CriterionFeedback[] = FEEDBACK) => {
  const command = commands.recordResult('passed', 76);
  return { ...command, data: { ...command.data, feedback } };
};
const evaluatedWithFeedback = (feedback: readonly CriterionFeedback[] = FEEDBACK): ApplicationEvent => {
  const event = events.evaluated('passed', 76);
  return { ...event, data: { ...event.data, feedback } } as ApplicationEvent;
};

describe('application: RecordEvaluationResult with the applicant’s feedback', () => {
  it('records the feedback with the result', () => {
    spec.given(HISTORY.inEvaluation).when(recordWithFeedback()).then([evaluatedWithFeedback()]);
    spec
      .given(HISTORY.inEvaluation)
      .when(recordWithFeedback())
      .thenState({ status: 'evaluated-passed', evaluation: { outcome: 'passed', totalScore: 76 }, evaluationFeedback: FEEDBACK });
  });

  it('keeps the feedback beside the result, not in it: the result is shown to everyone who reads the application', () => {
    const state = [...HISTORY.inEvaluation, evaluatedWithFeedback()].reduce(applicationDecider.evolve, applicationDecider.initialState());
    expect(state.status !== 'none' && state.evaluation).toEqual({ outcome: 'passed', totalScore: 76 });
  });

  it('records a result published before feedback existed, without feedback', () => {
    spec
      .given(HISTORY.inEvaluation)
      .when(commands.recordResult('failed', 61.9))
      .then([events.evaluated('failed', 61.9)]);
    const state = [...HISTORY.inEvaluation, events.evaluated('failed', 61.9)].reduce(applicationDecider.evolve, applicationDecider.initialState());
    expect(state.status !== 'none' && 'evaluationFeedback' in state).toBe(false);
  });

  it.each([
    ['a mean above its maximum', [{ ...FEEDBACK[0], mean: 30.01 }], 'APPLICATION.SCORE_INVALID'],
    ['a negative mean', [{ ...FEEDBACK[0], mean: -1 }], 'APPLICATION.SCORE_INVALID'],
    ['a maximum of zero', [{ ...FEEDBACK[0], maximum: 0, mean: 0 }], 'APPLICATION.SCORE_INVALID'],
    ['an unnamed criterion', [FEEDBACK[0], { ...FEEDBACK[1], name: ' ' }], 'APPLICATION.FIELD_REQUIRED'],
  ])('refuses feedback with %s', (_case, feedback, code) => {
    spec.given(HISTORY.inEvaluation).when(recordWithFeedback(feedback)).thenFails(code);
  });

  it('names the field of an unnamed criterion', () => {
    spec
      .given(HISTORY.inEvaluation)
      .when(recordWithFeedback([FEEDBACK[0], { ...FEEDBACK[1], criterionId: '' }]))
      .thenFails('APPLICATION.FIELD_REQUIRED', { field: 'feedback[1].criterionId' });
  });
});
