import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import { BusinessPlanDocument } from './business-plan';
import { APPLICATION_ID, BUSINESS_PLAN, commands, events, HISTORY, PROGRAM_MANAGER, SOMEONE_ELSE } from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);
const HWPX_PLAN: BusinessPlanDocument = {
  sha256: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
  size: 90_210,
  mediaType: 'application/hwp+zip',
  fileName: '사업계획서(수정).hwpx',
};

describe('application: AttachBusinessPlan', () => {
  it('records the document (hash, size, type, name) on a draft', () => {
    spec.given(HISTORY.drafted).when(commands.attachBusinessPlan()).then([events.businessPlanAttached()]);
    spec.given(HISTORY.drafted).when(commands.attachBusinessPlan()).thenState({ status: 'drafted', businessPlan: BUSINESS_PLAN });
  });

  it('records only the document fields, whatever else the command carries', () => {
    const withBytes = { ...BUSINESS_PLAN, bytes: 'JVBERi0xLjcK' } as BusinessPlanDocument;
    spec
      .given(HISTORY.drafted)
      .when(commands.attachBusinessPlan(withBytes))
      .then([events.businessPlanAttached(BUSINESS_PLAN)]);
  });

  it('replaces the current plan when attached again; the earlier one stays in the history only', () => {
    spec
      .given([...HISTORY.drafted, events.businessPlanAttached()])
      .when(commands.attachBusinessPlan(HWPX_PLAN))
      .then([events.businessPlanAttached(HWPX_PLAN)]);
    spec
      .given([...HISTORY.drafted, events.businessPlanAttached()])
      .when(commands.attachBusinessPlan(HWPX_PLAN))
      .thenState({ businessPlan: HWPX_PLAN });
  });

  it('may be attached when the center returned the application for revision', () => {
    spec.given(HISTORY.returned).when(commands.attachBusinessPlan()).then([events.businessPlanAttached()]);
  });

  it('is not yet asked for by submission, and a plan attached stays with the submitted application', () => {
    spec.given(HISTORY.drafted).when(commands.submit()).then([events.submitted()]);
    spec
      .given([...HISTORY.drafted, events.businessPlanAttached()])
      .when(commands.submit())
      .thenState({ status: 'submitted', businessPlan: BUSINESS_PLAN });
  });

  it('is for the applicant only', () => {
    spec.given(HISTORY.drafted).when(commands.attachBusinessPlan(BUSINESS_PLAN, SOMEONE_ELSE)).thenFails('APPLICATION.NOT_APPLICANT');
    spec.given(HISTORY.drafted).when(commands.attachBusinessPlan(BUSINESS_PLAN, PROGRAM_MANAGER)).thenFails('APPLICATION.NOT_APPLICANT');
  });

  it('is refused for an application that does not exist', () => {
    spec.given([]).when(commands.attachBusinessPlan()).thenFails('APPLICATION.NOT_FOUND', { applicationId: APPLICATION_ID });
  });

  it.each([
    ['submitted', HISTORY.submitted],
    ['routed', HISTORY.routed],
    ['resubmitted', HISTORY.resubmitted],
    ['screened', HISTORY.eligible],
    ['in evaluation', HISTORY.inEvaluation],
  ])('is refused once %s', (_status, history) => {
    spec.given(history).when(commands.attachBusinessPlan()).thenFails('APPLICATION.BUSINESS_PLAN_LOCKED', { applicationId: APPLICATION_ID });
  });

  it('is refused once withdrawn', () => {
    spec
      .given([...HISTORY.drafted, events.withdrawn()])
      .when(commands.attachBusinessPlan())
      .thenFails('APPLICATION.WITHDRAWN');
  });

  it.each([
    ['document.sha256', { sha256: '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08' }],
    ['document.sha256', { sha256: 'abc' }],
    ['document.size', { size: 0 }],
    ['document.size', { size: 1.5 }],
    ['document.mediaType', { mediaType: 'image/png' }],
    ['document.fileName', { fileName: '  ' }],
    ['document.fileName', { fileName: '../../etc/passwd' }],
    ['document.fileName', { fileName: 'C:\\plans\\plan.pdf' }],
    ['document.fileName', { fileName: 'plan\r\n.pdf' }],
    ['document.fileName', { fileName: `${'가'.repeat(252)}.pdf` }],
  ])('refuses a record whose %s is unfit', (field, override) => {
    const document = { ...BUSINESS_PLAN, ...override } as BusinessPlanDocument;
    spec.given(HISTORY.drafted).when(commands.attachBusinessPlan(document)).thenFails('APPLICATION.DOCUMENT_INVALID', { field });
  });
});
