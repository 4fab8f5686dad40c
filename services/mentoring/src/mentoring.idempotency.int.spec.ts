import { engagementStreamId, mentorStreamId } from '@yunghap/mentoring-domain';
import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from './mentoring.module';
import { consortiumBody, eventTypes, mentorBody, pm, proposeEngagement, registerMentor, staffOf, startEngagement, today } from './testing/mentoring-test-kit';

/** One POST made ready to send: where, as whom, with what, and how to count what it did. */
interface Target {
  readonly path: string;
  readonly token: string;
  readonly body?: object;
  /** A different request: the key of the first must not be taken for it. */
  readonly other: { readonly path?: string; readonly body?: object };
  /** How many times the request's effect happened, read back from the service. */
  effect(): Promise<number>;
}

interface Case {
  readonly name: string;
  readonly status: number;
  prepare(): Promise<Target>;
}

const coordinator = staffOf('idem', 'coord-idem');
let centers = 0;

describe('Idempotency-Key on every POST of mentoring that creates something or moves money', () => {
  let service: TestService;
  let poolMentor: string;

  const get = async (path: string) => (await request(service.http).get(path).set('Authorization', pm).expect(200)).body;
  const count = async (streamId: string, type: string) => (await eventTypes(service, streamId)).filter((found) => found === type).length;
  const engagementPath = (id: string, step: string) => `/api/mentoring/engagements/${id}/${step}`;
  const session = () => ({ date: today(), minutes: 60, topic: 'roadmap', outcome: 'plan agreed' });

  const cases: readonly Case[] = [
    {
      name: 'registering a mentor',
      status: 201,
      prepare: async () => {
        const field = `idem-${randomUUID()}`;
        return {
          path: '/api/mentoring/mentors',
          token: pm,
          body: mentorBody({ expertise: { fields: [field], industries: [] } }),
          other: { body: mentorBody({ name: 'someone else', expertise: { fields: [field], industries: [] } }) },
          effect: async () => (await get(`/api/mentoring/mentors?field=${field}`)).items.length,
        };
      },
    },
    {
      name: 'declaring a relationship',
      status: 201,
      prepare: async () => {
        const mentorId = await registerMentor(service);
        return {
          path: `/api/mentoring/mentors/${mentorId}/relationships`,
          token: pm,
          body: { firm: '2208100001', kind: 'advisory' },
          other: { body: { firm: '2208100002', kind: 'advisory' } },
          effect: async () => (await get(`/api/mentoring/mentors/${mentorId}`)).relationships.length,
        };
      },
    },
    {
      name: 'retiring a mentor',
      status: 200,
      prepare: async () => {
        const mentorId = await registerMentor(service);
        return {
          path: `/api/mentoring/mentors/${mentorId}/retire`,
          token: pm,
          body: { reason: 'moved abroad' },
          other: { body: { reason: 'another reason' } },
          effect: () => count(mentorStreamId(mentorId), 'MentorRetired'),
        };
      },
    },
    {
      name: 'proposing an engagement',
      status: 201,
      prepare: async () => {
        const centerId = `idem-${++centers}`;
        return {
          path: '/api/mentoring/engagements',
          token: staffOf(centerId, 'coord-idem'),
          body: { consortium: consortiumBody() },
          other: { body: { consortium: consortiumBody({ consortiumId: 'another-consortium' }) } },
          effect: async () => (await get(`/api/mentoring/engagements?centerId=${centerId}`)).items.length,
        };
      },
    },
    {
      name: 'confirming the mentor',
      status: 200,
      prepare: async () => {
        const id = await proposeEngagement(service, coordinator);
        return {
          path: engagementPath(id, 'mentor'),
          token: coordinator,
          body: { mentorId: poolMentor },
          other: { body: { mentorId: 'another-mentor' } },
          effect: () => count(engagementStreamId(id), 'MentorConfirmed'),
        };
      },
    },
    {
      name: 'asking grants for the ₩10,000,000 allocation',
      status: 200,
      prepare: async () => {
        const id = await proposeEngagement(service, coordinator);
        await request(service.http).post(engagementPath(id, 'mentor')).set('Authorization', coordinator).send({ mentorId: poolMentor }).expect(200);
        return {
          path: engagementPath(id, 'allocation'),
          token: coordinator,
          other: { path: engagementPath('another-engagement', 'allocation') },
          effect: async () => (await get(`/api/mentoring/engagements/${id}`)).allocations.length,
        };
      },
    },
    {
      name: 'logging a session without a sessionId',
      status: 201,
      prepare: async () => {
        const id = await proposeEngagement(service, coordinator);
        await startEngagement(service, coordinator, id, poolMentor);
        return {
          path: engagementPath(id, 'sessions'),
          token: coordinator,
          body: session(),
          other: { body: { ...session(), minutes: 30 } },
          effect: async () => (await get(`/api/mentoring/engagements/${id}`)).sessions.length,
        };
      },
    },
    {
      name: 'completing an engagement',
      status: 200,
      prepare: async () => {
        const id = await proposeEngagement(service, coordinator);
        await startEngagement(service, coordinator, id, poolMentor);
        await request(service.http).post(engagementPath(id, 'sessions')).set('Authorization', coordinator).send(session()).expect(201);
        return {
          path: engagementPath(id, 'complete'),
          token: coordinator,
          body: { report: 'One session; the consortium applied.' },
          other: { body: { report: 'Another report.' } },
          effect: () => count(engagementStreamId(id), 'EngagementCompleted'),
        };
      },
    },
    {
      name: 'cancelling a started engagement, which asks grants to release its allocation',
      status: 200,
      prepare: async () => {
        const id = await proposeEngagement(service, coordinator);
        await startEngagement(service, coordinator, id, poolMentor);
        return {
          path: engagementPath(id, 'cancel'),
          token: coordinator,
          body: { reason: 'The consortium dissolved' },
          other: { body: { reason: 'Another reason' } },
          effect: () => count(engagementStreamId(id), 'AllocationReleaseRequested'),
        };
      },
    },
  ];

  function send(target: Target, key: string, variant: Target['other'] = {}) {
    const pending = request(service.http)
      .post(variant.path ?? target.path)
      .set('Authorization', target.token)
      .set('Idempotency-Key', key);
    const body = variant.body ?? target.body;
    return body === undefined ? pending : pending.send(body);
  }

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
    poolMentor = await registerMentor(service);
  });
  afterAll(() => service.close());

  describe.each(cases)('$name', ({ status, prepare }) => {
    it('answers a repeat with the first answer, marked Idempotent-Replayed, and acts once', async () => {
      const target = await prepare();
      const key = randomUUID();
      const first = await send(target, key);
      const again = await send(target, key);
      expect(first.status).toBe(status);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(again.status).toBe(status);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await target.effect()).toBe(1);
    });

    it('gives two simultaneous requests with one key the same answer, and acts once', async () => {
      const target = await prepare();
      const key = randomUUID();
      const answers = await Promise.all([send(target, key), send(target, key)]);
      expect(answers.map((res) => res.status)).toEqual([status, status]);
      expect(answers[1].body).toEqual(answers[0].body);
      expect(answers.filter((res) => res.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
      expect(await target.effect()).toBe(1);
    });

    it('refuses the key for a different request (422 IDEMPOTENCY.KEY_REUSED), which changes nothing', async () => {
      const target = await prepare();
      const key = randomUUID();
      expect((await send(target, key)).status).toBe(status);
      const reused = await send(target, key, target.other);
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      expect(await target.effect()).toBe(1);
    });
  });
});
