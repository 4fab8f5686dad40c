import { bearer, departures, documentOf, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { auditor, experts, finance, memberOf, pm, staffOf, startEvaluationService } from '../testing/evaluation-test-kit';

const CALL = 'call-2026-members';
const gateway = bearer({ role: 'gateway', sub: 'gateway' });

describe('the committees a person sits on (GET /api/evaluation/members/:userId/committees)', () => {
  let service: TestService;
  const committeesOf = (userId: string, token = gateway) =>
    request(service.http).get(`/api/evaluation/members/${userId}/committees`).set('Authorization', token);

  beforeAll(async () => {
    service = await startEvaluationService({ calls: [CALL] });
  });
  afterAll(() => service.close());

  it('answers a person on no committee with 200 and none', async () => {
    expect((await committeesOf('member-1').expect(200)).body).toEqual({ userId: 'member-1', committeeIds: [] });
  });

  it('lists the committees a member is added to, by id, and drops one at once when removed', async () => {
    await request(service.http)
      .post('/api/evaluation/committees')
      .set('Authorization', pm)
      .send({ callId: CALL, centerId: 'jungbu', members: experts('member-', 2) })
      .expect(201);
    await request(service.http).post('/api/evaluation/committees').set('Authorization', pm).send({ callId: CALL, centerId: 'honam' }).expect(201);
    await request(service.http)
      .post(`/api/evaluation/committees/${CALL}.honam/members`)
      .set('Authorization', pm)
      .send({ userId: 'member-1', name: '위원 1', affiliation: '한국산업기술시험원' })
      .expect(201);

    expect((await committeesOf('member-1').expect(200)).body).toEqual({ userId: 'member-1', committeeIds: [`${CALL}.honam`, `${CALL}.jungbu`] });
    expect((await committeesOf('member-2', auditor).expect(200)).body.committeeIds).toEqual([`${CALL}.jungbu`]);

    await request(service.http).delete(`/api/evaluation/committees/${CALL}.jungbu/members/member-1`).set('Authorization', pm).expect(200);
    expect((await committeesOf('member-1').expect(200)).body.committeeIds).toEqual([`${CALL}.honam`]);
    await request(service.http).delete(`/api/evaluation/committees/${CALL}.honam/members/member-1`).set('Authorization', pm).expect(200);
    expect((await committeesOf('member-1', pm).expect(200)).body.committeeIds).toEqual([]);
    expect((await committeesOf('member-2').expect(200)).body.committeeIds).toEqual([`${CALL}.jungbu`]);
  });

  it('answers as its OpenAPI document says, with committees and without', async () => {
    const template = '/api/evaluation/members/{userId}/committees';
    for (const userId of ['member-2', 'nobody']) {
      expect(departures(documentOf(service.app), 'get', template, await committeesOf(userId).expect(200))).toEqual([]);
    }
  });

  it('refuses a malformed user id (400 naming it)', async () => {
    const res = await committeesOf('has%20space').expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'userId' })]);
  });

  it.each([
    ['the member themself', memberOf('member-2', `${CALL}.jungbu`)],
    ['center-staff', staffOf('jungbu')],
    ['finance', finance],
    ['applicant', bearer({ role: 'applicant', sub: 'applicant-hanbit', firmId: '3148123478' })],
  ])('is refused to %s (403)', async (_who, token) => {
    const res = await committeesOf('member-2', token).expect(403);
    expect(res.body.code).toBe('ACCESS.FORBIDDEN');
  });
});
