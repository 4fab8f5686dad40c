import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import { ApplicationEvent } from './application.events';
import { APPLICATION_ID, commands, HISTORY, PROGRAM_MANAGER } from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);
const recused = (memberId: string): ApplicationEvent => ({ type: 'ApplicationMemberRecused', data: { applicationId: APPLICATION_ID, memberId } });

describe('application: RecordRecusal', () => {
  it('notes a committee member who stood down, who then may not read the application', () => {
    spec
      .given(HISTORY.inEvaluation)
      .when(commands.recordRecusal('expert-choi'))
      .then([recused('expert-choi')]);
    spec
      .given([...HISTORY.inEvaluation, recused('expert-choi')])
      .when(commands.recordRecusal('expert-kang'))
      .thenState({ recusedMembers: ['expert-choi', 'expert-kang'] });
  });

  it('notes each member once', () => {
    spec
      .given([...HISTORY.inEvaluation, recused('expert-choi')])
      .when(commands.recordRecusal('expert-choi'))
      .thenFails('APPLICATION.ALREADY_RECUSED', { memberId: 'expert-choi' });
  });

  it('needs a committee, so comes after the evaluation opened', () => {
    spec.given(HISTORY.eligible).when(commands.recordRecusal()).thenFails('APPLICATION.NO_COMMITTEE', { status: 'screened-eligible' });
  });

  it('comes only through the platform', () => {
    spec.given(HISTORY.inEvaluation).when(commands.recordRecusal('expert-choi', PROGRAM_MANAGER)).thenFails('APPLICATION.ROLE_NOT_ALLOWED');
  });
});
