import * as domain from '@yunghap/mentoring-domain';
import { catalogueCoverage, codesRaisedIn, COMPLETE_COVERAGE } from '@yunghap/platform-nest';
import { MENTORING_PROBLEM_CATALOGUE } from './problem-catalogue';

describe('the mentoring problem catalogue', () => {
  it('gives every refusal of the context Korean, and names only values its refusals carry', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../libs/mentoring/domain/src`, `${__dirname}/..`);
    expect(catalogueCoverage(domain, raised, MENTORING_PROBLEM_CATALOGUE)).toEqual(COMPLETE_COVERAGE);
  });
});
