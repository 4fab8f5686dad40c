import * as domain from '@yunghap/grants-domain';
import { catalogueCoverage, codesRaisedIn, COMPLETE_COVERAGE } from '@yunghap/platform-nest';
import { GRANTS_PROBLEM_CATALOGUE } from './problem-catalogue';

describe('the grants problem catalogue', () => {
  it('gives every refusal of the context Korean, and names only values its refusals carry', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../libs/grants/domain/src`, `${__dirname}/..`);
    expect(catalogueCoverage(domain, raised, GRANTS_PROBLEM_CATALOGUE)).toEqual(COMPLETE_COVERAGE);
  });
});
