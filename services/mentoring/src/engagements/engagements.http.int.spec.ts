import { TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { MentoringModule } from '../mentoring.module';
import {
  answer,
  approved,
  auditor,
  committee,
  engagementIn,
  finance,
  listen,
  pm,
  registerMentor,
  rejected,
  staffOf,
  today,
} from '../testing/mentoring-test-kit';

const FIRM_A = '2208100001';
const FIRM_B = '2208100002';
const honam = staffOf('honam', 'coord-kim');
const honamColleague = staffOf('honam', 'coord-lee');
const jungbu = staffOf('jungbu');
const consortium = {
  consortiumId: 'consortium-17',
  applicationId: 'app-17',
  firms: [
    { registrationNumber: FIRM_A, industryCode: 'C26110' },
    { registrationNumber: FIRM_B, industryCode: 'J58' },
  ],
  technologyFields: ['battery-management', 'iot-sensing'],
};

describe('mentoring engagements over HTTP, with grants answering over the bus', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const pool: Record<string, string> = {};
  const engagements = () => request(service.http).post('/api/mentoring/engagements');
  const act = (id: string, step: string, token = honam) => request(service.http).post(`/api/mentoring/engagements/${id}/${step}`).set('Authorization', token);
  const read = (id: string, token = pm) => request(service.http).get(`/api/mentoring/engagements/${id}`).set('Authorization', token);
  const messagesOf = (engagementId: string, type: string) => published.filter((m) => m.key === engagementId && m.type === type);
  const session = (overrides: object = {}) => ({ date: today(), minutes: 90, topic: 'BMS roadmap', outcome: 'Prototype plan agreed', ...overrides });

  /** A proposed engagement for the default consortium, by the honam coordinator. */
  async function propose(): Promise<string> {
    return (await engagements().set('Authorization', honam).send({ consortium }).expect(201)).body.engagementId;
  }

  /** Proposed, mentor confirmed and allocation requested; returns the engagement and allocation ids. */
  async function requested(): Promise<{ id: string; allocationId: string }> {
    const id = await propose();
    await act(id, 'mentor').send({ mentorId: pool.both }).expect(200);
    const res = await act(id, 'allocation').expect(200);
    return { id, allocationId: res.body.allocations.at(-1).allocationId };
  }

  async function started(): Promise<string> {
    const { id, allocationId } = await requested();
    await answer(service, approved(id, allocationId));
    await engagementIn(service, id, 'started');
    return id;
  }

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
    published = await listen(service, TOPICS.mentoring);
    pool.both = await registerMentor(service, { name: 'both', expertise: { fields: ['battery-management', 'iot-sensing'], industries: ['C26'] } });
    pool.section = await registerMentor(service, {
      kind: 'convergence-consultant',
      name: 'section',
      expertise: { fields: ['battery-management'], industries: ['C'] },
    });
    pool.late = await registerMentor(service, { name: 'late', expertise: { fields: ['iot-sensing'], industries: [] } });
    pool.sameFirm = await registerMentor(service, { kind: 'senior-firm', name: 'same firm', affiliation: { firm: FIRM_A } });
    pool.tied = await registerMentor(service, { name: 'tied' });
    await request(service.http)
      .post(`/api/mentoring/mentors/${pool.tied}/relationships`)
      .set('Authorization', pm)
      .send({ firm: FIRM_B, kind: 'family' })
      .expect(201);
    pool.unrelated = await registerMentor(service, { name: 'unrelated', expertise: { fields: ['biotech'], industries: ['Q'] } });
    pool.retired = await registerMentor(service, { name: 'retired' });
    await request(service.http).post(`/api/mentoring/mentors/${pool.retired}/retire`).set('Authorization', pm).send({ reason: 'retired' }).expect(200);
  });
  afterAll(() => service.close());

  describe('proposal and matching', () => {
    it('ranks the active pool by field then industry overlap, and records every exclusion with its reasons', async () => {
      const res = await engagements().set('Authorization', honam).send({ consortium }).expect(201);
      expect(res.body).toMatchObject({ status: 'proposed', centerId: 'honam', consortium, proposedBy: 'coord-kim', allocations: [], sessions: [] });
      expect(res.body.engagementId).toEqual(expect.any(String));
      expect(res.body).not.toHaveProperty('_id');
      expect(res.body.candidates).toEqual([
        { mentorId: pool.both, matchedFields: ['battery-management', 'iot-sensing'], matchedIndustries: ['C26110'] },
        { mentorId: pool.section, matchedFields: ['battery-management'], matchedIndustries: ['C26110'] },
        { mentorId: pool.late, matchedFields: ['iot-sensing'], matchedIndustries: [] },
      ]);
      const reasons = Object.fromEntries(res.body.excluded.map((e: { mentorId: string; reasons: unknown[] }) => [e.mentorId, e.reasons]));
      expect(reasons).toEqual({
        [pool.sameFirm]: [{ kind: 'same-firm', firm: FIRM_A }],
        [pool.tied]: [{ kind: 'declared-relationship', firm: FIRM_B, relationship: 'family' }],
        [pool.unrelated]: [{ kind: 'no-overlap' }],
      });
    });

    it('is for a center’s own coordinators: other roles and centers are 403, no token 401', async () => {
      for (const token of [pm, finance, auditor, committee]) await engagements().set('Authorization', token).send({ consortium }).expect(403);
      expect((await engagements().set('Authorization', jungbu).send({ centerId: 'honam', consortium }).expect(403)).body.code).toBe('ENGAGEMENT.OTHER_CENTER');
      await engagements().send({ consortium }).expect(401);
    });

    it('answers 400 for a malformed consortium and 422 when nobody in the pool can be proposed', async () => {
      const bad = { ...consortium, firms: [{ registrationNumber: '220-81-00001', industryCode: 'C26110' }], technologyFields: [] };
      const res = await engagements().set('Authorization', honam).send({ consortium: bad }).expect(400);
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(
        new Set(['consortium.firms[0].registrationNumber', 'consortium.technologyFields']),
      );
      const nobody = { ...consortium, firms: [{ registrationNumber: FIRM_A, industryCode: 'T98' }], technologyFields: ['quantum-sensing'] };
      const none = await engagements().set('Authorization', honam).send({ consortium: nobody }).expect(422);
      expect(none.body).toMatchObject({ code: 'ENGAGEMENT.INVALID_PROPOSAL', details: { problem: 'no-candidates' } });
    });
  });

  describe('reading', () => {
    it('shows an engagement to program managers, finance, auditors and its own center; not to another center or a committee member', async () => {
      const id = await propose();
      for (const token of [pm, finance, auditor, honam]) await read(id, token).expect(200);
      expect((await read(id, jungbu).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
      await read(id, committee).expect(403);
      expect((await read('nothing').expect(404)).body.code).toBe('ENGAGEMENT.NOT_FOUND');
    });

    it('lists a center’s engagements for its staff, and all of them for program-wide roles', async () => {
      await engagements().set('Authorization', jungbu).send({ consortium }).expect(201);
      const list = (token: string, query: object = {}) => request(service.http).get('/api/mentoring/engagements').query(query).set('Authorization', token);
      const own = await list(honam).expect(200);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(own.body.items.every((item: { centerId: string }) => item.centerId === 'honam')).toBe(true);
      await list(jungbu, { centerId: 'honam' }).expect(403);
      await list(committee).expect(403);
      const all = await list(finance, { status: 'proposed' }).expect(200);
      expect(new Set(all.body.items.map((item: { centerId: string }) => item.centerId))).toEqual(new Set(['honam', 'jungbu']));
      expect((await list(pm, { centerId: 'jungbu' }).expect(200)).body.items).toHaveLength(1);
      await list(pm, { status: 'dormant' }).expect(400);
    });
  });

  describe('confirming a mentor', () => {
    it('checks conflicts again: a tie declared since matching blocks the candidate (422)', async () => {
      const id = await propose();
      await request(service.http)
        .post(`/api/mentoring/mentors/${pool.late}/relationships`)
        .set('Authorization', pm)
        .send({ firm: FIRM_A, kind: 'employment' })
        .expect(201);
      const res = await act(id, 'mentor').send({ mentorId: pool.late }).expect(422);
      expect(res.body).toMatchObject({
        code: 'MATCHING.CONFLICT_OF_INTEREST',
        details: { conflicts: [{ kind: 'declared-relationship', firm: FIRM_A, relationship: 'employment' }] },
      });
    });

    it('takes candidates only (422), once (409), from the engagement’s own coordinators (403)', async () => {
      const id = await propose();
      expect((await act(id, 'mentor').send({ mentorId: pool.sameFirm }).expect(422)).body.code).toBe('ENGAGEMENT.NOT_A_CANDIDATE');
      expect((await act(id, 'mentor').send({ mentorId: 'nobody' }).expect(422)).body.code).toBe('ENGAGEMENT.NOT_A_CANDIDATE');
      await act(id, 'mentor').send({}).expect(400);
      await act(id, 'mentor', pm).send({ mentorId: pool.both }).expect(403);
      await act(id, 'mentor', jungbu).send({ mentorId: pool.both }).expect(403);
      await act('nothing', 'mentor').send({ mentorId: pool.both }).expect(404);

      const res = await act(id, 'mentor').send({ mentorId: pool.both }).expect(200);
      expect(res.body).toMatchObject({ status: 'mentor-confirmed', mentorId: pool.both, confirmedBy: 'coord-kim' });
      expect((await act(id, 'mentor').send({ mentorId: pool.section }).expect(409)).body.code).toBe('ENGAGEMENT.MENTOR_ALREADY_CONFIRMED');
    });
  });

  describe('the allocation saga', () => {
    it('runs the lifecycle: request → AllocationRequested → approval (twice) → started → sessions → completed', async () => {
      const id = await propose();
      expect((await act(id, 'allocation').expect(409)).body.code).toBe('ENGAGEMENT.MENTOR_NOT_CONFIRMED');
      await act(id, 'mentor').send({ mentorId: pool.both }).expect(200);
      await act(id, 'allocation', jungbu).expect(403);
      await act(id, 'allocation', finance).expect(403);

      const res = await act(id, 'allocation', honamColleague).expect(200);
      expect(res.body.status).toBe('allocation-requested');
      const [allocation] = res.body.allocations;
      expect(allocation).toMatchObject({ amountWon: 10_000_000, status: 'requested', requestedBy: 'coord-lee' });
      const [message] = await eventually(() =>
        messagesOf(id, 'mentoring.AllocationRequested').length ? messagesOf(id, 'mentoring.AllocationRequested') : undefined,
      );
      expect(message.payload).toEqual({
        allocationId: allocation.allocationId,
        engagementId: id,
        centerId: 'honam',
        consortiumId: 'consortium-17',
        applicationId: 'app-17',
        amountWon: 10_000_000,
        confirmedBy: 'coord-kim',
        requestedAt: expect.any(String),
      });

      expect((await act(id, 'allocation').expect(409)).body.code).toBe('ENGAGEMENT.ALLOCATION_PENDING');
      expect((await act(id, 'cancel').send({ reason: 'changed our mind' }).expect(409)).body.code).toBe('ENGAGEMENT.ALLOCATION_PENDING');
      expect((await act(id, 'sessions').send(session()).expect(409)).body.code).toBe('ENGAGEMENT.NOT_STARTED');

      const approval = approved(id, allocation.allocationId);
      await answer(service, approval, { ...approval, messageId: 'redelivered-approval' }, approved(id, 'some-other-allocation'));
      const live = await engagementIn(service, id, 'started');
      expect(live).toMatchObject({
        startedOn: today(),
        allocations: [{ allocationId: allocation.allocationId, status: 'approved', answeredAt: expect.any(String) }],
      });
      expect((await act(id, 'allocation').expect(409)).body.code).toBe('ENGAGEMENT.ALREADY_STARTED');

      await act(id, 'sessions')
        .send(session({ sessionId: 'kickoff', minutes: 120 }))
        .expect(201);
      expect(
        (
          await act(id, 'sessions')
            .send(session({ sessionId: 'kickoff' }))
            .expect(409)
        ).body.code,
      ).toBe('ENGAGEMENT.SESSION_ALREADY_LOGGED');
      const logged = await act(id, 'sessions')
        .send(session({ minutes: 45 }))
        .expect(201);
      expect(logged.body).toMatchObject({ totalMinutes: 165, sessions: [{ sessionId: 'kickoff', date: today(), minutes: 120 }, { minutes: 45 }] });

      await act(id, 'complete', jungbu).send({ report: 'done' }).expect(403);
      expect((await act(id, 'complete').send({ report: ' ' }).expect(422)).body.details).toMatchObject({ problem: 'required' });
      expect(
        (
          await act(id, 'complete')
            .send({ report: 'x'.repeat(2001) })
            .expect(422)
        ).body.details,
      ).toMatchObject({ problem: 'too-long' });
      const done = await act(id, 'complete').send({ report: 'Two sessions; the consortium applied for convergence R&D.' }).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', completion: { report: 'Two sessions; the consortium applied for convergence R&D.' } });
      expect((await act(id, 'cancel').send({ reason: 'late' }).expect(409)).body.code).toBe('ENGAGEMENT.CLOSED');
      expect(messagesOf(id, 'mentoring.AllocationReleaseRequested')).toEqual([]);
    });

    it('validates sessions: 400 for a malformed one, 422 for a day in the future or a length out of range, 403 for another center', async () => {
      const id = await started();
      const res = await act(id, 'sessions').send({ date: '3 April', minutes: 1.5 }).expect(400);
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['date', 'minutes', 'topic', 'outcome']));
      expect(
        (
          await act(id, 'sessions')
            .send(session({ date: '2999-01-01' }))
            .expect(422)
        ).body.details,
      ).toEqual({ problem: 'in-the-future' });
      expect(
        (
          await act(id, 'sessions')
            .send(session({ minutes: 1441 }))
            .expect(422)
        ).body.details,
      ).toEqual({ problem: 'invalid-duration' });
      expect(
        (
          await act(id, 'sessions')
            .send(session({ date: '2020-01-01' }))
            .expect(422)
        ).body.details,
      ).toEqual({ problem: 'before-start' });
      await act(id, 'sessions', jungbu).send(session()).expect(403);
      await act(id, 'sessions', auditor).send(session()).expect(403);
      expect((await act(id, 'complete').send({ report: 'nothing happened' }).expect(422)).body.code).toBe('ENGAGEMENT.NO_SESSIONS');
    });

    it('after a budget-exhausted rejection, lets the coordinator ask again under a new allocation id', async () => {
      const { id, allocationId } = await requested();
      await answer(service, rejected(id, allocationId, 'budget-exhausted'));
      const refused = await engagementIn(service, id, 'allocation-rejected');
      expect(refused.allocations).toEqual([expect.objectContaining({ allocationId, status: 'rejected', rejectionReason: 'budget-exhausted' })]);

      const again = await act(id, 'allocation').expect(200);
      const second = again.body.allocations[1].allocationId;
      expect(second).not.toBe(allocationId);
      await eventually(() => (messagesOf(id, 'mentoring.AllocationRequested').length === 2 ? true : undefined));

      // A late copy of the first answer changes nothing; the second request is still pending.
      await answer(service, rejected(id, allocationId));
      expect((await read(id).expect(200)).body.status).toBe('allocation-requested');
      await answer(service, approved(id, second));
      expect((await engagementIn(service, id, 'started')).allocations.map((a: { status: string }) => a.status)).toEqual(['rejected', 'approved']);
    });

    it('cancels a started engagement and asks grants to release its allocation; a late answer is ignored', async () => {
      const id = await started();
      const { allocationId } = (await read(id).expect(200)).body.allocations[0];
      await act(id, 'cancel').send({}).expect(400);
      await act(id, 'cancel', jungbu).send({ reason: 'x' }).expect(403);
      const res = await act(id, 'cancel').send({ reason: 'The consortium dissolved' }).expect(200);
      expect(res.body).toMatchObject({
        status: 'cancelled',
        cancellation: { reason: 'The consortium dissolved', cancelledBy: 'coord-kim' },
        allocations: [{ status: 'release-requested' }],
      });

      const [release] = await eventually(() =>
        messagesOf(id, 'mentoring.AllocationReleaseRequested').length ? messagesOf(id, 'mentoring.AllocationReleaseRequested') : undefined,
      );
      expect(release.payload).toEqual({ allocationId, engagementId: id, reason: 'The consortium dissolved', requestedAt: expect.any(String) });
      await answer(service, approved(id, allocationId));
      expect((await read(id).expect(200)).body.status).toBe('cancelled');
    });

    it('cancels an engagement without money before approval, with nothing to release', async () => {
      const id = await propose();
      expect((await act(id, 'complete').send({ report: 'x' }).expect(409)).body.code).toBe('ENGAGEMENT.NOT_STARTED');
      await act(id, 'cancel').send({ reason: 'Another program funds it' }).expect(200);
      const { id: rejectedId, allocationId } = await requested();
      await answer(service, rejected(rejectedId, allocationId, 'declined'));
      await engagementIn(service, rejectedId, 'allocation-rejected');
      await act(rejectedId, 'cancel').send({ reason: 'No funding this year' }).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([...messagesOf(id, 'mentoring.AllocationReleaseRequested'), ...messagesOf(rejectedId, 'mentoring.AllocationReleaseRequested')]).toEqual([]);
    });
  });
});
