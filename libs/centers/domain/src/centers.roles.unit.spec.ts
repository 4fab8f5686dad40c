import { CoversDeciders, roleTableFaults } from '@yunghap/testing';
import * as domain from './index';
import { CENTERS_ROLES } from './centers.roles';

describe('the centers role table', () => {
  it('has a row for every command a decider of the context decides (a compile error names any missing)', () => {
    const covered: CoversDeciders<typeof domain, typeof CENTERS_ROLES> = true;
    expect(covered).toBe(true);
  });

  it('lets someone issue every command and make every read, each role listed once', () => {
    expect(roleTableFaults(CENTERS_ROLES)).toEqual([]);
  });
});
