import { CoversDeciders, roleTableFaults, rowsAllowing } from '@yunghap/testing';
import * as domain from './index';
import { MENTORING_ROLES } from './mentoring.roles';

describe('the mentoring role table', () => {
  it('has a row for every command a decider of the context decides (a compile error names any missing)', () => {
    const covered: CoversDeciders<typeof domain, typeof MENTORING_ROLES> = true;
    expect(covered).toBe(true);
  });

  it('lets someone issue every command and make every read, each role listed once', () => {
    expect(roleTableFaults(MENTORING_ROLES)).toEqual([]);
  });

  it('lets neither an applicant nor the gateway into the mentor pool or the engagements', () => {
    expect(rowsAllowing(MENTORING_ROLES, 'applicant')).toEqual([]);
    expect(rowsAllowing(MENTORING_ROLES, 'gateway')).toEqual([]);
  });
});
