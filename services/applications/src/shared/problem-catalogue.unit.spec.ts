import * as domain from '@yunghap/applications-domain';
import { catalogueCoverage, codesRaisedIn, COMPLETE_COVERAGE } from '@yunghap/platform-nest';
import { APPLICATIONS_PROBLEM_CATALOGUE } from './problem-catalogue';

describe('the applications problem catalogue', () => {
  it('gives every refusal of the context Korean, and names only values its refusals carry', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../libs/applications/domain/src`, `${__dirname}/..`);
    expect(catalogueCoverage(domain, raised, APPLICATIONS_PROBLEM_CATALOGUE)).toEqual(COMPLETE_COVERAGE);
  });
});
