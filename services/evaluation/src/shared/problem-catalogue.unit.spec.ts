import * as domain from '@yunghap/evaluation-domain';
import { catalogueCoverage, codesRaisedIn, COMPLETE_COVERAGE } from '@yunghap/platform-nest';
import { EVALUATION_PROBLEM_CATALOGUE } from './problem-catalogue';

describe('the evaluation problem catalogue', () => {
  it('gives every refusal of the context Korean, and names only values its refusals carry', () => {
    const raised = codesRaisedIn(`${__dirname}/../../../../libs/evaluation/domain/src`, `${__dirname}/..`);
    expect(catalogueCoverage(domain, raised, EVALUATION_PROBLEM_CATALOGUE)).toEqual(COMPLETE_COVERAGE);
  });
});
