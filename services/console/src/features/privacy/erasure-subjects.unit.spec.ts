import { ErasureRequest, isErasureKind, isSubjectId, partsOf, pendingFirst, retentionEndOf, subjectOf } from './erasure-subjects';

const request = (requestId: string, status: ErasureRequest['status'], proposedAt: string): ErasureRequest => ({
  requestId,
  subject: `applicant:${requestId}`,
  status,
  reason: '보존기간 만료',
  retentionEndedAt: '2026-01-01T00:00:00.000Z',
  proposedBy: { userId: 'pm-kim', role: 'program-manager' },
  proposedAt,
  decidedBy: status === 'proposed' ? null : { userId: 'pm-choi', role: 'program-manager' },
  decidedAt: status === 'proposed' ? null : '2026-03-02T00:00:00.000Z',
  rejectionReason: status === 'rejected' ? '감사 중' : null,
});

describe('naming the person to erase', () => {
  it('joins the kind and the id as the services take it, without the blanks around the id', () => {
    expect(subjectOf('applicant', ' u-7f3a ')).toBe('applicant:u-7f3a');
    expect(subjectOf('mentor', 'mentor-3')).toBe('mentor:mentor-3');
  });

  it('accepts an id of 1 to 200 characters without blanks, as the services do', () => {
    expect(isSubjectId('applicant-hanbit')).toBe(true);
    expect(isSubjectId('x'.repeat(200))).toBe(true);
    expect(isSubjectId('x'.repeat(201))).toBe(false);
    expect(isSubjectId('   ')).toBe(false);
    expect(isSubjectId('two words')).toBe(false);
  });

  it('knows the kinds of every service, and no other', () => {
    expect(['applicant', 'staff', 'committee-member', 'mentor'].every(isErasureKind)).toBe(true);
    expect(isErasureKind('firm')).toBe(false);
  });

  it('splits a subject at its first colon, an id may hold more', () => {
    expect(partsOf('committee-member:member-1')).toEqual({ kind: 'committee-member', id: 'member-1' });
    expect(partsOf('mentor:urn:x')).toEqual({ kind: 'mentor', id: 'urn:x' });
    expect(partsOf('odd')).toEqual({ kind: '', id: 'odd' });
  });
});

describe('the list of every service', () => {
  it('puts the requests waiting for a decision first, each group newest first', () => {
    const listed = pendingFirst([
      { service: 'centers', request: request('a', 'approved', '2026-03-01T00:00:00.000Z') },
      { service: 'mentoring', request: request('b', 'proposed', '2026-02-01T00:00:00.000Z') },
      { service: 'evaluation', request: request('c', 'rejected', '2026-03-05T00:00:00.000Z') },
      { service: 'centers', request: request('d', 'proposed', '2026-03-03T00:00:00.000Z') },
    ]);
    expect(listed.map((entry) => entry.request.requestId)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('the end of the retention period a refusal names', () => {
  const problem = (code: string, details?: Record<string, unknown>) => ({
    type: 'about:blank',
    title: 'Unprocessable',
    status: 422,
    code,
    detail: '…',
    details,
  });

  it('is the day of ERASURE.RETENTION_NOT_ENDED', () => {
    expect(retentionEndOf(problem('ERASURE.RETENTION_NOT_ENDED', { subject: 'staff:s-1', endsAt: '2031-03-01T09:00:00.000Z' }))).toBe(
      '2031-03-01T09:00:00.000Z',
    );
  });

  it('is none for another refusal, a missing or unreadable day, or no problem at all', () => {
    expect(retentionEndOf(problem('ERASURE.SUBJECT_UNKNOWN', { endsAt: '2031-03-01T09:00:00.000Z' }))).toBeNull();
    expect(retentionEndOf(problem('ERASURE.RETENTION_NOT_ENDED'))).toBeNull();
    expect(retentionEndOf(problem('ERASURE.RETENTION_NOT_ENDED', { endsAt: 'soon' }))).toBeNull();
    expect(retentionEndOf(undefined)).toBeNull();
  });
});
