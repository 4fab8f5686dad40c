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

  it('lets an applicant draft and act on applications, attach their plan, and read calls, policy, routing, applications, feedback and attachments only; the gateway nothing', () => {
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
      'AttachBusinessPlan',
      'readAttachment',
    ]);
    expect(rowsAllowing(APPLICATIONS_ROLES, 'gateway')).toEqual([]);
  });

  it('lets everyone who works on an application read its attachment, but not finance', () => {
    expect(APPLICATIONS_ROLES.readAttachment).toEqual(['applicant', 'center-staff', 'committee-member', 'program-manager', 'auditor']);
    expect(rowsAllowing(APPLICATIONS_ROLES, 'finance')).not.toContain('readAttachment');
  });
});
