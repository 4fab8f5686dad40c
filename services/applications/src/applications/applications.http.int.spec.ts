import { IntegrationMessage } from '@yunghap/messaging';
import { expectPagingOf, TestService, testUsers } from '@yunghap/service-harness';
import request from 'supertest';
import {
  APPLICANT_ID,
  applicantFor,
  colleagueOf,
  content,
  draft,
  drafterOf,
  fieldsOf,
  firm,
  namesOnly,
  openCall,
  publishedAbout,
  startApplications,
  submit,
  submitted,
  UNKNOWN_APPLICATION_ID,
  users,
  withWrongCheckDigit,
} from '../testing/applications.test-kit';

const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;

describe('applications over HTTP: the applicant side, reading and lists', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  let callId: string;

  beforeAll(async () => {
    ({ service, published } = await startApplications());
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  describe('drafting', () => {
    it("makes the lead firm's drafting applicant the applicant, with the content validated into canonical form", async () => {
      const body = content({ leadFirm: firm({ registrationNumber: '220-81-06252' }) });
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId, ...body })
        .expect(201);
      expect(res.body).toMatchObject({ callId, applicantId: APPLICANT_ID, status: 'drafted', centerId: null, title: body.task.title, version: 1 });
      expect(res.body.content.leadFirm.registrationNumber).toBe('2208106252');
      expect(res.body).not.toHaveProperty('_id');
      expect(res.headers).toMatchObject({ location: `/api/applications/applications/${res.body.applicationId}`, etag: '"1"' });
    });

    it('keeps the budget plan with the government grant and the own contribution (cash, in kind) of each category, absent shares as none', async () => {
      const budgetPlan = [
        { category: 'personnel', amount: 150_000_000, ownInKind: 70_000_000 },
        { category: 'equipment', amount: 100_000_000, ownCash: 20_000_000 },
        { category: 'in-kind-facilities', amount: 0, ownInKind: 5_000_000 },
      ];
      const body = content({ budgetPlan });
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId, ...body })
        .expect(201);
      expect(res.body.content.budgetPlan).toEqual([
        { category: 'personnel', amount: 150_000_000, ownCash: 0, ownInKind: 70_000_000 },
        { category: 'equipment', amount: 100_000_000, ownCash: 20_000_000, ownInKind: 0 },
        { category: 'in-kind-facilities', amount: 0, ownCash: 0, ownInKind: 5_000_000 },
      ]);
      const emptyPlan = content({ budgetPlan: [{ category: 'personnel', amount: 0 }] });
      const empty = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(emptyPlan))
        .send({ callId, ...emptyPlan })
        .expect(422);
      expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'budgetPlan[0].amount', rule: 'BUDGET.ITEM_EMPTY' })]);
    });

    it('takes a province written in decomposed Hangul (NFD 제주) as the centers do, and keeps it composed', async () => {
      const body = content({ leadFirm: firm({ province: '제주'.normalize('NFD') }) });
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId, ...body })
        .expect(201);
      expect(res.body.content.leadFirm.province).toBe('제주');
    });

    it('needs a token (401)', async () => {
      await request(service.http)
        .post('/api/applications/applications')
        .send({ callId, ...content() })
        .expect(401);
    });

    it("is an applicant's, for the firm their token names as the lead (403 for center staff, a program manager, another firm's or a partner's applicant)", async () => {
      const body = content();
      const partner = body.partnerFirms[0];
      for (const token of [users.jungbuStaff, users.pm, users.otherFirmApplicant]) {
        await request(service.http)
          .post('/api/applications/applications')
          .set('Authorization', token)
          .send({ callId, ...body })
          .expect(403);
      }
      const partners = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor({ leadFirm: partner }))
        .send({ callId, ...body })
        .expect(403);
      expect(partners.body).toMatchObject({
        code: 'ACCESS.FORBIDDEN',
        detail: expect.stringMatching(/^신청인은 .+\(An applicant acts only on applications whose lead firm/),
      });
      expect(partners.body.detail).not.toContain(partner.registrationNumber);
    });

    it('names every malformed field (400), nested ones included, and refuses unknown fields', async () => {
      const body = content({
        requestedAmount: 1.5,
        partnerFirms: [{ ...firm(), size: 'huge' }],
        task: { ...content().task, stage: 'dreaming', durationMonths: 0 },
      });
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId, ...body, leadFirm: { ...firm(), name: undefined }, bonus: true })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(new Set(['requestedAmount', 'partnerFirms[0].size', 'task.stage', 'task.durationMonths', 'leadFirm.name', 'bonus']));
    });

    it('refuses U+0000 and lone surrogates in any text of the content (400 naming each field), which the event store could not keep', async () => {
      const task = content().task;
      const unstorable: [Record<string, unknown>, string][] = [
        [{ leadFirm: firm({ name: '한빛\u0000정밀' }) }, 'leadFirm.name'],
        [{ task: { ...task, title: '과제\u0000' } }, 'task.title'],
        [{ task: { ...task, summary: '요약\ud83d' } }, 'task.summary'],
        [{ task: { ...task, technologyFields: ['AI', 'Io\u0000T'] } }, 'task.technologyFields'],
        [{ budgetPlan: [{ category: 'personnel\udc00', amount: 250_000_000 }] }, 'budgetPlan[0].category'],
      ];
      for (const [overrides, field] of unstorable) {
        const body = content(overrides);
        const res = await request(service.http)
          .post('/api/applications/applications')
          .set('Authorization', applicantFor(body))
          .send({ callId, ...body })
          .expect(400);
        expect(namesOnly(res.body, field)).toBe(true);
      }
      for (const [query, field] of [
        [{ q: '과제\u0000' }, 'q'],
        [{ callId: 'call\u0000' }, 'callId'],
      ] as const) {
        const search = await request(service.http)
          .get('/api/applications/me/applications')
          .query(query)
          .set('Authorization', users.otherFirmApplicant)
          .expect(400);
        expect(namesOnly(search.body, field)).toBe(true);
      }
    });

    it('refuses a registration number with a wrong check digit, or a malformed KSIC code, with 422 naming each field', async () => {
      const partner = firm({ industryCode: 'J62010' });
      const body = content({
        partnerFirms: [{ ...partner, registrationNumber: withWrongCheckDigit(partner.registrationNumber) }],
        leadFirm: firm({ industryCode: 'c29' }),
      });
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId, ...body })
        .expect(422);
      expect(res.body.code).toBe('APPLICATION.CONTENT_INVALID');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'leadFirm.industryCode', rule: 'INDUSTRY_CODE.MALFORMED' }),
        expect.objectContaining({ field: 'partnerFirms[0].registrationNumber', rule: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH' }),
      ]);
    });

    it('refuses a call that was never opened (422, on callId)', async () => {
      const body = content();
      const res = await request(service.http)
        .post('/api/applications/applications')
        .set('Authorization', applicantFor(body))
        .send({ callId: 'call-1999', ...body })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'APPLICATION.CALL_UNKNOWN', errors: [expect.objectContaining({ field: 'callId' })] });
    });
  });

  describe('revising', () => {
    it('replaces the content, by the applicant only (403 for anyone else), and honours If-Match (409)', async () => {
      const body = content();
      const applicationId = await draft(service, callId, body);
      const revised = { ...body, requestedAmount: 200_000_000, budgetPlan: [{ category: 'personnel', amount: 200_000_000, ownInKind: 70_000_000 }] };
      for (const token of [colleagueOf(applicationId), users.otherFirmApplicant, users.pm]) {
        await request(service.http).put(path(applicationId)).set('Authorization', token).send(revised).expect(403);
      }

      const res = await request(service.http)
        .put(path(applicationId))
        .set('Authorization', drafterOf(applicationId))
        .set('If-Match', '"1"')
        .send(revised)
        .expect(200);
      expect(res.body).toMatchObject({ requestedAmount: 200_000_000, version: 2 });
      const stale = await request(service.http)
        .put(path(applicationId))
        .set('Authorization', drafterOf(applicationId))
        .set('If-Match', '"1"')
        .send(revised)
        .expect(409);
      expect(stale.body.code).toBe('REQUEST.VERSION_MISMATCH');
    });

    it('keeps the application with its lead firm: a revision naming another firm as the lead is refused (403)', async () => {
      const body = content();
      const applicationId = await draft(service, callId, body);
      await request(service.http).put(path(applicationId)).set('Authorization', drafterOf(applicationId)).send(content()).expect(403);
      const handedOver = content();
      await request(service.http).put(path(applicationId)).set('Authorization', applicantFor(handedOver)).send(handedOver).expect(403);
    });

    it('answers 404 for an unknown application and 400 for malformed content', async () => {
      await request(service.http).put(path(UNKNOWN_APPLICATION_ID)).set('Authorization', users.otherFirmApplicant).send(content()).expect(404);
      const body = content();
      const applicationId = await draft(service, callId, body);
      const res = await request(service.http)
        .put(path(applicationId))
        .set('Authorization', drafterOf(applicationId))
        .send({ ...body, budgetPlan: 'lots' })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(new Set(['budgetPlan']));
    });
  });

  describe('submitting', () => {
    it("routes to the lead firm's center and publishes ApplicationSubmitted with it, after routing", async () => {
      const lead = firm({ province: '제주', registrationNumber: '220-81-06252' });
      const applicationId = await draft(service, callId, content({ leadFirm: lead }));
      const res = await request(service.http)
        .post(path(applicationId, '/submit'))
        .set('Authorization', drafterOf(applicationId))
        .set('X-Correlation-Id', 'submit-jeju-0001')
        .expect(200);
      expect(res.body).toMatchObject({ status: 'routed', centerId: 'honam', routing: { centerId: 'honam', mappingVersion: 1 } });

      const message = await publishedAbout(published, 'applications.ApplicationSubmitted', applicationId);
      expect(message).toMatchObject({
        correlationId: 'submit-jeju-0001',
        payload: {
          applicationId,
          callId,
          centerId: 'honam',
          mappingVersion: 1,
          province: '제주',
          leadRegistrationNumber: '2208106252',
          requestedWon: 250_000_000,
          submittedAt: res.body.submittedAt,
        },
      });
      expect((message.payload as { memberRegistrationNumbers: string[] }).memberRegistrationNumbers).toHaveLength(2);
    });

    it("is the applicant's alone (403), once (409), and ends revising (409)", async () => {
      const body = content();
      const applicationId = await draft(service, callId, body);
      for (const token of [users.jungbuStaff, users.otherFirmApplicant, colleagueOf(applicationId)]) {
        await request(service.http).post(path(applicationId, '/submit')).set('Authorization', token).expect(403);
      }
      await submit(service, applicationId);
      const again = await request(service.http).post(path(applicationId, '/submit')).set('Authorization', drafterOf(applicationId)).expect(409);
      expect(again.body.code).toBe('APPLICATION.ALREADY_SUBMITTED');
      const revise = await request(service.http).put(path(applicationId)).set('Authorization', drafterOf(applicationId)).send(body).expect(409);
      expect(revise.body.code).toBe('APPLICATION.NOT_DRAFT');
      await request(service.http).post(path(UNKNOWN_APPLICATION_ID, '/submit')).set('Authorization', drafterOf(applicationId)).expect(404);
    });
  });

  describe('withdrawing', () => {
    it("is the applicant's alone, with a reason, and publishes ApplicationWithdrawn with the center", async () => {
      const applicationId = await submitted(service, callId);
      for (const token of [users.pm, users.otherFirmApplicant, colleagueOf(applicationId)]) {
        await request(service.http).post(path(applicationId, '/withdraw')).set('Authorization', token).send({ reason: '구성 변경' }).expect(403);
      }
      const missing = await request(service.http).post(path(applicationId, '/withdraw')).set('Authorization', drafterOf(applicationId)).send({}).expect(400);
      expect(fieldsOf(missing.body)).toEqual(new Set(['reason']));
      const nul = await request(service.http)
        .post(path(applicationId, '/withdraw'))
        .set('Authorization', drafterOf(applicationId))
        .send({ reason: '사유\u0000' })
        .expect(400);
      expect(fieldsOf(nul.body)).toEqual(new Set(['reason']));

      const res = await request(service.http)
        .post(path(applicationId, '/withdraw'))
        .set('Authorization', drafterOf(applicationId))
        .send({ reason: '컨소시엄 구성 변경' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', withdrawalReason: '컨소시엄 구성 변경' });
      const message = await publishedAbout(published, 'applications.ApplicationWithdrawn', applicationId);
      expect(message.payload).toMatchObject({ applicationId, callId, centerId: 'jungbu' });

      const again = await request(service.http)
        .post(path(applicationId, '/withdraw'))
        .set('Authorization', drafterOf(applicationId))
        .send({ reason: 'again' })
        .expect(409);
      expect(again.body.code).toBe('APPLICATION.WITHDRAWN');
      await request(service.http).post(path(applicationId, '/submit')).set('Authorization', drafterOf(applicationId)).expect(409);
    });

    it('of a draft publishes nothing: no other service heard of it', async () => {
      const applicationId = await draft(service, callId);
      await request(service.http)
        .post(path(applicationId, '/withdraw'))
        .set('Authorization', drafterOf(applicationId))
        .send({ reason: '참여 포기' })
        .expect(200);
      const later = await submitted(service, callId);
      await publishedAbout(published, 'applications.ApplicationSubmitted', later);
      expect(published.filter((message) => message.key === applicationId)).toEqual([]);
    });
  });

  describe('reading one application and its timeline', () => {
    let applicationId: string;
    let partnerApplicant: string;

    beforeAll(async () => {
      const body = content();
      partnerApplicant = applicantFor({ leadFirm: body.partnerFirms[0] }, 'applicant-kim');
      applicationId = await draft(service, callId, body);
      await request(service.http)
        .post(path(applicationId, '/submit'))
        .set('Authorization', drafterOf(applicationId))
        .set('X-Correlation-Id', 'submit-daejeon-0001')
        .expect(200);
    });

    it("shows it to the applicants of its firms, the program-wide roles and the routed center's staff, with the version as ETag", async () => {
      const applicants = [drafterOf(applicationId), colleagueOf(applicationId), partnerApplicant];
      for (const token of [...applicants, users.pm, users.finance, users.auditor, users.jungbuStaff]) {
        const res = await request(service.http).get(path(applicationId)).set('Authorization', token).expect(200);
        expect(res.body).toMatchObject({ applicationId, status: 'routed', centerId: 'jungbu' });
        expect(res.headers['etag']).toBe('"3"');
      }
    });

    it("hides it from another center's staff, another firm's applicant, a committee not evaluating it and the gateway (403); 404 when unknown", async () => {
      for (const token of [users.honamStaff, users.otherFirmApplicant, users.committeeMember, testUsers.gateway]) {
        await request(service.http).get(path(applicationId)).set('Authorization', token).expect(403);
        await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', token).expect(403);
      }
      await request(service.http).get(path(UNKNOWN_APPLICATION_ID)).set('Authorization', users.pm).expect(404);
      await request(service.http).get(path(UNKNOWN_APPLICATION_ID, '/timeline')).set('Authorization', users.pm).expect(404);
      await request(service.http).get(path(applicationId)).expect(401);
    });

    it('answers 400 naming applicationId for an id this service never issues, on every route', async () => {
      for (const malformed of ['no-such-application', applicationId.toUpperCase(), `${applicationId}0`]) {
        const requests = [
          request(service.http).get(path(malformed)),
          request(service.http).get(path(malformed, '/timeline')),
          request(service.http).put(path(malformed)).send(content()),
          request(service.http).post(path(malformed, '/submit')),
          request(service.http).post(path(malformed, '/withdraw')).send({ reason: 'r' }),
        ];
        for (const req of requests) {
          const res = await req.set('Authorization', users.otherFirmApplicant).expect(400);
          expect(res.body.errors).toEqual([expect.objectContaining({ field: 'applicationId', rule: 'matches' })]);
        }
      }
    });

    it('lists every event with its type, time, actor id and role, and correlation id', async () => {
      const res = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', users.auditor).expect(200);
      expect(res.body.events).toEqual([
        expect.objectContaining({
          version: 1,
          type: 'ApplicationDrafted',
          actor: { userId: APPLICANT_ID, role: 'applicant' },
          details: expect.objectContaining({ callId }),
        }),
        expect.objectContaining({
          version: 2,
          type: 'ApplicationSubmitted',
          actor: { userId: APPLICANT_ID, role: 'applicant' },
          correlationId: 'submit-daejeon-0001',
        }),
        expect.objectContaining({
          version: 3,
          type: 'ApplicationRouted',
          actor: { userId: 'yunghap', role: 'system' },
          correlationId: 'submit-daejeon-0001',
          details: { centerId: 'jungbu', mappingVersion: 1 },
        }),
      ]);
      expect(res.body.events.every((event: { eventId: string; occurredAt: string }) => event.eventId && !Number.isNaN(Date.parse(event.occurredAt)))).toBe(
        true,
      );
      expect(res.body.events.map((event: object) => Object.keys(event).filter((key) => key.startsWith('_')))).toEqual([[], [], []]);
      expect(res.body.events[0]).toMatchObject({ applicationId, causationId: null });
    });
  });

  describe('lists', () => {
    let listCall: string;
    const ids: string[] = [];

    beforeAll(async () => {
      listCall = await openCall(service);
      for (const title of ['스마트팜 센서 융합', '정밀가공 불량 예측', '배터리 진단 AI']) {
        ids.push(await submitted(service, listCall, content({ task: { ...content().task, title } })));
      }
      await request(service.http).post(path(ids[2], '/withdraw')).set('Authorization', drafterOf(ids[2])).send({ reason: '포기' }).expect(200);
      await draft(service, listCall);
      await submitted(service, listCall, content({ leadFirm: firm({ province: '광주' }) }));
    });

    it('per center: filtered by status, call and title, paged, newest first, without the content', async () => {
      const all = await request(service.http)
        .get('/api/applications/centers/jungbu/applications')
        .query({ callId: listCall })
        .set('Authorization', users.jungbuStaff)
        .expect(200);
      expect(all.body).toMatchObject({ limit: 50, offset: 0, hasMore: false });
      expect(all.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([ids[2], ids[1], ids[0]]);
      expect(all.body.items[0]).not.toHaveProperty('content');
      expect(all.body.items[0]).not.toHaveProperty('_position');
      expect(all.body.items[0]).not.toHaveProperty('_id');

      const routed = await request(service.http)
        .get('/api/applications/centers/jungbu/applications')
        .query({ callId: listCall, status: 'routed', limit: 1, offset: 1 })
        .set('Authorization', users.pm)
        .expect(200);
      expect(routed.body).toMatchObject({ limit: 1, offset: 1, hasMore: false, items: [expect.objectContaining({ applicationId: ids[0] })] });

      const search = await request(service.http)
        .get('/api/applications/centers/jungbu/applications')
        .query({ callId: listCall, q: '불량' })
        .set('Authorization', users.finance)
        .expect(200);
      expect(search.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([ids[1]]);
    });

    it("per center: refused to another center's staff and to committee members (403); bad filters are 400", async () => {
      await request(service.http).get('/api/applications/centers/jungbu/applications').set('Authorization', users.honamStaff).expect(403);
      await request(service.http).get('/api/applications/centers/jungbu/applications').set('Authorization', users.committeeMember).expect(403);
      const bad = await request(service.http)
        .get('/api/applications/centers/jungbu/applications')
        .query({ status: 'pending', limit: 0, offset: -1 })
        .set('Authorization', users.pm)
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(new Set(['status', 'limit', 'offset']));
    });

    it('program-wide: every center for program managers, finance and auditors, narrowed by center on request', async () => {
      const all = await request(service.http).get('/api/applications/applications').query({ callId: listCall }).set('Authorization', users.auditor).expect(200);
      expect(all.body.items).toHaveLength(5);
      await expectPagingOf(service, '/api/applications/applications', users.auditor, (item: { applicationId: string }) => item.applicationId, {
        callId: listCall,
      });
      const honam = await request(service.http)
        .get('/api/applications/applications')
        .query({ callId: listCall, centerId: 'honam' })
        .set('Authorization', users.pm)
        .expect(200);
      expect(honam.body.items).toHaveLength(1);
      await request(service.http).get('/api/applications/applications').set('Authorization', users.jungbuStaff).expect(403);
      await request(service.http).get('/api/applications/applications').set('Authorization', users.committeeMember).expect(403);
      const bad = await request(service.http).get('/api/applications/applications').query({ centerId: 'Jungbu' }).set('Authorization', users.pm).expect(400);
      expect(fieldsOf(bad.body)).toEqual(new Set(['centerId']));
    });

    it('per center: a malformed center id is 400, a well-formed unknown one an empty page', async () => {
      const bad = await request(service.http).get('/api/applications/centers/Jungbu!/applications').set('Authorization', users.pm).expect(400);
      expect(fieldsOf(bad.body)).toEqual(new Set(['centerId']));
      const none = await request(service.http).get('/api/applications/centers/atlantis/applications').set('Authorization', users.pm).expect(200);
      expect(none.body).toEqual({ items: [], limit: 50, offset: 0, hasMore: false });
    });

    it("mine: what the caller's firm takes part in, as lead or as partner, drafts included, and nothing of other firms'; applicants only", async () => {
      const mineCall = await openCall(service);
      const shared = firm({ name: '누리소프트', industryCode: 'J62010', province: '세종', size: 'medium' });
      const led = await draft(service, mineCall, content({ leadFirm: shared }));
      const partnered = await submitted(service, mineCall, content({ partnerFirms: [shared] }));
      await submitted(service, mineCall);
      const mine = await request(service.http)
        .get('/api/applications/me/applications')
        .query({ callId: mineCall })
        .set('Authorization', testUsers.applicantOf(shared.registrationNumber, 'applicant-kim'))
        .expect(200);
      expect(mine.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([partnered, led]);
      const theirs = await request(service.http)
        .get('/api/applications/me/applications')
        .query({ callId: mineCall })
        .set('Authorization', users.otherFirmApplicant)
        .expect(200);
      expect(theirs.body.items).toEqual([]);
      await request(service.http).get('/api/applications/me/applications').set('Authorization', users.pm).expect(403);
    });
  });
});
