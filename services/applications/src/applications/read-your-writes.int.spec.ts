import { randomUUID } from 'node:crypto';
import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { applicantFor, content, hoursFromNow, startApplications, users } from '../testing/applications.test-kit';

// With no time allowed to read its own write, every command answers 202: recorded, with its
// position and Location. The client then reads with that position and never resends.
describe('a command whose read models lag answers 202, and reads wait for its position', () => {
  let service: TestService;

  beforeAll(async () => {
    ({ service } = await startApplications({ readYourWritesMs: 0 }));
  });
  afterAll(() => service.close());

  const readAt = (location: string, position: number) =>
    request(service.http).get(location).set('Authorization', users.pm).set('Yunghap-Min-Position', String(position));

  async function readOnceProjected(location: string, position: number) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await readAt(location, position);
      if (res.status !== 503) return res;
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${location} stayed 503 for position ${position}`);
  }

  it('opens a call with 202, Location and position, and the call is readable at that position', async () => {
    const callId = `call-pending-${randomUUID().slice(0, 8)}`;
    const body = {
      callId,
      budgetLineId: 'it-convergence',
      title: '2026년 공고',
      opensAt: hoursFromNow(-1),
      closesAt: hoursFromNow(24),
      capPerProject: 300_000_000,
      technologyFields: ['AI'],
    };
    const res = await request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(body).expect(202);

    expect(res.headers['location']).toBe(`/api/applications/calls/${callId}`);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body).toEqual({
      status: 'pending',
      position: expect.any(Number),
      location: `/api/applications/calls/${callId}`,
      detail: expect.stringContaining('기록'),
    });
    const read = await readOnceProjected(res.headers['location'], res.body.position);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ callId, title: '2026년 공고' });
  });

  it('repeats the same 202 for a repeated Idempotency-Key, without recording twice', async () => {
    const callId = `call-pending-${randomUUID().slice(0, 8)}`;
    const body = {
      callId,
      budgetLineId: 'it-convergence',
      title: '재전송 공고',
      opensAt: hoursFromNow(-1),
      closesAt: hoursFromNow(24),
      capPerProject: 300_000_000,
      technologyFields: ['AI'],
    };
    const send = () => request(service.http).post('/api/applications/calls').set('Authorization', users.pm).set('Idempotency-Key', `k-${callId}`).send(body);
    const first = await send().expect(202);
    const repeat = await send().expect(202);

    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers['location']).toBe(first.headers['location']);
  });

  it('drafts an application with 202 and Location; a refusal carries no Location', async () => {
    const callId = `call-pending-${randomUUID().slice(0, 8)}`;
    const opened = await request(service.http)
      .post('/api/applications/calls')
      .set('Authorization', users.pm)
      .send({
        callId,
        budgetLineId: 'it-convergence',
        title: '공고',
        opensAt: hoursFromNow(-1),
        closesAt: hoursFromNow(24),
        capPerProject: 300_000_000,
        technologyFields: ['AI'],
      })
      .expect(202);
    await readOnceProjected(opened.headers['location'], opened.body.position);

    const body = content();
    const drafted = await request(service.http)
      .post('/api/applications/applications')
      .set('Authorization', applicantFor(body))
      .send({ callId, ...body })
      .expect(202);
    expect(drafted.headers['location']).toMatch(/^\/api\/applications\/applications\/[0-9a-f-]{36}$/);
    const read = await readOnceProjected(drafted.headers['location'], drafted.body.position);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ applicationId: drafted.headers['location'].split('/').pop(), callId, status: 'drafted' });

    const again = await request(service.http)
      .post('/api/applications/calls')
      .set('Authorization', users.pm)
      .send({
        callId,
        budgetLineId: 'it-convergence',
        title: '공고',
        opensAt: hoursFromNow(-1),
        closesAt: hoursFromNow(24),
        capPerProject: 300_000_000,
        technologyFields: ['AI'],
      });
    expect(again.status).toBe(409);
    expect(again.headers['location']).toBeUndefined();
  });

  it('answers a read for a position not yet recorded 503 with Retry-After, and a malformed one 400', async () => {
    const ahead = await readAt('/api/applications/calls', 10_000_000);
    expect(ahead.status).toBe(503);
    expect(ahead.headers['retry-after']).toBe('2');
    expect(ahead.body).toMatchObject({ status: 503, code: 'READ_MODEL.UNAVAILABLE' });

    const malformed = await request(service.http).get('/api/applications/calls').set('Authorization', users.pm).set('Yunghap-Min-Position', '-1');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'yunghap-min-position' })]);
  });

  it("counts the 202s, the appends and each projection's state on /metrics", async () => {
    const metrics = (await request(service.http).get('/metrics').expect(200)).text;

    expect(metrics).toMatch(/yunghap_command_duration_seconds_count\{[^}]*command="OpenCall"[^}]*outcome="pending"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/yunghap_event_store_append_duration_seconds_count\{[^}]*\} [1-9]/);
    expect(metrics).toMatch(/yunghap_projection_state\{[^}]*projection="application-view"[^}]*state="live"[^}]*\} 1/);
    expect(metrics).toMatch(/yunghap_outbox_pending_messages\{[^}]*\} \d+/);
    expect(metrics).toMatch(/yunghap_consumer_state\{[^}]*consumer="applications.routing-replica"[^}]*state="joined"[^}]*\} 1/);
  });
});
