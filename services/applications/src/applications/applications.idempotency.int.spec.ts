import { applicationStreamId, callStreamId } from '@yunghap/applications-domain';
import { randomUUID } from 'node:crypto';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { applicantFor, content, draft, drafterOf, hoursFromNow, openCall, startApplications, submitted, users } from '../testing/applications.test-kit';

// Every POST of the service, repeated with one Idempotency-Key: one after the other, at the same
// time, and with another request under the same key. The effect is counted on the read side (the
// applicant's list) or in the stream's events, so a repeat that acted twice cannot hide.

/** One request as a case sends it, and how to count what it did. */
interface Sent {
  readonly path: string;
  readonly token: string;
  readonly body?: object;
  readonly effect: () => Promise<number>;
}

interface Case {
  readonly name: string;
  readonly status: 200 | 201;
  /** How much `effect` grows when the request takes effect once. */
  readonly delta: number;
  /** A fresh target, so each scenario starts where the first request succeeds. */
  prepare(): Promise<Sent>;
  /** Another request: the same target with another body, or (without a body) another target. */
  differently(sent: Sent): Promise<Sent>;
}

describe('Idempotency-Key on every POST of the applications service', () => {
  let service: TestService;
  let callId: string;
  let serial = 0;

  beforeAll(async () => {
    ({ service } = await startApplications());
    // Listening, so that simultaneous requests share one server instead of each starting it.
    await service.app.listen(0, '127.0.0.1');
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const eventsIn = (streamId: string) => async () => (await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(streamId)).length;
  const applicationPath = (applicationId: string, action: string) => `/api/applications/applications/${applicationId}/${action}`;

  const send = ({ path, token, body }: Sent, key: string) => {
    const req = request(service.http).post(path).set('Authorization', token).set('Idempotency-Key', key);
    return body === undefined ? req : req.send(body);
  };

  const cases: Case[] = [
    {
      name: 'POST /calls (opens a call)',
      status: 201,
      delta: 1,
      prepare: async () => {
        serial += 1;
        const body = {
          callId: `call-idempotent-${serial}`,
          budgetLineId: 'it-convergence',
          title: '2026년 IT융합 기술개발 과제 공고',
          opensAt: hoursFromNow(-1),
          closesAt: hoursFromNow(24),
          capPerProject: 300_000_000,
          technologyFields: ['AI'],
        };
        return { path: '/api/applications/calls', token: users.pm, body, effect: eventsIn(callStreamId(body.callId)) };
      },
      differently: async (sent) => ({ ...sent, body: { ...sent.body, title: '다른 공고' } }),
    },
    {
      name: 'POST /calls/:callId/close',
      status: 200,
      delta: 1,
      prepare: async () => {
        const id = await openCall(service);
        return { path: `/api/applications/calls/${id}/close`, token: users.pm, body: { reason: '예산 조기 소진' }, effect: eventsIn(callStreamId(id)) };
      },
      differently: async (sent) => ({ ...sent, body: { reason: '다른 사유' } }),
    },
    {
      name: 'POST /applications (drafts an application)',
      status: 201,
      delta: 1,
      prepare: async () => {
        serial += 1;
        const body = content();
        const token = applicantFor(body, `applicant-idempotent-${serial}`);
        const mine = async () =>
          (await request(service.http).get('/api/applications/me/applications').set('Authorization', token).expect(200)).body.items.length as number;
        return { path: '/api/applications/applications', token, body: { callId, ...body }, effect: mine };
      },
      differently: async (sent) => ({ ...sent, body: { ...sent.body, requestedAmount: 200_000_000 } }),
    },
    {
      name: 'POST /applications/:applicationId/submit (submits and routes)',
      status: 200,
      delta: 2,
      prepare: async () => {
        const id = await draft(service, callId);
        return { path: applicationPath(id, 'submit'), token: drafterOf(id), effect: eventsIn(applicationStreamId(id)) };
      },
      differently: async () => {
        const id = await draft(service, callId);
        return { path: applicationPath(id, 'submit'), token: drafterOf(id), effect: eventsIn(applicationStreamId(id)) };
      },
    },
    {
      name: 'POST /applications/:applicationId/withdraw',
      status: 200,
      delta: 1,
      prepare: async () => {
        const id = await draft(service, callId);
        return { path: applicationPath(id, 'withdraw'), token: drafterOf(id), body: { reason: '참여 포기' }, effect: eventsIn(applicationStreamId(id)) };
      },
      differently: async (sent) => ({ ...sent, body: { reason: '컨소시엄 구성 변경' } }),
    },
    {
      name: 'POST /applications/:applicationId/return',
      status: 200,
      delta: 1,
      prepare: async () => {
        const id = await submitted(service, callId);
        return { path: applicationPath(id, 'return'), token: users.jungbuStaff, body: { reason: '예산 근거 보완' }, effect: eventsIn(applicationStreamId(id)) };
      },
      differently: async (sent) => ({ ...sent, body: { reason: '사업 계획 보완' } }),
    },
    {
      name: 'POST /applications/:applicationId/screen',
      status: 200,
      delta: 1,
      prepare: async () => {
        const id = await submitted(service, callId);
        return { path: applicationPath(id, 'screen'), token: users.jungbuStaff, effect: eventsIn(applicationStreamId(id)) };
      },
      differently: async () => {
        const id = await submitted(service, callId);
        return { path: applicationPath(id, 'screen'), token: users.jungbuStaff, effect: eventsIn(applicationStreamId(id)) };
      },
    },
  ];

  describe.each(cases)('$name', (c) => {
    it('answers a repeat with the first answer, marked Idempotent-Replayed, and acts once', async () => {
      const sent = await c.prepare();
      const before = await sent.effect();
      const key = randomUUID();

      const first = await send(sent, key).expect(c.status);
      const repeat = await send(sent, key).expect(c.status);

      expect(repeat.body).toEqual(first.body);
      expect(repeat.headers['etag']).toBe(first.headers['etag']);
      expect(repeat.headers['location']).toBe(first.headers['location']);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(await sent.effect()).toBe(before + c.delta);
    });

    it('gives two simultaneous requests with one key the same answer, and acts once', async () => {
      const sent = await c.prepare();
      const before = await sent.effect();
      const key = randomUUID();

      const answers = await Promise.all([send(sent, key), send(sent, key)]);

      expect(answers.map((answer) => answer.status)).toEqual([c.status, c.status]);
      expect(answers[1].body).toEqual(answers[0].body);
      expect(answers.filter((answer) => answer.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
      expect(await sent.effect()).toBe(before + c.delta);
    });

    it('refuses the key for another request with 422 IDEMPOTENCY.KEY_REUSED, which changes nothing', async () => {
      const sent = await c.prepare();
      const other = await c.differently(sent);
      const otherBefore = await other.effect();
      const key = randomUUID();

      await send(sent, key).expect(c.status);
      const reused = await send(other, key).expect(422);

      expect(reused.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY.KEY_REUSED' });
      expect(await other.effect()).toBe(otherBefore + (other.path === sent.path ? c.delta : 0));
    });
  });
});
