import { IntegrationMessage } from '@yunghap/messaging';
import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { fieldsOf, hoursFromNow, namesOnly, openCall, publishedAbout, startApplications, users } from '../testing/applications.test-kit';

describe('calls over HTTP', () => {
  let service: TestService;
  let published: IntegrationMessage[];

  beforeAll(async () => {
    ({ service, published } = await startApplications({ routing: false }));
  });
  afterAll(() => service.close());

  const call = (overrides: Record<string, unknown> = {}) => ({
    callId: 'call-2026-it-convergence',
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 과제 공고',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(24 * 30),
    capPerProject: 500_000_000,
    technologyFields: ['AI', 'IoT'],
    ...overrides,
  });

  describe('opening', () => {
    it('is done by a program manager for a budget line, with window, cap and technology fields', async () => {
      const res = await request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(call()).expect(201);
      expect(res.body).toMatchObject({
        callId: 'call-2026-it-convergence',
        budgetLineId: 'it-convergence',
        status: 'opened',
        capPerProject: 500_000_000,
        technologyFields: ['AI', 'IoT'],
        industryLevel: 'group',
        minimumOwnSharePercent: 25,
        version: 1,
      });
      expect(res.body).not.toHaveProperty('_position');
      expect(res.body).not.toHaveProperty('_id');
      expect(res.headers).toMatchObject({ location: '/api/applications/calls/call-2026-it-convergence', etag: '"1"' });
    });

    it('is refused to every other role (403) and without a token (401)', async () => {
      for (const token of [users.finance, users.auditor, users.jungbuStaff, users.committeeMember]) {
        await request(service.http)
          .post('/api/applications/calls')
          .set('Authorization', token)
          .send(call({ callId: 'call-x' }))
          .expect(403);
      }
      await request(service.http)
        .post('/api/applications/calls')
        .send(call({ callId: 'call-x' }))
        .expect(401);
    });

    it("sets its own eligibility terms: the KSIC level members must differ at and the minimum own share, published in the call's terms", async () => {
      const res = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-2026-agri-food', industryLevel: 'division', minimumOwnSharePercent: 40 }))
        .expect(201);
      expect(res.body).toMatchObject({ industryLevel: 'division', minimumOwnSharePercent: 40 });
      const refused = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-2026-agri-bad', industryLevel: 'subclass', minimumOwnSharePercent: 100 }))
        .expect(400);
      expect(fieldsOf(refused.body)).toEqual(new Set(['industryLevel', 'minimumOwnSharePercent']));
    });

    it('answers 409 for a call id already opened', async () => {
      const res = await request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(call()).expect(409);
      expect(res.body.code).toBe('CALL.ALREADY_OPENED');
    });

    it('names every malformed field (400): the cap is whole won, unknown fields are refused', async () => {
      const res = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send({ ...call({ callId: 'Bad Id', capPerProject: 1.5, opensAt: 'next monday', technologyFields: [] }), budget: 1 })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(new Set(['callId', 'capPerProject', 'opensAt', 'technologyFields', 'budget']));
      const unsafe = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ capPerProject: 2 ** 53 }))
        .expect(400);
      expect(unsafe.body.errors).toEqual([expect.objectContaining({ field: 'capPerProject', rule: 'max' })]);
    });

    it('refuses U+0000 and lone surrogates in any text (400 naming the field): the event store could not keep them', async () => {
      const unstorable: [Record<string, unknown>, string][] = [
        [{ budgetLineId: 'it\ud800' }, 'budgetLineId'],
        [{ title: '공고\u0000' }, 'title'],
        [{ technologyFields: ['AI', 'Io\udc00T'] }, 'technologyFields'],
      ];
      for (const [overrides, field] of unstorable) {
        const res = await request(service.http)
          .post('/api/applications/calls')
          .set('Authorization', users.pm)
          .send(call({ callId: 'call-nul', ...overrides }))
          .expect(400);
        expect(namesOnly(res.body, field)).toBe(true);
      }
      await request(service.http).get('/api/applications/calls/call-nul').set('Authorization', users.pm).expect(404);
    });

    it('refuses business rules with 422: the cap above ₩500,000,000, a window closing before it opens, a time without zone', async () => {
      const cap = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-cap', capPerProject: 500_000_001 }))
        .expect(422);
      expect(cap.body).toMatchObject({ code: 'CALL.CAP_ABOVE_PROGRAM_LIMIT', details: { programLimit: 500_000_000 } });
      const window = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-window', opensAt: hoursFromNow(48), closesAt: hoursFromNow(24) }))
        .expect(422);
      expect(window.body.code).toBe('CALL.CLOSES_BEFORE_OPENING');
      const zone = await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-zone', closesAt: '2099-03-31T18:00:00' }))
        .expect(422);
      expect(zone.body.code).toBe('CALL.TIME_MALFORMED');
    });
  });

  describe('reading', () => {
    it('lists and shows calls to every role, with the version as ETag', async () => {
      for (const token of [users.pm, users.finance, users.auditor, users.honamStaff, users.committeeMember]) {
        const list = await request(service.http).get('/api/applications/calls').set('Authorization', token).expect(200);
        expect(list.body.items.map((c: { callId: string }) => c.callId)).toContain('call-2026-it-convergence');
      }
      const one = await request(service.http).get('/api/applications/calls/call-2026-it-convergence').set('Authorization', users.committeeMember).expect(200);
      expect(one.headers['etag']).toBe('"1"');
      await request(service.http).get('/api/applications/calls').expect(401);
    });

    it('names calls by callId only', async () => {
      const list = await request(service.http).get('/api/applications/calls').set('Authorization', users.pm).expect(200);
      expect(list.body.items.every((c: object) => !('_id' in c) && !('_position' in c))).toBe(true);
    });

    it('answers 404 for an unknown call, 400 naming callId for one that could never exist', async () => {
      const res = await request(service.http).get('/api/applications/calls/call-1999').set('Authorization', users.pm).expect(404);
      expect(res.body).toMatchObject({ code: 'CALL.NOT_FOUND', detail: expect.stringMatching(/^공모가 없습니다\. \(No call with id call-1999\.\)$/) });
      for (const malformed of ['Call-1999', 'call_1999', `call-${'x'.repeat(60)}`]) {
        const bad = await request(service.http).get(`/api/applications/calls/${malformed}`).set('Authorization', users.pm).expect(400);
        expect(fieldsOf(bad.body)).toEqual(new Set(['callId']));
      }
      await request(service.http).patch('/api/applications/calls/Call-1999').set('Authorization', users.pm).send({ title: 'x' }).expect(400);
      await request(service.http).post('/api/applications/calls/Call-1999/close').set('Authorization', users.pm).send({ reason: 'r' }).expect(400);
    });
  });

  describe('amending', () => {
    it('changes only the terms given, by a program manager', async () => {
      const res = await request(service.http)
        .patch('/api/applications/calls/call-2026-it-convergence')
        .set('Authorization', users.pm)
        .send({ capPerProject: 400_000_000, technologyFields: ['AI', 'IoT', 'bio'] })
        .expect(200);
      expect(res.body).toMatchObject({
        capPerProject: 400_000_000,
        technologyFields: ['AI', 'IoT', 'bio'],
        title: '2026년 IT융합 기술개발 과제 공고',
        version: 2,
      });
      expect(res.headers['etag']).toBe('"2"');
    });

    it('refuses null for any term (400 naming it) and bodies that are no object (400), changing nothing', async () => {
      const path = '/api/applications/calls/call-2026-it-convergence';
      const before = await request(service.http).get(path).set('Authorization', users.pm).expect(200);
      const patch = () => request(service.http).patch(path).set('Authorization', users.pm);
      for (const field of ['title', 'closesAt', 'capPerProject', 'technologyFields']) {
        const res = await patch()
          .send({ [field]: null })
          .expect(400);
        expect(res.body.code).toBe('REQUEST.INVALID');
        expect(fieldsOf(res.body)).toEqual(new Set([field]));
      }
      const odd: [object, string][] = [
        [{ technologyFields: [null] }, 'technologyFields'],
        [{ technologyFields: ['AI', 7] }, 'technologyFields'],
        [{ technologyFields: 'AI' }, 'technologyFields'],
        [{ title: { ko: '제목' } }, 'title'],
        [{ capPerProject: '400000000' }, 'capPerProject'],
        [{ closesAt: 1 }, 'closesAt'],
      ];
      for (const [body, field] of odd) expect(fieldsOf((await patch().send(body).expect(400)).body)).toEqual(new Set([field]));
      for (const raw of ['[]', '[{"title":"x"}]', '"title"', 'null', '42']) await patch().set('Content-Type', 'application/json').send(raw).expect(400);

      const after = await request(service.http).get(path).set('Authorization', users.pm).expect(200);
      expect(after.body).toEqual(before.body);
    });

    it('is refused to other roles (403), for unknown calls (404), with nothing to change (422), with bad values (400, 422)', async () => {
      const path = '/api/applications/calls/call-2026-it-convergence';
      await request(service.http).patch(path).set('Authorization', users.jungbuStaff).send({ title: 'x' }).expect(403);
      await request(service.http).patch('/api/applications/calls/call-1999').set('Authorization', users.pm).send({ title: 'x' }).expect(404);
      const nothing = await request(service.http).patch(path).set('Authorization', users.pm).send({}).expect(422);
      expect(nothing.body.code).toBe('CALL.NOTHING_TO_AMEND');
      const bad = await request(service.http)
        .patch(path)
        .set('Authorization', users.pm)
        .send({ capPerProject: -5, opensAt: hoursFromNow(1) })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(new Set(['capPerProject', 'opensAt']));
      const above = await request(service.http).patch(path).set('Authorization', users.pm).send({ capPerProject: 600_000_000 }).expect(422);
      expect(above.body.code).toBe('CALL.CAP_ABOVE_PROGRAM_LIMIT');
    });

    it('honours If-Match: a stale version is a 409 conflict, a malformed one a 400', async () => {
      const path = '/api/applications/calls/call-2026-it-convergence';
      const stale = await request(service.http).patch(path).set('Authorization', users.pm).set('If-Match', '"1"').send({ title: '변경' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'REQUEST.VERSION_MISMATCH', details: { expectedVersion: 1, currentVersion: 2 } });
      await request(service.http).patch(path).set('Authorization', users.pm).set('If-Match', 'yesterday').send({ title: '변경' }).expect(400);
      await request(service.http).patch(path).set('Authorization', users.pm).set('If-Match', '"2"').send({ title: '2026년 IT융합 공고 (수정)' }).expect(200);
    });
  });

  describe('closing', () => {
    it('ends the window now, by a program manager with a reason; a closed call cannot be closed or amended again (409)', async () => {
      const callId = await openCall(service);
      const path = `/api/applications/calls/${callId}`;
      await request(service.http).post(`${path}/close`).set('Authorization', users.finance).send({ reason: '예산 조기 소진' }).expect(403);
      const missing = await request(service.http).post(`${path}/close`).set('Authorization', users.pm).send({}).expect(400);
      expect(fieldsOf(missing.body)).toEqual(new Set(['reason']));
      expect(
        fieldsOf((await request(service.http).post(`${path}/close`).set('Authorization', users.pm).send({ reason: '예산\u0000' }).expect(400)).body),
      ).toEqual(new Set(['reason']));

      const before = Date.now();
      const res = await request(service.http).post(`${path}/close`).set('Authorization', users.pm).send({ reason: '예산 조기 소진' }).expect(200);
      expect(res.body).toMatchObject({ status: 'closed-early', closeReason: '예산 조기 소진' });
      expect(Date.parse(res.body.closesAt)).toBeGreaterThanOrEqual(before - 1000);

      const again = await request(service.http).post(`${path}/close`).set('Authorization', users.pm).send({ reason: 'again' }).expect(409);
      expect(again.body.code).toBe('CALL.ALREADY_CLOSED');
      await request(service.http).patch(path).set('Authorization', users.pm).send({ title: 'x' }).expect(409);
      await request(service.http).post('/api/applications/calls/call-1999/close').set('Authorization', users.pm).send({ reason: 'r' }).expect(404);
    });
  });

  describe('publishing', () => {
    const about = (callId: string) => published.filter((message) => message.key === callId).map((message) => message.type);

    it('tells other services a call opened (applications.CallOpened v1, keyed by call id), with its terms as opened', async () => {
      const opensAt = hoursFromNow(-2);
      const closesAt = hoursFromNow(48);
      const callId = await openCall(service, { budgetLineId: 'agri-industry-commerce-convergence', title: '2026년 농공상 융합 공고', opensAt, closesAt });
      const message = await publishedAbout(published, 'applications.CallOpened', callId);
      expect(message).toMatchObject({ schemaVersion: 1, actor: { userId: 'pm-park', role: 'program-manager' } });
      expect(message.payload).toEqual({ callId, budgetLineId: 'agri-industry-commerce-convergence', title: '2026년 농공상 융합 공고', opensAt, closesAt });
    });

    it('publishes nothing for an amendment nor for a refused opening', async () => {
      const callId = await openCall(service);
      await publishedAbout(published, 'applications.CallOpened', callId);
      await request(service.http).patch(`/api/applications/calls/${callId}`).set('Authorization', users.pm).send({ title: '수정된 공고' }).expect(200);
      await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send({
          callId,
          budgetLineId: 'it-convergence',
          title: '다시',
          opensAt: hoursFromNow(-1),
          closesAt: hoursFromNow(24),
          capPerProject: 1,
          technologyFields: ['AI'],
        })
        .expect(409);
      await request(service.http)
        .post('/api/applications/calls')
        .set('Authorization', users.pm)
        .send(call({ callId: 'call-refused', capPerProject: 500_000_001 }))
        .expect(422);
      // A later call's message follows these in the outbox: once it is out, nothing else is coming.
      await publishedAbout(published, 'applications.CallOpened', await openCall(service));
      expect(about(callId)).toEqual(['applications.CallOpened']);
      expect(about('call-refused')).toEqual([]);
    });

    it('tells them when a call is closed early (applications.CallClosed v1), once', async () => {
      const callId = await openCall(service);
      const closed = await request(service.http)
        .post(`/api/applications/calls/${callId}/close`)
        .set('Authorization', users.pm)
        .send({ reason: '예산 조기 소진' })
        .expect(200);
      const message = await publishedAbout(published, 'applications.CallClosed', callId);
      expect(message).toMatchObject({ schemaVersion: 1, payload: { callId, closedAt: closed.body.closesAt, reason: '예산 조기 소진' } });
      await request(service.http).post(`/api/applications/calls/${callId}/close`).set('Authorization', users.pm).send({ reason: 'again' }).expect(409);
      await publishedAbout(published, 'applications.CallOpened', await openCall(service));
      expect(about(callId)).toEqual(['applications.CallOpened', 'applications.CallClosed']);
    });
  });
});
