import { AllocationReleaseRequestedV1, AllocationRequestedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { bearer, contractMessage, startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { auditor, deliver, finance, IT_LINE, listen, MENTORING_LINE, pm } from '../testing/grants-test-kit';

const requested = (allocationId: string) =>
  contractMessage(AllocationRequestedV1, `eng-${allocationId}`, {
    allocationId,
    engagementId: `eng-${allocationId}`,
    centerId: 'honam',
    consortiumId: 'app-2025-0042',
    amountWon: 10_000_000,
    confirmedBy: 'coord-kim',
    requestedAt: '2025-05-02T10:00:00+09:00',
  });
const releaseRequested = (allocationId: string) =>
  contractMessage(AllocationReleaseRequestedV1, `eng-${allocationId}`, {
    allocationId,
    engagementId: `eng-${allocationId}`,
    reason: 'Engagement cancelled',
    requestedAt: '2025-06-02T10:00:00+09:00',
  });

describe('mentoring allocations', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const allocation = (id: string) => request(service.http).get(`/api/grants/allocations/${id}`).set('Authorization', auditor);
  const approve = (id: string, token = finance) => request(service.http).post(`/api/grants/allocations/${id}/approval`).set('Authorization', token);
  const mentoringLine = async () => (await request(service.http).get(`/api/grants/lines/${MENTORING_LINE}`).set('Authorization', finance).expect(200)).body;
  const publishedFor = (allocationId: string) => eventually(() => published.find((m) => (m.payload as { allocationId: string }).allocationId === allocationId));

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    published = await listen(service, TOPICS.grants);
  });
  afterAll(() => service.close());

  it('records a request from the mentoring service once, even when published twice', async () => {
    await deliver(service, TOPICS.mentoring, requested('alloc-1'), requested('alloc-1'));
    const res = await allocation('alloc-1').expect(200);
    expect(res.body).toMatchObject({
      allocationId: 'alloc-1',
      status: 'requested',
      amount: 10_000_000,
      lineId: MENTORING_LINE,
      confirmedBy: 'coord-kim',
      requestedBy: 'yunghap',
      decidedBy: null,
    });
    expect(res.body).not.toHaveProperty('_id');
    const queue = await request(service.http).get('/api/grants/allocations').query({ status: 'requested' }).set('Authorization', pm).expect(200);
    expect(queue.body.items.map((a: { allocationId: string }) => a.allocationId)).toEqual(['alloc-1']);
    await request(service.http).get('/api/grants/allocations').query({ status: 'lost' }).set('Authorization', pm).expect(400);
  });

  it("is booked to the program year of the request's own time, not the year the message is handled in", async () => {
    // Requested a second before New Year in Korea, handled (retried, replayed) any time later.
    const lateInTheYear = { ...requested('alloc-new-year'), occurredAt: '2025-12-31T23:59:59+09:00' };
    await deliver(service, TOPICS.mentoring, lateInTheYear);
    expect((await allocation('alloc-new-year').expect(200)).body).toMatchObject({ year: 2025, status: 'requested' });
  });

  it('is not approved by the confirming coordinator (403 ALLOCATION.FOUR_EYES) nor by another role', async () => {
    expect((await approve('alloc-1', bearer({ role: 'finance', sub: 'coord-kim' })).expect(403)).body.code).toBe('ALLOCATION.FOUR_EYES');
    await approve('alloc-1', pm).expect(403);
    await request(service.http).post('/api/grants/allocations/alloc-1/approval').expect(401);
    expect((await approve('alloc-9').expect(404)).body.code).toBe('ALLOCATION.NOT_FOUND');
  });

  it('is approved by finance: ₩10M committed on the mentoring line and AllocationApproved published', async () => {
    expect((await approve('alloc-1').expect(200)).body).toMatchObject({ status: 'approved', decidedBy: 'fin-han' });
    expect(await mentoringLine()).toMatchObject({ available: 990_000_000, committed: 10_000_000 });
    expect((await approve('alloc-1').expect(409)).body.code).toBe('ALLOCATION.NOT_AWAITING_DECISION');
    const message = await publishedFor('alloc-1');
    expect(message).toMatchObject({ type: 'grants.AllocationApproved', key: 'eng-alloc-1' });
    expect(message.payload).toEqual({ allocationId: 'alloc-1', engagementId: 'eng-alloc-1', amountWon: 10_000_000, approvedAt: expect.any(String) });
  });

  it('is rejected as budget-exhausted when the mentoring line has no ₩10M left', async () => {
    await request(service.http)
      .post('/api/grants/transfers')
      .set('Authorization', pm)
      .send({ fromLineId: MENTORING_LINE, toLineId: IT_LINE, amountWon: 980_000_000, reason: 'Mentoring demand below plan' })
      .expect(201);
    await deliver(service, TOPICS.mentoring, requested('alloc-2'), requested('alloc-3'));
    await approve('alloc-2').expect(200);
    expect((await approve('alloc-3').expect(422)).body.code).toBe('LINE.INSUFFICIENT_FUNDS');
    expect((await allocation('alloc-3').expect(200)).body).toMatchObject({ status: 'rejected', reason: 'budget-exhausted', decidedBy: 'fin-han' });
    expect((await publishedFor('alloc-3')).payload).toEqual({
      allocationId: 'alloc-3',
      engagementId: 'eng-alloc-3',
      reason: 'budget-exhausted',
      rejectedAt: expect.any(String),
    });
    expect(await mentoringLine()).toMatchObject({ amount: 20_000_000, available: 0, committed: 20_000_000, violations: [] });
  });

  it('gives an approved allocation back to the line on a release request, and rejects one still waiting', async () => {
    await deliver(service, TOPICS.mentoring, requested('alloc-4'));
    await deliver(service, TOPICS.mentoring, releaseRequested('alloc-1'), releaseRequested('alloc-4'));
    expect((await allocation('alloc-1').expect(200)).body).toMatchObject({ status: 'released', reason: 'Engagement cancelled' });
    expect((await allocation('alloc-4').expect(200)).body).toMatchObject({ status: 'rejected', reason: 'declined' });
    expect(await mentoringLine()).toMatchObject({ available: 10_000_000, committed: 10_000_000 });
  });

  it('is declined by finance with an optional note, validated', async () => {
    await deliver(service, TOPICS.mentoring, requested('alloc-5'));
    const decline = (body: object, token = finance) =>
      request(service.http).post('/api/grants/allocations/alloc-5/rejection').set('Authorization', token).send(body);
    await decline({ note: 42 }).expect(400);
    await decline({}, auditor).expect(403);
    expect((await decline({ note: 'Funded elsewhere' }).expect(200)).body).toMatchObject({ status: 'rejected', reason: 'declined' });
    expect((await decline({}).expect(409)).body.code).toBe('ALLOCATION.NOT_AWAITING_DECISION');
  });
});
