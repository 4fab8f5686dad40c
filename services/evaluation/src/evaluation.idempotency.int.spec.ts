import { randomUUID } from 'node:crypto';
import { committeeStreamId, DEFAULT_RUBRIC, evaluationStreamId, rubricStreamId } from '@yunghap/evaluation-domain';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import request, { Response } from 'supertest';
import { callOpened, deliver, evaluationIn, experts, memberOf, pm, scores, screened, startEvaluationService } from './testing/evaluation-test-kit';

const { criteria } = DEFAULT_RUBRIC;

/** One POST aimed at a target no other case touches, and another request for the reuse of its key. */
interface Target {
  readonly path: string;
  readonly body?: object;
  readonly token: string;
  /** A different request with the same token: another body, or (for a POST without one) another target. */
  readonly other: { readonly path: string; readonly body?: object };
  /** How many times the effect happened: events of one type on the stream it changes. */
  readonly effect: () => Promise<number>;
  readonly otherEffect: () => Promise<number>;
}

interface Case {
  readonly name: string;
  readonly status: number;
  /** Sets up the `n`th target of the case, with state of its own. */
  readonly prepare: (n: number) => Promise<Target>;
}

/**
 * Every POST of the service, each of which creates something or moves an evaluation on, done once
 * however it is repeated with one Idempotency-Key: in sequence, at the same moment, or with
 * another body (422).
 */
