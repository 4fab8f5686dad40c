import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import { ApplicationEvent } from './application.events';
import {
  APPLICANT,
  APPLICATION_ID,
  CALL_ID,
  CONTENT,
  contentInput,
  events,
  HISTORY,
  commands,
  NURI,
  SOMEONE_ELSE,
  TIMES,
} from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);
const ineligible = events.screened({ outcome: 'ineligible', failures: [], rulesChecked: [] });
const renamedPartner = contentInput({ partnerFirms: [{ ...NURI, name: '누리소프트 주식회사' }] });
const revisedContent = { ...CONTENT, partnerFirms: [{ ...CONTENT.partnerFirms[0], name: '누리소프트 주식회사' }] };

describe('application: commands on an application that does not exist', () => {
  it.each([
    commands.revise(contentInput()),
    commands.submit(),
    commands.route(),
    commands.return(),
    commands.screen(),
    commands.startEvaluation(),
    commands.recordResult(),
    commands.recordOutcome(),
    commands.withdraw(),
  ])('$type is refused as not found', (command) => {
    spec.given([]).when(command).thenFails('APPLICATION.NOT_FOUND', { applicationId: APPLICATION_ID });
  });
});

describe('application: DraftApplication', () => {
  it('records validated content and the drafting user as the applicant', () => {
    spec.given([]).when(commands.draft()).then([events.drafted()]);
    spec.given([]).when(commands.draft()).thenState({ status: 'drafted', applicantId: APPLICANT.userId, callId: CALL_ID, timesReturned: 0 });
  });

  it('refuses a second draft under the same id', () => {
    spec.given(HISTORY.drafted).when(commands.draft()).thenFails('APPLICATION.ALREADY_DRAFTED');
  });

  it('refuses invalid content with every violation', () => {
    const content = contentInput({ leadFirm: { ...NURI, registrationNumber: '123-45-67890' }, partnerFirms: [NURI, NURI], requestedAmount: -1 });
    spec
      .given([])
      .when(commands.draft(content))
      .thenFails('APPLICATION.CONTENT_INVALID', {
        violations: [
          expect.objectContaining({ field: 'leadFirm.registrationNumber', code: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH' }),
          expect.objectContaining({ field: 'requestedAmount', code: 'CONTENT.NOT_POSITIVE_WON' }),
          expect.objectContaining({ field: 'partnerFirms[1].registrationNumber', code: 'FIRM.LISTED_TWICE' }),
        ],
      });
  });
});

describe('application: ReviseApplication', () => {
  const revised: ApplicationEvent = events.revised(revisedContent);

  it('replaces the content of a draft', () => {
    spec.given(HISTORY.drafted).when(commands.revise(renamedPartner)).then([revised]);
    spec.given(HISTORY.drafted).when(commands.revise(renamedPartner)).thenState({ status: 'drafted', content: revisedContent });
  });

  it('replaces the content of an application returned for revision', () => {
    spec.given(HISTORY.returned).when(commands.revise(renamedPartner)).then([revised]);
  });

  it('is for the applicant only', () => {
    spec.given(HISTORY.drafted).when(commands.revise(renamedPartner, SOMEONE_ELSE)).thenFails('APPLICATION.NOT_APPLICANT');
  });

  it.each([
    ['submitted', HISTORY.submitted],
    ['routed', HISTORY.routed],
    ['resubmitted', HISTORY.resubmitted],
    ['screened', HISTORY.eligible],
  ])('cannot revise once %s', (_status, history) => {
    spec.given(history).when(commands.revise(renamedPartner)).thenFails('APPLICATION.NOT_DRAFT');
  });

  it('cannot revise a withdrawn application', () => {
    spec
      .given([...HISTORY.drafted, events.withdrawn()])
      .when(commands.revise(renamedPartner))
      .thenFails('APPLICATION.WITHDRAWN');
  });

  it('refuses invalid content', () => {
    spec
      .given(HISTORY.drafted)
      .when(commands.revise(contentInput({ requestedAmount: 0 })))
      .thenFails('APPLICATION.CONTENT_INVALID');
  });
});

describe('application: SubmitApplication', () => {
  it('submits a draft at the command time', () => {
    spec
      .given(HISTORY.drafted)
      .when(commands.submit())
      .then([events.submitted(TIMES.submission)]);
    spec.given(HISTORY.drafted).when(commands.submit()).thenState({ status: 'submitted', submittedAt: TIMES.submission });
  });

  it('resubmits a returned application to the same center, keeping the first submission time', () => {
    spec.given(HISTORY.returned).when(commands.submit(APPLICANT, '2026-04-03T10:00:00+09:00')).then([events.resubmitted()]);
    spec
      .given(HISTORY.returned)
      .when(commands.submit(APPLICANT, '2026-04-03T10:00:00+09:00'))
      .thenState({ status: 'routed', submittedAt: TIMES.submission, routing: { centerId: 'jungbu', mappingVersion: 3 }, timesReturned: 1 });
  });

  it('is for the applicant only', () => {
    spec.given(HISTORY.drafted).when(commands.submit(SOMEONE_ELSE)).thenFails('APPLICATION.NOT_APPLICANT', { applicationId: APPLICATION_ID });
  });

  it.each([
    ['submitted', HISTORY.submitted],
    ['routed', HISTORY.routed],
    ['resubmitted', HISTORY.resubmitted],
    ['in evaluation', HISTORY.inEvaluation],
  ])('refuses a second submission once %s', (_status, history) => {
    spec.given(history).when(commands.submit()).thenFails('APPLICATION.ALREADY_SUBMITTED');
  });

  it('cannot submit a withdrawn application', () => {
    spec
      .given([...HISTORY.drafted, events.withdrawn()])
      .when(commands.submit())
      .thenFails('APPLICATION.WITHDRAWN');
  });
});

describe('application: WithdrawApplication', () => {
  it.each([
    ['drafted', HISTORY.drafted],
    ['submitted', HISTORY.submitted],
    ['routed', HISTORY.routed],
    ['returned for revision', HISTORY.returned],
    ['screened eligible', HISTORY.eligible],
    ['in evaluation', HISTORY.inEvaluation],
  ])('lets the applicant withdraw while %s', (_status, history) => {
    spec.given(history).when(commands.withdraw()).then([events.withdrawn()]);
    spec.given(history).when(commands.withdraw()).thenState({ status: 'withdrawn' });
  });

  it.each([
    ['screened-ineligible', [...HISTORY.routed, ineligible]],
    ['evaluated-passed', HISTORY.passed],
    ['evaluated-failed', [...HISTORY.inEvaluation, events.evaluated('failed', 41)]],
    ['selected', [...HISTORY.passed, events.outcomeRecorded('selected')]],
  ])('cannot withdraw once decided: %s', (status, history) => {
    spec.given(history).when(commands.withdraw()).thenFails('APPLICATION.ALREADY_DECIDED', { status });
  });

  it('is for the applicant only', () => {
    spec.given(HISTORY.routed).when(commands.withdraw(SOMEONE_ELSE)).thenFails('APPLICATION.NOT_APPLICANT');
  });

  it('needs a reason', () => {
    spec.given(HISTORY.routed).when(commands.withdraw(APPLICANT, '')).thenFails('APPLICATION.FIELD_REQUIRED', { field: 'reason' });
  });

  it('cannot withdraw twice', () => {
    spec
      .given([...HISTORY.routed, events.withdrawn()])
      .when(commands.withdraw())
      .thenFails('APPLICATION.WITHDRAWN');
  });
});
