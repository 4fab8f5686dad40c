import { Actor } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { FormCommittee, SetScoringDeadline } from './committee.commands';
import { committeeDecider } from './committee.decider';
import { CommitteeFormed, ScoringDeadlineSet } from './committee.events';
import { by, CALL, CENTER, centerStaff, COMMITTEE, expert, programManager } from './testing/fixtures';

const spec = deciderSpecification(committeeDecider);
const scope = { kind: 'center', centerId: CENTER } as const;
// The fixtures' clock reads 2025-04-01T10:00:00+09:00.
const DUE = '2025-04-15T18:00:00+09:00';

const form = (scoresDueAt?: string): FormCommittee => ({
  type: 'FormCommittee',
  data: { committeeId: COMMITTEE, callId: CALL, scope, ...(scoresDueAt && { scoresDueAt }) },
  metadata: by(programManager),
});
const setDeadline = (scoresDueAt: string, actor: Actor = programManager): SetScoringDeadline => ({
  type: 'SetScoringDeadline',
  data: { committeeId: COMMITTEE, scoresDueAt },
  metadata: by(actor),
});
const formed = (scoresDueAt?: string): CommitteeFormed => ({
  type: 'CommitteeFormed',
  data: { committeeId: COMMITTEE, callId: CALL, scope, ...(scoresDueAt && { scoresDueAt }) },
});
const deadlineSet = (scoresDueAt: string): ScoringDeadlineSet => ({ type: 'ScoringDeadlineSet', data: { committeeId: COMMITTEE, scoresDueAt } });

describe("A committee's scoring deadline", () => {
  it('may be given when the committee is formed', () => {
    spec
      .given([])
      .when(form(DUE))
      .then([formed(DUE)]);
    spec
      .given([formed(DUE)])
      .when(setDeadline('2025-04-20T18:00:00+09:00'))
      .thenState({ scoresDueAt: '2025-04-20T18:00:00+09:00' });
  });

  it('is unknown for a committee formed without one, events from before deadlines included', () => {
    spec.given([]).when(form()).thenState({ status: 'formed', scoresDueAt: null });
  });

  it('is set and moved later by a program manager', () => {
    spec
      .given([formed()])
      .when(setDeadline(DUE))
      .then([deadlineSet(DUE)]);
    spec
      .given([formed(), deadlineSet(DUE)])
      .when(setDeadline('2025-04-22T09:00:00+09:00'))
      .then([deadlineSet('2025-04-22T09:00:00+09:00')]);
  });

  it('records nothing when the same moment is set again, however it is written', () => {
    spec
      .given([formed(DUE)])
      .when(setDeadline('2025-04-15T09:00:00Z'))
      .then([]);
  });

  it('must lie after the moment it is set', () => {
    spec
      .given([formed()])
      .when(setDeadline('2025-04-01T10:00:00+09:00'))
      .thenFails('COMMITTEE.DEADLINE_NOT_AHEAD', { field: 'scoresDueAt', scoresDueAt: '2025-04-01T10:00:00+09:00' });
    spec.given([]).when(form('2025-03-31T23:59:00+09:00')).thenFails('COMMITTEE.DEADLINE_NOT_AHEAD', { field: 'scoresDueAt' });
  });

  it('is not for members or center staff to set', () => {
    spec
      .given([formed()])
      .when(setDeadline(DUE, expert('e1')))
      .thenFails('COMMITTEE.ROLE_NOT_ALLOWED', { allowed: ['program-manager'] });
    spec.given([formed()]).when(setDeadline(DUE, centerStaff)).thenFails('COMMITTEE.ROLE_NOT_ALLOWED');
  });

  it('needs a formed committee', () => {
    spec.given([]).when(setDeadline(DUE)).thenFails('COMMITTEE.NOT_FOUND');
  });
});
