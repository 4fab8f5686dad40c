import { won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { ConfirmMentor } from './engagement.commands';
import { engagementDecider } from './engagement.decider';
import { MAX_REPORT_LENGTH } from './engagement.state';
import {
  ALLOCATION,
  approved,
  cancelEngagement,
  cancelled,
  completed,
  completeEngagement,
  confirm,
  confirmed,
  ENGAGEMENT,
  logSession,
  propose,
  proposed,
  recordApproval,
  recordRejection,
  rejected,
  releaseRequested,
  requestAllocation,
  requested,
  session,
  sessionLogged,
  started,
  STARTED,
} from './testing/engagement.fixtures';
import { CONSORTIUM, coordinator, FIRM_A, FIRM_B, mentor, OTHER_CENTER, platform, programManager } from './testing/fixtures';

const spec = deciderSpecification(engagementDecider);
/** The same command from a coordinator of another center. */
const fromOtherCenter = (command: ConfirmMentor): ConfirmMentor => ({
  ...command,
  data: { ...command.data, actorCenterId: OTHER_CENTER },
  metadata: { ...command.metadata, actor: { ...coordinator, userId: 'coord-honam' } },
});
const COMPLETED = [...STARTED, sessionLogged(), completed('done', 1, 90)];

describe('ProposeEngagement', () => {
  it('opens an engagement with the candidates of matching, best first', () => {
    spec.given([]).when(propose()).then([proposed()]);
    spec
      .given([])
      .when(propose())
      .thenState({ status: 'proposed', candidates: ['m-1', 'm-2'], sessions: [] });
  });

  it('takes a consortium still forming, before any application', () => {
    const forming = { consortiumId: CONSORTIUM.consortiumId, firms: CONSORTIUM.firms, technologyFields: ['food-safety'] };
    spec
      .given([])
      .when(propose({ consortium: forming }))
      .thenState({ consortium: forming });
  });

  it('is for coordinators of the engagement’s own center', () => {
    spec
      .given([])
      .when(propose({}, programManager))
      .thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED', { role: 'program-manager', allowed: ['center-staff'] });
    spec
      .given([])
      .when(propose({ centerId: OTHER_CENTER }))
      .thenFails('ENGAGEMENT.OTHER_CENTER', { engagementId: ENGAGEMENT });
  });

  it('proposes an engagement once', () => {
    spec.given([proposed()]).when(propose()).thenFails('ENGAGEMENT.ALREADY_PROPOSED');
  });

  const withFirms = (firms: { registrationNumber: string; industryCode: string }[]) => ({ consortium: { ...CONSORTIUM, firms } });
  it.each([
    ['no-firms', withFirms([]), undefined],
    ['invalid-registration-number', withFirms([{ registrationNumber: '104-86-12345', industryCode: 'C26' }]), '104-86-12345'],
    [
      'duplicate-firm',
      withFirms([
        { registrationNumber: FIRM_A, industryCode: 'C26' },
        { registrationNumber: FIRM_A, industryCode: 'C10' },
      ]),
      FIRM_A,
    ],
    ['invalid-industry-code', withFirms([{ registrationNumber: FIRM_B, industryCode: 'C261101' }]), 'C261101'],
    ['no-technology-fields', { consortium: { ...CONSORTIUM, technologyFields: [] } }, undefined],
    ['blank-technology-field', { consortium: { ...CONSORTIUM, technologyFields: ['food-safety', ''] } }, ''],
    ['no-candidates', { candidates: [] }, undefined],
    ['duplicate-candidate', { candidates: ['m-1', 'm-2', 'm-1'] }, 'm-1'],
  ])('refuses a proposal with %s', (problem, changes, value) => {
    spec.given([]).when(propose(changes)).thenFails('ENGAGEMENT.INVALID_PROPOSAL', { problem, value });
  });
});

describe('ConfirmMentor', () => {
  it('confirms one of the proposed candidates', () => {
    spec
      .given([proposed()])
      .when(confirm(mentor('m-2')))
      .then([confirmed('m-2')]);
    spec
      .given([proposed()])
      .when(confirm(mentor('m-2')))
      .thenState({ status: 'mentor-confirmed', mentorId: 'm-2' });
  });

  it('re-checks conflicts of interest with the mentor’s facts as they are now', () => {
    const sinceDeclared = mentor('m-1', { relationships: [{ firm: FIRM_B, kind: 'business-partner' }] });
    spec
      .given([proposed()])
      .when(confirm(sinceDeclared))
      .thenFails('MATCHING.CONFLICT_OF_INTEREST', {
        mentorId: 'm-1',
        conflicts: [{ kind: 'declared-relationship', firm: FIRM_B, relationship: 'business-partner' }],
      });
    spec
      .given([proposed()])
      .when(confirm(mentor('m-1', { affiliation: { firm: FIRM_A } })))
      .thenFails('MATCHING.CONFLICT_OF_INTEREST', { conflicts: [{ kind: 'same-firm', firm: FIRM_A }] });
  });

  it('confirms only a candidate, and only an active mentor', () => {
    spec
      .given([proposed()])
      .when(confirm(mentor('m-9')))
      .thenFails('ENGAGEMENT.NOT_A_CANDIDATE', { mentorId: 'm-9' });
    spec
      .given([proposed()])
      .when(confirm(mentor('m-1', { status: 'retired' })))
      .thenFails('ENGAGEMENT.MENTOR_NOT_ACTIVE', { mentorId: 'm-1' });
  });

  it('confirms a mentor once', () => {
    spec
      .given([proposed(), confirmed()])
      .when(confirm(mentor('m-2')))
      .thenFails('ENGAGEMENT.MENTOR_ALREADY_CONFIRMED', { status: 'mentor-confirmed' });
    spec.given(STARTED).when(confirm()).thenFails('ENGAGEMENT.MENTOR_ALREADY_CONFIRMED', { status: 'started' });
  });

  it('needs a proposed engagement of the coordinator’s own center', () => {
    spec.given([]).when(confirm()).thenFails('ENGAGEMENT.NOT_FOUND', { engagementId: ENGAGEMENT });
    spec
      .given([proposed()])
      .when(confirm(mentor('m-1'), programManager))
      .thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
    spec.given([proposed()]).when(fromOtherCenter(confirm())).thenFails('ENGAGEMENT.OTHER_CENTER', { engagementId: ENGAGEMENT });
  });

  it('is refused once the engagement is closed', () => {
    spec.given([proposed(), cancelled()]).when(confirm()).thenFails('ENGAGEMENT.CLOSED', { status: 'cancelled' });
  });
});

describe('RequestAllocation', () => {
  it('asks grants for exactly ₩10,000,000', () => {
    spec.given([proposed(), confirmed()]).when(requestAllocation()).then([requested()]);
    spec
      .given([proposed(), confirmed()])
      .when(requestAllocation())
      .thenState({ status: 'allocation-requested', allocation: { allocationId: ALLOCATION, amount: won(10_000_000) } });
  });

  it('asks again, under a new id, after a rejection', () => {
    spec
      .given([proposed(), confirmed(), requested(), rejected()])
      .when(requestAllocation('allocation-42-2'))
      .then([requested('allocation-42-2')]);
  });

  it('needs a confirmed mentor', () => {
    spec.given([proposed()]).when(requestAllocation()).thenFails('ENGAGEMENT.MENTOR_NOT_CONFIRMED');
  });

  it('asks once at a time, and not after the start', () => {
    spec
      .given([proposed(), confirmed(), requested()])
      .when(requestAllocation('allocation-42-2'))
      .thenFails('ENGAGEMENT.ALLOCATION_PENDING', { engagementId: ENGAGEMENT });
    spec.given(STARTED).when(requestAllocation('allocation-42-2')).thenFails('ENGAGEMENT.ALREADY_STARTED');
    spec.given(COMPLETED).when(requestAllocation('allocation-42-2')).thenFails('ENGAGEMENT.CLOSED', { status: 'completed' });
  });

  it('is for coordinators', () => {
    spec.given([proposed(), confirmed()]).when(requestAllocation(ALLOCATION, platform)).thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
  });
});

describe('RecordAllocationApproval', () => {
  it('starts the engagement on the day of the approval', () => {
    spec
      .given([proposed(), confirmed(), requested()])
      .when(recordApproval())
      .then([approved(), started('2025-05-20')]);
    spec.given([proposed(), confirmed(), requested()]).when(recordApproval()).thenState({ status: 'started', startedOn: '2025-05-20' });
  });

  it('answers only the pending allocation', () => {
    spec
      .given([proposed(), confirmed(), requested()])
      .when(recordApproval('allocation-other'))
      .thenFails('ENGAGEMENT.NO_ALLOCATION_PENDING', { allocationId: 'allocation-other' });
    spec.given([proposed(), confirmed()]).when(recordApproval()).thenFails('ENGAGEMENT.NO_ALLOCATION_PENDING');
    spec.given(STARTED).when(recordApproval()).thenFails('ENGAGEMENT.NO_ALLOCATION_PENDING');
  });

  it('is recorded by the platform only', () => {
    spec
      .given([proposed(), confirmed(), requested()])
      .when(recordApproval(ALLOCATION, coordinator))
      .thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED', { allowed: ['system'] });
    spec.given([]).when(recordApproval()).thenFails('ENGAGEMENT.NOT_FOUND');
  });
});

describe('RecordAllocationRejection', () => {
  it('records grants’ refusal without starting', () => {
    spec.given([proposed(), confirmed(), requested()]).when(recordRejection()).then([rejected()]);
    spec.given([proposed(), confirmed(), requested()]).when(recordRejection()).thenState({ status: 'allocation-rejected' });
  });

  it('needs a reason and the pending allocation', () => {
    spec.given([proposed(), confirmed(), requested()]).when(recordRejection(' ')).thenFails('ENGAGEMENT.REASON_REQUIRED');
    spec.given([proposed(), confirmed(), requested(), rejected()]).when(recordRejection()).thenFails('ENGAGEMENT.NO_ALLOCATION_PENDING');
  });

  it('is recorded by the platform only', () => {
    spec
      .given([proposed(), confirmed(), requested()])
      .when(recordRejection('budget-exhausted', ALLOCATION, programManager))
      .thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
  });
});

describe('LogSession', () => {
  it('logs a session of a started engagement', () => {
    spec.given(STARTED).when(logSession()).then([sessionLogged()]);
    spec
      .given(STARTED)
      .when(logSession())
      .thenState({ sessions: [session()] });
  });

  it('is refused before the start', () => {
    spec.given([proposed(), confirmed(), requested()]).when(logSession()).thenFails('ENGAGEMENT.NOT_STARTED', { status: 'allocation-requested' });
    spec.given([proposed(), confirmed(), requested(), rejected()]).when(logSession()).thenFails('ENGAGEMENT.NOT_STARTED', { status: 'allocation-rejected' });
  });

  it.each([
    ['invalid-date', { date: '2025-02-29' }],
    ['invalid-date', { date: '20250520' }],
    ['before-start', { date: '2025-05-19' }],
    ['in-the-future', { date: '2025-05-21' }],
    ['invalid-duration', { minutes: 0 }],
    ['invalid-duration', { minutes: 1.5 }],
    ['invalid-duration', { minutes: 24 * 60 + 1 }],
    ['topic-required', { topic: '' }],
    ['outcome-required', { outcome: '   ' }],
  ])('refuses a session with %s (%j)', (problem, changes) => {
    spec
      .given(STARTED)
      .when(logSession(session('s-1', changes)))
      .thenFails('ENGAGEMENT.INVALID_SESSION', { problem });
  });

  it('accepts a whole day’s session held today', () => {
    const fullDay = session('s-1', { date: '2025-05-27', minutes: 24 * 60 });
    spec
      .given(STARTED)
      .when(logSession(fullDay, coordinator, '2025-05-27T23:59:00+09:00'))
      .then([sessionLogged(fullDay)]);
  });

  it('logs each session once', () => {
    spec
      .given([...STARTED, sessionLogged()])
      .when(logSession(session('s-1', { topic: 'again' })))
      .thenFails('ENGAGEMENT.SESSION_ALREADY_LOGGED', { sessionId: 's-1' });
  });

  it('is for the engagement center’s coordinators', () => {
    spec.given(STARTED).when(logSession(session(), programManager)).thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
    spec
      .given(COMPLETED)
      .when(logSession(session('s-2')))
      .thenFails('ENGAGEMENT.CLOSED');
  });
});

describe('CompleteEngagement', () => {
  const two = [...STARTED, sessionLogged(), sessionLogged(session('s-2', { minutes: 45 }))];

  it('completes with a short report and the sessions’ totals', () => {
    spec
      .given(two)
      .when(completeEngagement('Prototype built'))
      .then([completed('Prototype built', 2, 135)]);
    spec.given(two).when(completeEngagement()).thenState({ status: 'completed' });
  });

  it('needs at least one session', () => {
    spec.given(STARTED).when(completeEngagement()).thenFails('ENGAGEMENT.NO_SESSIONS', { engagementId: ENGAGEMENT });
  });

  it('needs a started engagement', () => {
    spec.given([proposed(), confirmed()]).when(completeEngagement()).thenFails('ENGAGEMENT.NOT_STARTED', { status: 'mentor-confirmed' });
    spec.given(COMPLETED).when(completeEngagement()).thenFails('ENGAGEMENT.CLOSED');
  });

  it('needs a report, and a short one', () => {
    spec.given(two).when(completeEngagement('')).thenFails('ENGAGEMENT.INVALID_REPORT', { problem: 'required' });
    spec
      .given(two)
      .when(completeEngagement('x'.repeat(MAX_REPORT_LENGTH)))
      .then([completed('x'.repeat(MAX_REPORT_LENGTH), 2, 135)]);
    spec
      .given(two)
      .when(completeEngagement('x'.repeat(MAX_REPORT_LENGTH + 1)))
      .thenFails('ENGAGEMENT.INVALID_REPORT', { problem: 'too-long', maxLength: 2000 });
  });

  it('is for coordinators', () => {
    spec.given(two).when(completeEngagement('done', platform)).thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
  });
});

describe('CancelEngagement', () => {
  it('asks for the release of a started engagement’s allocation', () => {
    spec
      .given([...STARTED, sessionLogged()])
      .when(cancelEngagement())
      .then([cancelled(), releaseRequested()]);
    spec.given(STARTED).when(cancelEngagement()).thenState({ status: 'cancelled' });
  });

  it('releases nothing when no allocation was approved', () => {
    spec.given([proposed()]).when(cancelEngagement()).then([cancelled()]);
    spec.given([proposed(), confirmed()]).when(cancelEngagement()).then([cancelled()]);
    spec.given([proposed(), confirmed(), requested(), rejected()]).when(cancelEngagement()).then([cancelled()]);
  });

  it('waits for grants’ answer on a pending allocation', () => {
    spec.given([proposed(), confirmed(), requested()]).when(cancelEngagement()).thenFails('ENGAGEMENT.ALLOCATION_PENDING');
  });

  it('needs a reason, and an engagement not yet closed', () => {
    spec.given(STARTED).when(cancelEngagement('')).thenFails('ENGAGEMENT.REASON_REQUIRED');
    spec.given(COMPLETED).when(cancelEngagement()).thenFails('ENGAGEMENT.CLOSED', { status: 'completed' });
    spec.given([proposed(), cancelled()]).when(cancelEngagement()).thenFails('ENGAGEMENT.CLOSED', { status: 'cancelled' });
  });

  it('is for the engagement center’s coordinators', () => {
    spec.given(STARTED).when(cancelEngagement('x', programManager)).thenFails('ENGAGEMENT.ROLE_NOT_ALLOWED');
    spec.given([]).when(cancelEngagement()).thenFails('ENGAGEMENT.NOT_FOUND');
  });
});

describe('engagement evolve', () => {
  it('ignores events that cannot precede a proposal', () => {
    expect(engagementDecider.evolve(engagementDecider.initialState(), confirmed())).toEqual({ status: 'none' });
  });

  it('leaves the state to the event recorded beside an approval or a release', () => {
    const requestedState = [proposed(), confirmed(), requested()].reduce(engagementDecider.evolve, engagementDecider.initialState());
    expect(engagementDecider.evolve(requestedState, approved())).toBe(requestedState);
    expect(engagementDecider.evolve(requestedState, releaseRequested())).toBe(requestedState);
  });
});
