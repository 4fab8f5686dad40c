import { Actor, KsicCode, won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { applicationDecider } from './application.decider';
import {
  APPLICATION_ID,
  AUDITOR,
  callFacts,
  CONTENT,
  commands,
  ELIGIBLE,
  events,
  HISTORY,
  JUNGBU_STAFF,
  PROGRAM_MANAGER,
  screeningFacts,
  SYSTEM,
} from './testing/applications.fixtures';

const spec = deciderSpecification(applicationDecider);
const HONAM_STAFF: Actor = { userId: 'staff-oh', role: 'center-staff' };
const COMMITTEE_MEMBER: Actor = { userId: 'member-han', role: 'committee-member' };
const withdrawnAfterRouting = [...HISTORY.routed, events.withdrawn()];

describe('application: RouteApplication', () => {
  it('records the center and mapping version the service resolved', () => {
    spec
      .given(HISTORY.submitted)
      .when(commands.route())
      .then([events.routed('jungbu')]);
    spec
      .given(HISTORY.submitted)
      .when(commands.route())
      .thenState({ status: 'routed', routing: { centerId: 'jungbu', mappingVersion: 3 } });
  });

  it('may be done by hand by a program manager', () => {
    spec
      .given(HISTORY.submitted)
      .when(commands.route(PROGRAM_MANAGER, 'honam'))
      .then([events.routed('honam')]);
  });

  it.each([JUNGBU_STAFF, AUDITOR])('is not for the $role role', (actor) => {
    spec
      .given(HISTORY.submitted)
      .when(commands.route(actor))
      .thenFails('APPLICATION.ROLE_NOT_ALLOWED', { role: actor.role, allowed: ['system', 'program-manager'] });
  });

  it('cannot route a draft', () => {
    spec.given(HISTORY.drafted).when(commands.route()).thenFails('APPLICATION.NOT_SUBMITTED');
  });

  it.each([
    ['routed', HISTORY.routed],
    ['returned for revision', HISTORY.returned],
    ['screened', HISTORY.eligible],
  ])('cannot route again once %s', (_status, history) => {
    spec.given(history).when(commands.route()).thenFails('APPLICATION.ALREADY_ROUTED');
  });

  it('needs a center and a mapping version from 1', () => {
    spec.given(HISTORY.submitted).when(commands.route(SYSTEM, ' ')).thenFails('APPLICATION.FIELD_REQUIRED', { field: 'centerId' });
    spec
      .given(HISTORY.submitted)
      .when(commands.route(SYSTEM, 'jungbu', 0))
      .thenFails('APPLICATION.MAPPING_VERSION_INVALID', { mappingVersion: 0 });
    spec
      .given(HISTORY.submitted)
      .when(commands.route(SYSTEM, 'jungbu', 2.5))
      .thenFails('APPLICATION.MAPPING_VERSION_INVALID');
  });

  it('cannot route a withdrawn application', () => {
    spec
      .given([...HISTORY.submitted, events.withdrawn()])
      .when(commands.route())
      .thenFails('APPLICATION.WITHDRAWN');
  });
});

describe('application: ReturnApplication', () => {
  it("lets the center's staff return it to the applicant once, with a reason", () => {
    spec.given(HISTORY.routed).when(commands.return()).then([events.returned()]);
    spec.given(HISTORY.routed).when(commands.return()).thenState({ status: 'returned-for-revision', timesReturned: 1 });
  });

  it('lets a program manager return it, whatever the center', () => {
    spec.given(HISTORY.routed).when(commands.return(PROGRAM_MANAGER, null)).then([events.returned()]);
  });

  it('refuses a second return after the applicant resubmitted', () => {
    spec.given(HISTORY.resubmitted).when(commands.return()).thenFails('APPLICATION.ALREADY_RETURNED_ONCE', { applicationId: APPLICATION_ID });
  });

  it('refuses a second return while the first is still with the applicant', () => {
    spec.given(HISTORY.returned).when(commands.return()).thenFails('APPLICATION.ALREADY_RETURNED_ONCE');
  });

  it('refuses staff of another center, or staff whose token names no center', () => {
    spec.given(HISTORY.routed).when(commands.return(HONAM_STAFF, 'honam')).thenFails('APPLICATION.OTHER_CENTER');
    spec.given(HISTORY.routed).when(commands.return(JUNGBU_STAFF, null)).thenFails('APPLICATION.OTHER_CENTER');
  });

  it('refuses center staff before the application has reached any center', () => {
    spec.given(HISTORY.submitted).when(commands.return()).thenFails('APPLICATION.OTHER_CENTER');
  });

  it.each([SYSTEM, COMMITTEE_MEMBER, AUDITOR])('is not for the $role role', (actor) => {
    spec
      .given(HISTORY.routed)
      .when(commands.return(actor))
      .thenFails('APPLICATION.ROLE_NOT_ALLOWED', { allowed: ['center-staff', 'program-manager'] });
  });

  it('cannot return an application that has not reached a center', () => {
    spec.given(HISTORY.submitted).when(commands.return(PROGRAM_MANAGER)).thenFails('APPLICATION.NOT_ROUTED', { status: 'submitted' });
  });

  it('cannot return after screening: only before it', () => {
    spec.given(HISTORY.eligible).when(commands.return()).thenFails('APPLICATION.ALREADY_SCREENED', { status: 'screened-eligible' });
  });

  it('needs a reason the applicant can act on', () => {
    spec
      .given(HISTORY.routed)
      .when(commands.return(JUNGBU_STAFF, 'jungbu', ''))
      .thenFails('APPLICATION.FIELD_REQUIRED', { field: 'reason' });
  });

  it('cannot return a withdrawn application', () => {
    spec.given(withdrawnAfterRouting).when(commands.return()).thenFails('APPLICATION.WITHDRAWN');
  });
});

describe('application: ScreenApplication', () => {
  it('records an eligible result', () => {
    spec
      .given(HISTORY.routed)
      .when(commands.screen())
      .then([events.screened(ELIGIBLE)]);
    spec.given(HISTORY.routed).when(commands.screen()).thenState({ status: 'screened-eligible', screening: ELIGIBLE });
  });

  it('records an ineligible result with every failed rule', () => {
    const facts = screeningFacts({ call: callFacts({ capPerProject: won(200_000_000) }), firmsInOtherActiveApplications: ['1058601235'] });

    spec
      .given(HISTORY.routed)
      .when(commands.screen(facts))
      .thenState({
        status: 'screened-ineligible',
        screening: {
          outcome: 'ineligible',
          failures: [
            expect.objectContaining({ code: 'SCREENING.ABOVE_CALL_CAP', details: { requestedAmount: 250_000_000, capPerProject: 200_000_000 } }),
            expect.objectContaining({ code: 'SCREENING.FIRM_IN_OTHER_APPLICATION', details: { registrationNumbers: ['1058601235'] } }),
          ],
          rulesChecked: ELIGIBLE.rulesChecked,
        },
      });
  });

  it('screens a resubmitted application on its revised content against its first submission time', () => {
    const leadFirmAlone = { ...CONTENT, partnerFirms: [] };
    const history = [events.drafted(leadFirmAlone), events.submitted(), events.routed(), events.returned(), events.revised(CONTENT), events.resubmitted()];
    const closedSinceThen = screeningFacts({ call: callFacts({ closesAt: '2026-03-11T18:00:00+09:00' }) });

    spec
      .given(history)
      .when(commands.screen(closedSinceThen))
      .then([events.screened(ELIGIBLE)]);
  });

  it("screens by the grants context's cap, carried in the facts", () => {
    const history = [events.drafted(), events.submitted(), events.routed()];

    spec.given(history).when(commands.screen()).thenState({ status: 'screened-eligible' });
    spec
      .given(history)
      .when(commands.screen(screeningFacts({ programLimit: won(200_000_000) })))
      .thenState({ status: 'screened-ineligible' });
  });

  it("screens by the call's industry level, carried in the facts", () => {
    const sameGroup = { ...CONTENT, partnerFirms: [{ ...CONTENT.partnerFirms[0], industryCode: 'C29120' as KsicCode }] };
    const history = [events.drafted(sameGroup), events.submitted(), events.routed()];

    spec.given(history).when(commands.screen()).thenState({ status: 'screened-ineligible' });
    spec
      .given(history)
      .when(commands.screen(screeningFacts({ call: callFacts({ industryLevel: 'class' }) })))
      .thenState({ status: 'screened-eligible' });
  });

  it('lets a program manager screen any center’s application', () => {
    spec
      .given(HISTORY.routed)
      .when(commands.screen(screeningFacts(), PROGRAM_MANAGER, null))
      .thenState({ status: 'screened-eligible' });
  });

  it('refuses staff of another center', () => {
    spec
      .given(HISTORY.routed)
      .when(commands.screen(screeningFacts(), HONAM_STAFF, 'honam'))
      .thenFails('APPLICATION.OTHER_CENTER');
  });

  it.each([SYSTEM, COMMITTEE_MEMBER])('is not for the $role role', (actor) => {
    spec.given(HISTORY.routed).when(commands.screen(screeningFacts(), actor)).thenFails('APPLICATION.ROLE_NOT_ALLOWED');
  });

  it('cannot screen before the application reaches a center', () => {
    spec.given(HISTORY.submitted).when(commands.screen(screeningFacts(), PROGRAM_MANAGER)).thenFails('APPLICATION.NOT_ROUTED');
  });

  it('cannot screen while the application is back with the applicant', () => {
    spec.given(HISTORY.returned).when(commands.screen()).thenFails('APPLICATION.AWAITING_RESUBMISSION');
  });

  it('cannot screen twice', () => {
    spec.given(HISTORY.eligible).when(commands.screen()).thenFails('APPLICATION.ALREADY_SCREENED');
    spec.given(HISTORY.inEvaluation).when(commands.screen()).thenFails('APPLICATION.ALREADY_SCREENED', { status: 'in-evaluation' });
  });

  it('refuses facts about another call', () => {
    const otherCall = screeningFacts({ call: callFacts({ callId: 'call-2026-agri' }) });
    spec.given(HISTORY.routed).when(commands.screen(otherCall)).thenFails('APPLICATION.FACTS_FOR_OTHER_CALL', { factsCallId: 'call-2026-agri' });
  });

  it('cannot screen a withdrawn application', () => {
    spec.given(withdrawnAfterRouting).when(commands.screen()).thenFails('APPLICATION.WITHDRAWN');
  });
});
