import { CoversDeciders, roleTableFaults, rowsAllowing } from '@yunghap/testing';
import * as domain from './index';
import { EVALUATION_ROLES } from './evaluation.roles';

describe('the evaluation role table', () => {
  it('has a row for every command a decider of the context decides (a compile error names any missing)', () => {
    const covered: CoversDeciders<typeof domain, typeof EVALUATION_ROLES> = true;
    expect(covered).toBe(true);
  });

  it('lets someone issue every command and make every read, each role listed once', () => {
    expect(roleTableFaults(EVALUATION_ROLES)).toEqual([]);
  });

  it('lets an applicant read the rubrics and nothing else: no committees, evaluations, scores or ranking', () => {
    expect(rowsAllowing(EVALUATION_ROLES, 'applicant')).toEqual(['readRubric']);
  });
});
