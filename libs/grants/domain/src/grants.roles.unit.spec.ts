import { CoversDeciders, roleTableFaults, rowsAllowing } from '@yunghap/testing';
import * as domain from './index';
import { GRANTS_ROLES } from './grants.roles';

describe('the grants role table', () => {
  it('has a row for every command a decider of the context decides (a compile error names any missing)', () => {
    const covered: CoversDeciders<typeof domain, typeof GRANTS_ROLES> = true;
    expect(covered).toBe(true);
  });

  it('lets someone issue every command and make every read, each role listed once', () => {
    expect(roleTableFaults(GRANTS_ROLES)).toEqual([]);
  });

  it('lets neither an applicant nor the gateway into budgets, ledgers, grants or allocations', () => {
    expect(rowsAllowing(GRANTS_ROLES, 'applicant')).toEqual([]);
    expect(rowsAllowing(GRANTS_ROLES, 'gateway')).toEqual([]);
  });
});
