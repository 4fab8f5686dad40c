import { Actor, won } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { candidateDecider, NoteSelectionFact, requestedWonOf, SelectionFact, SelectionFactNoted } from './candidate.decider';
import { by, centerStaff, m } from './testing/fixtures';

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
});