describe('Idempotency-Key on every POST of the evaluation service', () => {
  let service: TestService;
  const api = () => request(service.http);
  const form = (body: object) => api().post('/api/evaluation/committees').set('Authorization', pm).send(body).expect(201);

  async function count(streamId: string, type: string): Promise<number> {
    const events = await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(streamId);
    return events.filter((event) => event.type === type).length;
  }

  function send(token: string, key: string, path: string, body?: object): Promise<Response> {
    const post = api().post(path).set('Authorization', token).set('Idempotency-Key', key);
    return body === undefined ? post : post.send(body);
  }

  /** An open evaluation of a new call whose jungbu committee is `member` alone, on a quorum of one. */
  async function openEvaluation(callId: string, applicationId: string, member: string): Promise<void> {
    await deliver(service, callOpened(callId));
    await api().post(`/api/evaluation/calls/${callId}/rubric`).set('Authorization', pm).send({ criteria, quorum: 1 }).expect(201);
    await form({ callId, centerId: 'jungbu', members: [{ userId: member, name: '위원', affiliation: 'KITECH' }] });
    await deliver(service, screened({ applicationId, callId, centerId: 'jungbu', memberRegistrationNumbers: ['1018100001', '2208100001'] }));
    await evaluationIn(service, applicationId, 'open');
  }

  const cases: readonly Case[] = [
    {
      name: 'forming a committee',
      status: 201,
      prepare: async (n) => {
        const body = (callId: string) => ({ callId, centerId: 'jungbu', members: experts('f', 2) });
        await deliver(service, callOpened(`call-form-${n}`), callOpened(`call-form-${n}-other`));
        return {
          path: '/api/evaluation/committees',
          body: body(`call-form-${n}`),
          token: pm,
          other: { path: '/api/evaluation/committees', body: body(`call-form-${n}-other`) },
          effect: () => count(committeeStreamId(`call-form-${n}.jungbu`), 'CommitteeFormed'),
          otherEffect: () => count(committeeStreamId(`call-form-${n}-other.jungbu`), 'CommitteeFormed'),
        };
      },
    },
    {
      name: 'adding a member',
      status: 201,
      prepare: async (n) => {
        const committeeId = `call-member-${n}.shared`;
        await deliver(service, callOpened(`call-member-${n}`));
        await form({ callId: `call-member-${n}` });
        const path = `/api/evaluation/committees/${committeeId}/members`;
        const added = () => count(committeeStreamId(committeeId), 'MemberAdded');
        return { path, body: experts('m', 1)[0], token: pm, other: { path, body: experts('n', 1)[0] }, effect: added, otherEffect: added };
      },
    },
    {
      name: 'declaring a relationship',
      status: 201,
      prepare: async (n) => {
        const committeeId = `call-tie-${n}.jungbu`;
        await deliver(service, callOpened(`call-tie-${n}`));
        await form({ callId: `call-tie-${n}`, centerId: 'jungbu', members: experts('r', 1) });
        const path = `/api/evaluation/committees/${committeeId}/relationships`;
        const declared = () => count(committeeStreamId(committeeId), 'RelationshipDeclared');
        return {
          path,
          body: { firm: '1048612345', kind: 'advisory' },
          token: memberOf('r1', committeeId),
          other: { path, body: { firm: '1048612345', kind: 'family' } },
          effect: declared,
          otherEffect: declared,
        };
      },
    },
    {
      name: "defining a call's rubric",
      status: 201,
      prepare: async (n) => {
        await deliver(service, callOpened(`call-rubric-${n}`));
        const path = `/api/evaluation/calls/call-rubric-${n}/rubric`;
        const defined = () => count(rubricStreamId(`call-rubric-${n}`), 'RubricDefined');
        return { path, body: { criteria, quorum: 3 }, token: pm, other: { path, body: { criteria, quorum: 4 } }, effect: defined, otherEffect: defined };
      },
    },
    {
      name: 'assigning a waiting evaluation to a committee',
      status: 200,
      prepare: async (n) => {
        const callId = `call-assign-${n}`;
        const applicationId = `app-assign-${n}`;
        // Two members cannot reach the default quorum of five: the application waits, and its
        // center's committee still serves it once the shared one is formed.
        await deliver(service, callOpened(callId));
        await form({ callId, centerId: 'honam', members: experts('h', 2) });
        await form({ callId, members: experts('s', 5) });
        await deliver(service, screened({ applicationId, callId, centerId: 'honam', memberRegistrationNumbers: ['4108100021', '4108100022'] }));
        await evaluationIn(service, applicationId, 'pending');
        const path = `/api/evaluation/evaluations/${applicationId}/committee`;
        const opened = () => count(evaluationStreamId(applicationId), 'EvaluationOpened');
        return {
          path,
          body: { committeeId: `${callId}.shared` },
          token: pm,
          other: { path, body: { committeeId: `${callId}.honam` } },
          effect: opened,
          otherEffect: opened,
        };
      },
    },
    {
      name: 'closing an evaluation',
      status: 200,
      prepare: async (n) => {
        const callId = `call-close-${n}`;
        const [applicationId, otherId] = [`app-close-${n}`, `app-close-${n}-other`];
        await openEvaluation(callId, applicationId, 'c1');
        await deliver(service, screened({ applicationId: otherId, callId, centerId: 'jungbu', memberRegistrationNumbers: ['1018100002', '2208100002'] }));
        await evaluationIn(service, otherId, 'open');
        for (const id of [applicationId, otherId]) {
          await api()
            .put(`/api/evaluation/evaluations/${id}/my-scoresheet`)
            .set('Authorization', memberOf('c1', `${callId}.jungbu`))
            .send({ scores: scores(25, 20, 20, 15) })
            .expect(200);
          await api()
            .post(`/api/evaluation/evaluations/${id}/my-scoresheet/seal`)
            .set('Authorization', memberOf('c1', `${callId}.jungbu`))
            .expect(200);
        }
        return {
          path: `/api/evaluation/evaluations/${applicationId}/close`,
          token: pm,
          other: { path: `/api/evaluation/evaluations/${otherId}/close` },
          effect: () => count(evaluationStreamId(applicationId), 'EvaluationCompleted'),
          otherEffect: () => count(evaluationStreamId(otherId), 'EvaluationCompleted'),
        };
      },
    },
    {
      name: "sealing a member's scoresheet",
      status: 200,
      prepare: async (n) => {
        const callId = `call-seal-${n}`;
        const committeeId = `${callId}.jungbu`;
        const [applicationId, otherId] = [`app-seal-${n}`, `app-seal-${n}-other`];
        await openEvaluation(callId, applicationId, 'k1');
        await deliver(service, screened({ applicationId: otherId, callId, centerId: 'jungbu', memberRegistrationNumbers: ['1018100003', '2208100003'] }));
        await evaluationIn(service, otherId, 'open');
        for (const id of [applicationId, otherId]) {
          await api()
            .put(`/api/evaluation/evaluations/${id}/my-scoresheet`)
            .set('Authorization', memberOf('k1', committeeId))
            .send({ scores: scores(25, 20, 20, 15) })
            .expect(200);
        }
        return {
          path: `/api/evaluation/evaluations/${applicationId}/my-scoresheet/seal`,
          token: memberOf('k1', committeeId),
          other: { path: `/api/evaluation/evaluations/${otherId}/my-scoresheet/seal` },
          effect: () => count(evaluationStreamId(applicationId), 'ScoresheetSealed'),
          otherEffect: () => count(evaluationStreamId(otherId), 'ScoresheetSealed'),
        };
      },
    },
  ];

  beforeAll(async () => {
    service = await startEvaluationService();
  });
  afterAll(() => service.close());

  describe.each(cases)('$name', ({ status, prepare }) => {
    it('answers a repeat with the first answer, marked replayed, and does it once', async () => {
      const target = await prepare(1);
      const key = randomUUID();
      const first = await send(target.token, key, target.path, target.body);
      expect(first.status).toBe(status);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await send(target.token, key, target.path, target.body);
      expect({ status: again.status, body: again.body, replayed: again.headers['idempotent-replayed'] }).toEqual({
        status,
        body: first.body,
        replayed: 'true',
      });
      expect(await target.effect()).toBe(1);
    });

    it('gives two simultaneous requests with one key the same answer, and does it once', async () => {
      const target = await prepare(2);
      const key = randomUUID();
      const answers = await Promise.all([send(target.token, key, target.path, target.body), send(target.token, key, target.path, target.body)]);
      expect(answers.map((res) => res.status)).toEqual([status, status]);
      expect(answers[1].body).toEqual(answers[0].body);
      expect(answers.filter((res) => res.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
      expect(await target.effect()).toBe(1);
    });

    it('refuses the key for another request (422 IDEMPOTENCY.KEY_REUSED), changing nothing', async () => {
      const target = await prepare(3);
      const key = randomUUID();
      expect((await send(target.token, key, target.path, target.body)).status).toBe(status);
      const before = await target.otherEffect();
      const reused = await send(target.token, key, target.other.path, target.other.body);
      expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY.KEY_REUSED' });
      expect(await target.otherEffect()).toBe(before);
    });
  });
});
