import { Actor, won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import {
  AwardReleased,
  AwardReserved,
  awardRecipientOf,
  candidateDecider,
  NoteSelectionFact,
  ReleaseAward,
  requestedWonOf,
  ReserveAward,
  SelectionFact,
  SelectionFactNoted,
  SubmissionFact,
} from './candidate.decider';
import { by, centerStaff, financeOfficer, m, programManager } from './testing/fixtures';

const spec = deciderSpecification(candidateDecider);
const APPLICATION = 'app-0001';
const applicationsService: Actor = { userId: 'applications-service', role: 'system' };

const submission: SelectionFact = {
  kind: 'submission',
  callId: 'call-2026',
  centerId: 'honam',
  title: 'Smart farm sensors',
  requestedWon: m(300),
  submittedAt: '2026-03-02T10:00:00+09:00',
};
const screening: SelectionFact = {
  kind: 'screening',
  callId: 'call-2026',
  centerId: 'honam',
  eligible: true,
  failedRules: [],
  requestedWon: m(250),
  screenedAt: '2026-03-09T10:00:00+09:00',
};
const note = (fact: SelectionFact, actor: Actor = applicationsService): NoteSelectionFact => ({
  type: 'NoteSelectionFact',
  data: { applicationId: APPLICATION, fact },
  metadata: by(actor),
});
const noted = (fact: SelectionFact): SelectionFactNoted => ({ type: 'SelectionFactNoted', data: { applicationId: APPLICATION, fact } });

describe('candidate decider', () => {
  it('notes a fact another service sent', () => {
    spec
      .given([])
      .when(note(submission))
      .then([noted(submission)]);
  });

  it('keeps the first copy of each fact: a redelivery records nothing', () => {
    spec
      .given([noted(submission)])
      .when(note({ ...submission, title: 'Renamed' }))
      .then([]);
  });

  it('takes facts in any order', () => {
    spec
      .given([noted(screening)])
      .when(note(submission))
      .then([noted(submission)]);
  });

  it('refuses facts from anyone but a service', () => {
    spec.given([]).when(note(submission, centerStaff)).thenFails('CANDIDATE.ROLE_NOT_ALLOWED');
  });

  it('asks for the screened amount, else the submitted one', () => {
    const fold = (events: readonly SelectionFactNoted[]) => events.reduce(candidateDecider.evolve, candidateDecider.initialState());
    expect(requestedWonOf(fold([]))).toBeUndefined();
    expect(requestedWonOf(fold([noted(submission)]))).toBe(m(300));
    expect(requestedWonOf(fold([noted(submission), noted(screening)]))).toBe(won(250_000_000));
  });

  describe('one active grant per application', () => {
    const reserve = (grantId: string, actor: Actor = programManager): ReserveAward => ({
      type: 'ReserveAward',
      data: { applicationId: APPLICATION, grantId },
      metadata: by(actor),
    });
    const release = (grantId: string, actor: Actor = financeOfficer): ReleaseAward => ({
      type: 'ReleaseAward',
      data: { applicationId: APPLICATION, grantId },
      metadata: by(actor),
    });
    const reserved = (grantId: string): AwardReserved => ({ type: 'AwardReserved', data: { applicationId: APPLICATION, grantId } });
    const released = (grantId: string): AwardReleased => ({ type: 'AwardReleased', data: { applicationId: APPLICATION, grantId } });

    it('is reserved by a proposal for a free application', () => {
      spec
        .given([noted(submission)])
        .when(reserve('g-1'))
        .then([reserved('g-1')]);
    });

    it('refuses a second grant while one is active, naming the active grant', () => {
      spec
        .given([noted(submission), reserved('g-1')])
        .when(reserve('g-2'))
        .thenFails('GRANT.APPLICATION_ALREADY_AWARDED');
      const refusal = candidateDecider.decide(reserve('g-2'), candidateDecider.evolve({}, reserved('g-1')));
      expect(refusal).toMatchObject({ kind: 'conflict', details: { applicationId: APPLICATION, activeGrantId: 'g-1' } });
      expect(refusal).toHaveProperty('message', expect.stringMatching(/^이 신청에는 이미 진행 중인 지원 과제 g-1/));
    });

    it('records nothing when the active grant reserves again (an approval re-checking)', () => {
      spec
        .given([reserved('g-1')])
        .when(reserve('g-1', financeOfficer))
        .then([]);
    });

    it('is freed by the release of the active grant, and a new grant may then reserve it', () => {
      spec
        .given([reserved('g-1')])
        .when(release('g-1'))
        .then([released('g-1')]);
      spec
        .given([reserved('g-1'), released('g-1')])
        .when(reserve('g-2'))
        .then([reserved('g-2')]);
    });

    it('is not freed by the release of a grant that does not hold it', () => {
      spec
        .given([reserved('g-1')])
        .when(release('g-legacy'))
        .then([]);
    });

    it('is reserved and released by program managers and finance only', () => {
      spec.given([]).when(reserve('g-1', centerStaff)).thenFails('CANDIDATE.ROLE_NOT_ALLOWED');
      spec
        .given([reserved('g-1')])
        .when(release('g-1', applicationsService))
        .thenFails('CANDIDATE.ROLE_NOT_ALLOWED');
    });
  });
});

describe('the recipient of an award to the application', () => {
  const members = [
    { registrationNumber: '3058677714', name: '누리소프트', lead: false },
    { registrationNumber: '3148123478', name: '한빛정밀', lead: true },
  ];

  it('is the consortium of its submission, named by its lead firm', () => {
    expect(awardRecipientOf({ submission: { ...(submission as SubmissionFact), members } })).toEqual({
      leadRegistrationNumber: '3148123478',
      leadName: '한빛정밀',
      members,
    });
  });

  it('is unknown for a submission noted before grants kept the firms', () => {
    expect(awardRecipientOf({ submission: submission as SubmissionFact })).toBeUndefined();
    expect(awardRecipientOf({})).toBeUndefined();
  });
});
