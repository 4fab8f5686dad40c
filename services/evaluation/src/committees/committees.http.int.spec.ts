import { TOPICS } from '@yunghap/contracts';
import { knownCallStreamId } from '@yunghap/evaluation-domain';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import {
  auditor,
  callClosed,
  callOpened,
  deliver,
  experts,
  finance,
  memberOf,
  pm,
  provinceRouted,
  staffOf,
  startEvaluationService,
} from '../testing/evaluation-test-kit';

const CALL = 'call-2025-it';
const JUNGBU = `${CALL}.jungbu`;
const SHARED = `${CALL}.shared`;

describe('committees over HTTP', () => {
  let service: TestService;
  const committees = () => request(service.http).post('/api/evaluation/committees');

  beforeAll(async () => {
    service = await startEvaluationService({ calls: [CALL, 'call-nowhere', 'call-island', 'call-text'] });
  });
  afterAll(() => service.close());

  describe('forming', () => {
    it('forms a center committee with its members in one decision; its id follows from the call and center', async () => {
      const res = await committees()
        .set('Authorization', pm)
        .send({ callId: CALL, centerId: 'jungbu', members: experts('e', 3) })
        .expect(201);
      expect(res.body).toMatchObject({ committeeId: JUNGBU, callId: CALL, scope: { kind: 'center', centerId: 'jungbu' }, relationships: [] });
      expect(res.body.members.map((m: { userId: string }) => m.userId)).toEqual(['e1', 'e2', 'e3']);
    });

    it('forms the shared committee of a call when no center is named', async () => {
      const res = await committees().set('Authorization', pm).send({ callId: CALL }).expect(201);
      expect(res.body).toMatchObject({ committeeId: SHARED, scope: { kind: 'shared' }, members: [] });
    });

    it('allows one committee per call and center (409), for program managers only (403), and needs a token (401)', async () => {
      const again = await committees().set('Authorization', pm).send({ callId: CALL, centerId: 'jungbu' }).expect(409);
      expect(again.body.code).toBe('COMMITTEE.ALREADY_FORMED');
      for (const token of [finance, auditor, staffOf('jungbu'), memberOf('e1', JUNGBU)]) {
        await committees().set('Authorization', token).send({ callId: 'call-other' }).expect(403);
      }
      await committees().send({ callId: 'call-other' }).expect(401);
    });

    it('refuses a null centerId (400 naming centerId) instead of forming a committee of center "null"', async () => {
      const res = await committees().set('Authorization', pm).send({ callId: 'call-null', centerId: null }).expect(400);
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['centerId']));
      expect(
        (await request(service.http).get('/api/evaluation/committees').query({ callId: 'call-null' }).set('Authorization', pm).expect(200)).body.items,
      ).toEqual([]);
    });

    it('refuses a center the centers service has not published (422 naming centerId), forming nothing', async () => {
      const res = await committees()
        .set('Authorization', pm)
        .send({ callId: 'call-nowhere', centerId: 'atlantis', members: experts('a', 2) })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'CENTER.UNKNOWN', errors: [{ field: 'centerId', rule: 'knownCenter' }], details: { centerId: 'atlantis' } });
      await request(service.http).get('/api/evaluation/committees/call-nowhere.atlantis').set('Authorization', pm).expect(404);
    });

    it('refuses a call the applications service has not opened (422 naming callId), forming nothing', async () => {
      const res = await committees()
        .set('Authorization', pm)
        .send({ callId: 'call-unheard', centerId: 'jungbu', members: experts('u', 2) })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'CALL.UNKNOWN', errors: [{ field: 'callId', rule: 'knownCall' }], details: { callId: 'call-unheard' } });
      expect(res.body.detail).toMatch(/^공모 call-unheard을\(를\) 찾을 수 없습니다\. \(No call with id call-unheard is known\.\)$/);
      await request(service.http).get('/api/evaluation/committees/call-unheard.jungbu').set('Authorization', pm).expect(404);
      const shared = await committees().set('Authorization', pm).send({ callId: 'call-unheard' }).expect(422);
      expect(shared.body.code).toBe('CALL.UNKNOWN');
      // The call is checked first: an unknown call names callId even with an unknown center.
      expect((await committees().set('Authorization', pm).send({ callId: 'call-unheard', centerId: 'atlantis' }).expect(422)).body.code).toBe('CALL.UNKNOWN');
    });

    it("forms a committee once the call's opening has arrived, and still for a call closed early", async () => {
      await deliver(service, callOpened('call-unheard'));
      await committees()
        .set('Authorization', pm)
        .send({ callId: 'call-unheard', centerId: 'jungbu', members: experts('u', 2) })
        .expect(201);
      await deliver(service, callOpened('call-ended'), callClosed('call-ended'));
      await committees().set('Authorization', pm).send({ callId: 'call-ended' }).expect(201);
      // A call opened before calls were published is known from its close alone.
      await deliver(service, callClosed('call-old'));
      await committees().set('Authorization', pm).send({ callId: 'call-old' }).expect(201);
    });

    it('learns a call once, whether its opening is redelivered or published again', async () => {
      const opening = callOpened('call-twice');
      await deliver(service, opening, opening, callOpened('call-twice'));
      const events = await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(knownCallStreamId('call-twice'));
      expect(events.map((event) => event.type)).toEqual(['CallKnown']);
      await committees().set('Authorization', pm).send({ callId: 'call-twice' }).expect(201);
    });

    it('knows a center from any routing change that names it', async () => {
      await service.bus.publish([{ topic: TOPICS.centers, message: provinceRouted('제주', 'jeju', 'honam') }]);
      await committees().set('Authorization', pm).send({ callId: 'call-island', centerId: 'jeju' }).expect(201);
    });

    it('refuses control characters in a name, NUL and unpaired surrogates included (400), and takes any other character', async () => {
      for (const [name, rule] of [
        ['전문가\t', 'matches'],
        ['전문가\u0000', 'storableText'],
        ['전문가\udc00', 'storableText'],
      ]) {
        const res = await committees()
          .set('Authorization', pm)
          .send({ callId: 'call-text', members: [{ userId: 'x1', name, affiliation: 'KITECH' }] })
          .expect(400);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'members[0].name', rule })]);
      }
      await committees()
        .set('Authorization', pm)
        .send({ callId: 'call-text', members: [{ userId: 'x1', name: '최서연 😀 𠀀', affiliation: 'KITECH' }] })
        .expect(201);
    });

    it('names every bad field (400)', async () => {
      const res = await committees()
        .set('Authorization', pm)
        .send({
          callId: 'call 2025',
          centerId: 'shared',
          members: [
            { userId: 'x', name: '' },
            { userId: 'x', name: 'X', affiliation: 'Y' },
          ],
          chair: 'x',
        })
        .expect(400);
      const fields = new Set(res.body.errors.map((e: { field: string }) => e.field));
      expect(fields).toEqual(new Set(['callId', 'centerId', 'members', 'members[0].name', 'members[0].affiliation', 'chair']));
    });
  });

  describe('membership', () => {
    it('is changed by a program manager: add (201), remove (200)', async () => {
      const added = await request(service.http)
        .post(`/api/evaluation/committees/${JUNGBU}/members`)
        .set('Authorization', pm)
        .send({ userId: 'e4', name: '사공민', affiliation: 'KAIST' })
        .expect(201);
      expect(added.body.members.map((m: { userId: string }) => m.userId)).toEqual(['e1', 'e2', 'e3', 'e4']);
      const removed = await request(service.http).delete(`/api/evaluation/committees/${JUNGBU}/members/e4`).set('Authorization', pm).expect(200);
      expect(removed.body.members.map((m: { userId: string }) => m.userId)).toEqual(['e1', 'e2', 'e3']);
    });

    it('refuses a second seat (409), unknown committees and members (404), other roles (403), bad bodies (400)', async () => {
      const members = `/api/evaluation/committees/${JUNGBU}/members`;
      expect((await request(service.http).post(members).set('Authorization', pm).send(experts('e', 1)[0]).expect(409)).body.code).toBe(
        'COMMITTEE.MEMBER_ALREADY_ADDED',
      );
      expect(
        (await request(service.http).post('/api/evaluation/committees/nope.jungbu/members').set('Authorization', pm).send(experts('e', 1)[0]).expect(404)).body
          .code,
      ).toBe('COMMITTEE.NOT_FOUND');
      expect((await request(service.http).delete(`${members}/ghost`).set('Authorization', pm).expect(404)).body.code).toBe('COMMITTEE.MEMBER_NOT_FOUND');
      await request(service.http).post(members).set('Authorization', staffOf('jungbu')).send(experts('z', 1)[0]).expect(403);
      await request(service.http).delete(`${members}/e1`).set('Authorization', memberOf('e1', JUNGBU)).expect(403);
      const bad = await request(service.http).post(members).set('Authorization', pm).send({ userId: 'e9' }).expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['name', 'affiliation']));
    });
  });

  describe('the scoring deadline', () => {
    const deadline = `/api/evaluation/committees/${JUNGBU}/scoring-deadline`;
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

    it('is set and moved by a program manager and shown with the committee', async () => {
      const due = inDays(14);
      expect((await request(service.http).put(deadline).set('Authorization', pm).send({ scoresDueAt: due }).expect(200)).body).toMatchObject({
        committeeId: JUNGBU,
        scoresDueAt: due,
      });
      const moved = inDays(21);
      await request(service.http).put(deadline).set('Authorization', pm).send({ scoresDueAt: moved }).expect(200);
      expect(
        (await request(service.http).get(`/api/evaluation/committees/${JUNGBU}`).set('Authorization', memberOf('e1', JUNGBU)).expect(200)).body.scoresDueAt,
      ).toBe(moved);
    });

    it('refuses a moment already past (422 naming scoresDueAt, in Korean first), a malformed one (400) and other roles (403)', async () => {
      const past = await request(service.http).put(deadline).set('Authorization', pm).send({ scoresDueAt: '2020-01-31T18:00:00+09:00' }).expect(422);
      expect(past.body).toMatchObject({ code: 'COMMITTEE.DEADLINE_NOT_AHEAD', details: { field: 'scoresDueAt' } });
      expect(past.body.detail).toMatch(/^채점 마감/);
      const inEnglish = await request(service.http)
        .put(deadline)
        .set('Authorization', pm)
        .set('Accept-Language', 'en')
        .send({ scoresDueAt: '2020-01-31T18:00:00+09:00' })
        .expect(422);
      expect(inEnglish.body.detail).toMatch(/^The scoring deadline 2020-01-31T18:00:00\+09:00 of committee .* must lie after/);
      const bare = await request(service.http).put(deadline).set('Authorization', pm).send({ scoresDueAt: '2099-01-31T18:00:00' }).expect(400);
      expect(bare.body.errors.map((e: { field: string }) => e.field)).toEqual(['scoresDueAt']);
      for (const token of [memberOf('e1', JUNGBU), staffOf('jungbu'), finance, auditor]) {
        await request(service.http)
          .put(deadline)
          .set('Authorization', token)
          .send({ scoresDueAt: inDays(30) })
          .expect(403);
      }
      await request(service.http)
        .put('/api/evaluation/committees/nope.jungbu/scoring-deadline')
        .set('Authorization', pm)
        .send({ scoresDueAt: inDays(30) })
        .expect(404);
    });
  });

  describe('declared relationships', () => {
    const relationships = `/api/evaluation/committees/${JUNGBU}/relationships`;

    it('are declared by the member themself, who sees only their own', async () => {
      await request(service.http).post(relationships).set('Authorization', memberOf('e1', JUNGBU)).send({ firm: '1048612345', kind: 'employment' }).expect(201);
      const res = await request(service.http)
        .post(relationships)
        .set('Authorization', memberOf('e2', JUNGBU))
        .send({ firm: '3148698765', kind: 'family' })
        .expect(201);
      expect(res.body.relationships).toEqual([{ memberId: 'e2', firm: '3148698765', kind: 'family' }]);
    });

    it('are all visible to program managers and auditors', async () => {
      for (const token of [pm, auditor]) {
        const res = await request(service.http).get(`/api/evaluation/committees/${JUNGBU}`).set('Authorization', token).expect(200);
        expect(res.body.relationships.map((r: { memberId: string }) => r.memberId)).toEqual(['e1', 'e2']);
      }
    });

    it('refuse a repeat (409), a misspelt number or kind (400), anyone but a member of that committee (403), an unknown committee (404)', async () => {
      expect(
        (
          await request(service.http)
            .post(relationships)
            .set('Authorization', memberOf('e1', JUNGBU))
            .send({ firm: '1048612345', kind: 'employment' })
            .expect(409)
        ).body.code,
      ).toBe('COMMITTEE.RELATIONSHIP_ALREADY_DECLARED');
      const bad = await request(service.http)
        .post(relationships)
        .set('Authorization', memberOf('e1', JUNGBU))
        .send({ firm: '104-86-12345', kind: 'friendship' })
        .expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['firm', 'kind']));
      await request(service.http).post(relationships).set('Authorization', pm).send({ firm: '1048612345', kind: 'other' }).expect(403);
      await request(service.http).post(relationships).set('Authorization', memberOf('e1', SHARED)).send({ firm: '1048612345', kind: 'other' }).expect(403);
      const outsider = await request(service.http)
        .post(relationships)
        .set('Authorization', memberOf('outsider', JUNGBU))
        .send({ firm: '1048612345', kind: 'other' })
        .expect(403);
      expect(outsider.body.code).toBe('COMMITTEE.NOT_A_MEMBER');
      await request(service.http)
        .post('/api/evaluation/committees/nope.jungbu/relationships')
        .set('Authorization', memberOf('e1', 'nope.jungbu'))
        .send({ firm: '1048612345', kind: 'other' })
        .expect(404);
    });
  });

  describe('reading', () => {
    it("lists a call's committees for program managers and auditors; members see those their token names", async () => {
      const all = await request(service.http).get('/api/evaluation/committees').query({ callId: CALL }).set('Authorization', auditor).expect(200);
      expect(all.body.items.map((c: { committeeId: string }) => c.committeeId)).toEqual([JUNGBU, SHARED]);
      const own = await request(service.http).get('/api/evaluation/committees').set('Authorization', memberOf('e1', JUNGBU)).expect(200);
      expect(own.body.items.map((c: { committeeId: string }) => c.committeeId)).toEqual([JUNGBU]);
      expect(own.body.items[0].relationships).toEqual([{ memberId: 'e1', firm: '1048612345', kind: 'employment' }]);
    });

    it('refuses another committee (403), other roles (403), unknown ids (404), a bad filter or id (400)', async () => {
      await request(service.http).get(`/api/evaluation/committees/${SHARED}`).set('Authorization', memberOf('e1', JUNGBU)).expect(403);
      await request(service.http).get(`/api/evaluation/committees/${JUNGBU}`).set('Authorization', staffOf('jungbu')).expect(403);
      await request(service.http).get('/api/evaluation/committees').set('Authorization', finance).expect(403);
      await request(service.http).get('/api/evaluation/committees/nope.shared').set('Authorization', pm).expect(404);
      await request(service.http).get('/api/evaluation/committees').query({ callId: 'a b' }).set('Authorization', pm).expect(400);
      await request(service.http).get('/api/evaluation/committees/nope%00.shared').set('Authorization', pm).expect(400);
      for (const id of ['no%20pe.shared', 'no%0Ape.shared', 'call-2025-it', 'x'.repeat(160) + '.shared']) {
        const bad = await request(service.http).get(`/api/evaluation/committees/${id}`).set('Authorization', pm).expect(400);
        expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'committeeId', rule: 'matches' })]);
      }
      const badUser = await request(service.http).delete(`/api/evaluation/committees/${JUNGBU}/members/e%201`).set('Authorization', pm).expect(400);
      expect(badUser.body.errors).toEqual([expect.objectContaining({ field: 'userId', rule: 'matches' })]);
    });
  });
});
