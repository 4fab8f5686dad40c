import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import { commands, events, HISTORY, JUNGBU_STAFF, PROGRAM_MANAGER } from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);
const ineligible = events.screened({ outcome: 'ineligible', failures: [], rulesChecked: [] });
const failed = [...HISTORY.inEvaluation, events.evaluated('failed', 41)];
const selected = [...HISTORY.passed, events.outcomeRecorded('selected')];

describe('application: StartEvaluation', () => {
  it('hands an eligible application to a committee', () => {
    spec.given(HISTORY.eligible).when(commands.startEvaluation()).then([events.evaluationStarted()]);
    spec.given(HISTORY.eligible).when(commands.startEvaluation()).thenState({ status: 'in-evaluation', committeeId: 'committee-2026-04' });
  });

  it('may be started by hand by a program manager', () => {
    spec.given(HISTORY.eligible).when(commands.startEvaluation(PROGRAM_MANAGER)).then([events.evaluationStarted()]);
  });

  it('is not for center staff', () => {
    spec.given(HISTORY.eligible).when(commands.startEvaluation(JUNGBU_STAFF)).thenFails('APPLICATION.ROLE_NOT_ALLOWED');
  });

  it.each([
    ['routed', HISTORY.routed],
    ['screened-ineligible', [...HISTORY.routed, ineligible]],
    ['in-evaluation', HISTORY.inEvaluation],
  ])('only starts from screened-eligible, not %s', (status, history) => {
    spec.given(history).when(commands.startEvaluation()).thenFails('APPLICATION.NOT_SCREENED_ELIGIBLE', { status });
  });

  it('needs a committee', () => {
    spec.given(HISTORY.eligible).when(commands.startEvaluation(PROGRAM_MANAGER, '')).thenFails('APPLICATION.FIELD_REQUIRED', { field: 'committeeId' });
  });

  it('cannot start for a withdrawn application', () => {
    spec
      .given([...HISTORY.eligible, events.withdrawn()])
      .when(commands.startEvaluation())
      .thenFails('APPLICATION.WITHDRAWN');
  });
});

describe('application: RecordEvaluationResult', () => {
  it('records a pass with its total score', () => {
    spec
      .given(HISTORY.inEvaluation)
      .when(commands.recordResult('passed', 82.5))
      .then([events.evaluated('passed', 82.5)]);
    spec
      .given(HISTORY.inEvaluation)
      .when(commands.recordResult('passed', 82.5))
      .thenState({ status: 'evaluated-passed', evaluation: { outcome: 'passed', totalScore: 82.5 } });
  });

  it('records a failure', () => {
    spec.given(HISTORY.inEvaluation).when(commands.recordResult('failed', 41)).thenState({ status: 'evaluated-failed' });
  });

  it('comes only from the evaluation context, through the platform', () => {
    spec
      .given(HISTORY.inEvaluation)
      .when(commands.recordResult('passed', 82.5, PROGRAM_MANAGER))
      .thenFails('APPLICATION.ROLE_NOT_ALLOWED', { allowed: ['system'] });
  });

  it.each([
    ['screened-eligible', HISTORY.eligible],
    ['evaluated-passed', HISTORY.passed],
  ])('is only valid in evaluation, not %s', (status, history) => {
    spec.given(history).when(commands.recordResult()).thenFails('APPLICATION.NOT_IN_EVALUATION', { status });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a total score of %p', (totalScore) => {
    spec.given(HISTORY.inEvaluation).when(commands.recordResult('passed', totalScore)).thenFails('APPLICATION.SCORE_INVALID');
  });

  it('refuses a result for an application withdrawn during evaluation', () => {
    spec
      .given([...HISTORY.inEvaluation, events.withdrawn()])
      .when(commands.recordResult())
      .thenFails('APPLICATION.WITHDRAWN');
  });
});

describe('application: RecordExternalOutcome', () => {
  it('records the selection decided in the grants context', () => {
    spec
      .given(HISTORY.passed)
      .when(commands.recordOutcome('selected'))
      .then([events.outcomeRecorded('selected')]);
    spec.given(HISTORY.passed).when(commands.recordOutcome('selected')).thenState({ status: 'selected', externalReference: 'selection-2026-017' });
  });

  it('follows the grants context through later outcomes', () => {
    spec.given(selected).when(commands.recordOutcome('grant-awarded')).thenState({ status: 'grant-awarded' });
    spec.given(HISTORY.passed).when(commands.recordOutcome('not-selected')).thenState({ status: 'not-selected' });
  });

  it('shows an awarded grant cancelled afterwards', () => {
    const awarded = [...selected, events.outcomeRecorded('grant-awarded')];
    spec
      .given(awarded)
      .when(commands.recordOutcome('grant-cancelled'))
      .then([events.outcomeRecorded('grant-cancelled')]);
    spec.given(awarded).when(commands.recordOutcome('grant-cancelled')).thenState({ status: 'grant-cancelled' });
  });

  it('comes only through the platform', () => {
    spec.given(HISTORY.passed).when(commands.recordOutcome('selected', PROGRAM_MANAGER)).thenFails('APPLICATION.ROLE_NOT_ALLOWED');
  });

  it.each([
    ['evaluated-failed', failed],
    ['in-evaluation', HISTORY.inEvaluation],
  ])('needs a passed evaluation, not %s', (status, history) => {
    spec.given(history).when(commands.recordOutcome()).thenFails('APPLICATION.NOT_PASSED', { status });
  });

  it('needs a reference to the deciding record', () => {
    spec
      .given(HISTORY.passed)
      .when(commands.recordOutcome('selected', undefined, ' '))
      .thenFails('APPLICATION.FIELD_REQUIRED', { field: 'reference' });
  });
});
