import { expectPagingOf, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from '../mentoring.module';
import { auditor, committee, finance, mentorBody, pm, registerMentor, staffOf } from '../testing/mentoring-test-kit';

const FIRM = '2208100001';

describe('the mentor pool over HTTP', () => {
  let service: TestService;
  const mentors = () => request(service.http).post('/api/mentoring/mentors');
  const mentor = (id: string, suffix = '') => `/api/mentoring/mentors/${id}${suffix}`;

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
  });
  afterAll(() => service.close());

  describe('registration', () => {
    it('is open to program managers and center staff, and records kind, expertise and affiliation', async () => {
      const senior = { kind: 'senior-firm', name: '(주)한빛배터리', affiliation: { firm: FIRM } };
      const res = await mentors().set('Authorization', staffOf('honam')).send(mentorBody(senior)).expect(201);
      expect(res.body).toMatchObject({ status: 'active', kind: 'senior-firm', affiliation: { firm: FIRM }, relationships: [], retirement: null });
      expect(res.body.mentorId).toEqual(expect.any(String));
      expect(res.body).not.toHaveProperty('_id');
      expect(res.body).not.toHaveProperty('_position');
      await mentors().set('Authorization', pm).send(mentorBody()).expect(201);
    });

    it('is refused to other roles (403) and without a token (401)', async () => {
      for (const token of [finance, auditor, committee]) await mentors().set('Authorization', token).send(mentorBody()).expect(403);
      await mentors().send(mentorBody()).expect(401);
    });

    it('answers 400 naming each malformed field', async () => {
      const body = mentorBody({ kind: 'guru', expertise: { fields: [], industries: ['C2'] }, affiliation: { firm: '220-81-00001' } });
      const res = await mentors().set('Authorization', pm).send(body).expect(400);
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(
        new Set(['kind', 'expertise.fields', 'expertise.industries', 'affiliation.firm']),
      );
    });

    it('answers 422 for what the pool rules refuse: a senior firm without its firm, a blank name or field', async () => {
      const noFirm = await mentors()
        .set('Authorization', pm)
        .send(mentorBody({ kind: 'senior-firm' }))
        .expect(422);
      expect(noFirm.body).toMatchObject({ code: 'MENTOR.INVALID_AFFILIATION', details: { problem: 'senior-firm-without-firm' } });
      expect(
        (
          await mentors()
            .set('Authorization', pm)
            .send(mentorBody({ name: '   ' }))
            .expect(422)
        ).body.code,
      ).toBe('MENTOR.NAME_REQUIRED');
      const noAffiliation = await mentors()
        .set('Authorization', pm)
        .send(mentorBody({ affiliation: {} }))
        .expect(422);
      expect(noAffiliation.body.details).toEqual({ problem: 'missing' });
    });
  });

  describe('the pool list', () => {
    let battery: string;
    let sensors: string;
    let consultant: string;

    beforeAll(async () => {
      battery = await registerMentor(service, { name: '가-배터리', expertise: { fields: ['battery-management'], industries: ['C26'] } });
      sensors = await registerMentor(service, { name: '나-센서', expertise: { fields: ['iot-sensing'], industries: ['C27'] } });
      consultant = await registerMentor(service, {
        kind: 'convergence-consultant',
        name: '다-컨설턴트',
        expertise: { fields: ['business-model'], industries: ['C'] },
      });
    });

    it('filters by field, by the industry a mentor covers, by kind and by active; every role may read it', async () => {
      const list = (query: object, token = committee) =>
        request(service.http).get('/api/mentoring/mentors').query(query).set('Authorization', token).expect(200);
      const ids = (body: { items: { mentorId: string }[] }) => body.items.map((item) => item.mentorId);

      expect(ids((await list({ field: 'iot-sensing' })).body)).toEqual([sensors]);
      const c26110 = ids((await list({ industry: 'C26110', limit: 200 }, auditor)).body);
      expect(c26110).toEqual(expect.arrayContaining([battery, consultant]));
      expect(c26110).not.toContain(sensors);
      expect(ids((await list({ kind: 'convergence-consultant' }, finance)).body)).toEqual([consultant]);
      expect((await list({ active: 'false' })).body).toEqual({ items: [], limit: 50, offset: 0, hasMore: false });
      await expectPagingOf(service, '/api/mentoring/mentors', pm, (item: { mentorId: string }) => item.mentorId);
    });

    it('answers 400 for a malformed filter and 401 without a token', async () => {
      await request(service.http).get('/api/mentoring/mentors').query({ industry: 'c-26' }).set('Authorization', pm).expect(400);
      await request(service.http).get('/api/mentoring/mentors').query({ limit: 0 }).set('Authorization', pm).expect(400);
      await request(service.http).get('/api/mentoring/mentors').expect(401);
    });

    it('shows one mentor to every role, and answers 404 for an unknown one', async () => {
      await request(service.http).get(mentor(battery)).set('Authorization', committee).expect(200);
      expect((await request(service.http).get(mentor('nobody')).set('Authorization', pm).expect(404)).body.code).toBe('MENTOR.NOT_FOUND');
    });
  });

  describe('changes', () => {
    let mentorId: string;
    beforeAll(async () => {
      mentorId = await registerMentor(service);
    });

    it('replaces the expertise as a whole; a blank field is 422, a duplicate 400, another role 403, an unknown mentor 404', async () => {
      const expertise = { fields: ['power-electronics', 'battery-management'], industries: ['C26', 'D'] };
      const res = await request(service.http).put(mentor(mentorId, '/expertise')).set('Authorization', staffOf('jungbu')).send(expertise).expect(200);
      expect(res.body.expertise).toEqual(expertise);

      const blank = await request(service.http)
        .put(mentor(mentorId, '/expertise'))
        .set('Authorization', pm)
        .send({ fields: [' '], industries: [] })
        .expect(422);
      expect(blank.body).toMatchObject({ code: 'MENTOR.INVALID_EXPERTISE', details: { problem: 'blank-field' } });
      await request(service.http)
        .put(mentor(mentorId, '/expertise'))
        .set('Authorization', pm)
        .send({ fields: ['a', 'a'], industries: [] })
        .expect(400);
      await request(service.http).put(mentor(mentorId, '/expertise')).set('Authorization', finance).send(expertise).expect(403);
      expect((await request(service.http).put(mentor('nobody', '/expertise')).set('Authorization', pm).send(expertise).expect(404)).body.code).toBe(
        'MENTOR.NOT_FOUND',
      );
    });

    it('declares a relationship once (409 again); a bad firm is 400, another role 403', async () => {
      const tie = { firm: FIRM, kind: 'advisory' };
      const res = await request(service.http).post(mentor(mentorId, '/relationships')).set('Authorization', pm).send(tie).expect(201);
      expect(res.body.relationships).toEqual([tie]);
      expect((await request(service.http).post(mentor(mentorId, '/relationships')).set('Authorization', pm).send(tie).expect(409)).body.code).toBe(
        'MENTOR.RELATIONSHIP_ALREADY_DECLARED',
      );
      await request(service.http).post(mentor(mentorId, '/relationships')).set('Authorization', pm).send({ firm: '12345', kind: 'cousin' }).expect(400);
      await request(service.http).post(mentor(mentorId, '/relationships')).set('Authorization', auditor).send(tie).expect(403);
    });

    it('retires a mentor with a reason, after which nothing changes (409)', async () => {
      await request(service.http).post(mentor(mentorId, '/retire')).set('Authorization', pm).send({}).expect(400);
      await request(service.http).post(mentor(mentorId, '/retire')).set('Authorization', committee).send({ reason: 'moved abroad' }).expect(403);
      const res = await request(service.http).post(mentor(mentorId, '/retire')).set('Authorization', pm).send({ reason: 'moved abroad' }).expect(200);
      expect(res.body).toMatchObject({ status: 'retired', retirement: { reason: 'moved abroad', retiredAt: expect.any(String) } });

      expect((await request(service.http).post(mentor(mentorId, '/retire')).set('Authorization', pm).send({ reason: 'again' }).expect(409)).body.code).toBe(
        'MENTOR.RETIRED',
      );
      await request(service.http)
        .put(mentor(mentorId, '/expertise'))
        .set('Authorization', pm)
        .send({ fields: ['x'], industries: [] })
        .expect(409);
      const retired = await request(service.http).get('/api/mentoring/mentors').query({ active: 'false' }).set('Authorization', pm).expect(200);
      expect(retired.body.items.map((item: { mentorId: string }) => item.mentorId)).toEqual([mentorId]);
    });
  });
});
