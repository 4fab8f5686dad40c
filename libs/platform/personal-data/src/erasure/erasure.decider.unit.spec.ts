import { Actor } from '@yunghap/kernel';
import { erasureDecider, ErasureCommand, SubjectStanding } from './erasure.decider';
import { ErasureEvent } from './erasure.events';
import { parseRetentionDays, retentionEndOf } from './retention';

const kim: Actor = { userId: 'pm-kim', role: 'program-manager' };
const lee: Actor = { userId: 'pm-lee', role: 'program-manager' };
const staff: Actor = { userId: 'staff-park', role: 'center-staff' };
const NOW = '2031-03-01T00:00:00.000Z';
const held: SubjectStanding = { held: 'held', retentionEndsAt: '2031-01-01T00:00:00.000Z' };

const propose = (standing: SubjectStanding = held, actor = kim): ErasureCommand => ({
  type: 'ProposeErasure',
  data: { requestId: 'r-1', subject: 'applicant:u-7', reason: '보존기간 만료', standing },
  metadata: { now: NOW, actor },
});
const approve = (actor: Actor): ErasureCommand => ({ type: 'ApproveErasure', data: { requestId: 'r-1' }, metadata: { now: NOW, actor } });
const reject = (actor: Actor): ErasureCommand => ({ type: 'RejectErasure', data: { requestId: 'r-1', reason: '소송 진행 중' }, metadata: { now: NOW, actor } });

const proposed: ErasureEvent = {
  type: 'PersonalDataErasureProposed',
  data: {
    requestId: 'r-1',
    subject: 'applicant:u-7',
    reason: '보존기간 만료',
    retentionEndedAt: held.retentionEndsAt as string,
    proposedBy: kim,
    proposedAt: NOW,
  },
};

function given(events: readonly ErasureEvent[], command: ErasureCommand) {
  return erasureDecider.decide(command, events.reduce(erasureDecider.evolve, erasureDecider.initialState()));
}
const codeOf = (decision: ReturnType<typeof given>) => ('code' in decision ? decision.code : 'events');

describe('erasure of a person’s data', () => {
  it('is proposed by a program manager once the retention period has ended, naming the person only by subject', () => {
    expect(given([], propose())).toEqual([proposed]);
  });

  it('is refused before the retention period ends, for a person whose data is not held or already erased, and to other roles', () => {
    expect(given([], propose({ held: 'held', retentionEndsAt: '2031-03-01T00:00:00.001Z' }))).toMatchObject({
      code: 'ERASURE.RETENTION_NOT_ENDED',
      kind: 'rule',
      details: { endsAt: '2031-03-01T00:00:00.001Z' },
    });
    expect(codeOf(given([], propose({ held: 'unknown', retentionEndsAt: null })))).toBe('ERASURE.SUBJECT_UNKNOWN');
    expect(codeOf(given([], propose({ held: 'erased', retentionEndsAt: NOW })))).toBe('ERASURE.ALREADY_ERASED');
    expect(codeOf(given([], propose(held, staff)))).toBe('ERASURE.ROLE_NOT_ALLOWED');
    expect(codeOf(given([proposed], propose()))).toBe('ERASURE.ALREADY_REQUESTED');
  });

  it('is approved by a second program manager, never by the one who proposed it', () => {
    expect(given([proposed], approve(lee))).toEqual([
      { type: 'PersonalDataErasureApproved', data: { requestId: 'r-1', subject: 'applicant:u-7', approvedBy: lee, approvedAt: NOW } },
    ]);
    expect(given([proposed], approve(kim))).toMatchObject({ code: 'ERASURE.SAME_APPROVER', kind: 'forbidden' });
    expect(codeOf(given([proposed], approve(staff)))).toBe('ERASURE.ROLE_NOT_ALLOWED');
    expect(codeOf(given([], approve(lee)))).toBe('ERASURE.NOT_FOUND');
  });

  it('may be rejected (or withdrawn by its proposer); a decided request is decided for good', () => {
    expect(given([proposed], reject(kim))).toEqual([
      { type: 'PersonalDataErasureRejected', data: { requestId: 'r-1', subject: 'applicant:u-7', reason: '소송 진행 중', rejectedBy: kim, rejectedAt: NOW } },
    ]);
    const approved = given([proposed], approve(lee)) as ErasureEvent[];
    expect(given([proposed, ...approved], reject(kim))).toMatchObject({ code: 'ERASURE.NOT_PENDING', details: { status: 'approved' } });
    const rejected = given([proposed], reject(lee)) as ErasureEvent[];
    expect(given([proposed, ...rejected], approve(lee))).toMatchObject({ code: 'ERASURE.NOT_PENDING', details: { status: 'rejected' } });
  });
});

describe('retention periods', () => {
  it('run per kind from the last time the data was recorded; an unconfigured kind keeps the longest', () => {
    const days = parseRetentionDays('applicant=30, mentor=0');
    expect(retentionEndOf('applicant', '2026-01-01T00:00:00.000Z', days)).toBe('2026-01-31T00:00:00.000Z');
    expect(retentionEndOf('mentor', '2026-01-01T00:00:00.000Z', days)).toBe('2026-01-01T00:00:00.000Z');
    expect(retentionEndOf('visitor', '2026-01-01T00:00:00.000Z', days)).toBe('2030-12-31T00:00:00.000Z');
  });

  it('refuse a setting that is not <kind>=<whole days>', () => {
    expect(() => parseRetentionDays('applicant=5y')).toThrow('"applicant=5y" is not <kind>=<whole days>');
    expect(() => parseRetentionDays('=3')).toThrow(RangeError);
  });
});
