import { CoversDeciders, roleTableFaults, rowsAllowing } from '@yunghap/testing';
import * as domain from './index';
import { APPLICATIONS_ROLES } from './applications.roles';

describe('the applications role table', () => {
  it('has a row for every command a decider of the context decides (a compile error names any missing)', () => {
    const covered: CoversDeciders<typeof domain, typeof APPLICATIONS_ROLES> = true;
    expect(covered).toBe(true);
  });

  it('lets someone issue every command and make every read, each role listed once', () => {
    expect(roleTableFaults(APPLICATIONS_ROLES)).toEqual([]);
  });

  it('lets an applicant draft and act on applications, and read calls, policy, routing, applications and feedback only; the gateway nothing', () => {
    expect(rowsAllowing(APPLICATIONS_ROLES, 'applicant')).toEqual([
      'DraftApplication',
      'ReviseApplication',
      'SubmitApplication',
      'WithdrawApplication',
      'readCalls',
      'readRoutingMapping',
      'readProgramPolicy',
      'readApplication',
      'readOwnApplications',
      'readEvaluationFeedback',
    ]);
    expect(rowsAllowing(APPLICATIONS_ROLES, 'gateway')).toEqual([]);
  });
});
