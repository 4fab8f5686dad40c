import * as domain from '@yunghap/centers-domain';
import { catalogueCoverage, codesRaisedIn, COMPLETE_COVERAGE } from '@yunghap/platform-nest';
import { CENTERS_PROBLEM_CATALOGUE } from './problem-catalogue';

describe('the centers problem catalogue', () => {
  it('gives every refusal of the context Korean, and names only values its refusals carry', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../libs/centers/domain/src`, `${__dirname}/..`);
    expect(catalogueCoverage(domain, raised, CENTERS_PROBLEM_CATALOGUE)).toEqual(COMPLETE_COVERAGE);
  });
});
