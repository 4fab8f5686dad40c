import { engagementStreamId } from '@yunghap/mentoring-domain';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from './mentoring.module';
import { consortiumBody, eventTypes, mentorBody, pm, proposeEngagement, registerMentor, staffOf } from './testing/mentoring-test-kit';

const coordinator = staffOf('edge', 'coord-edge');
type Violation = { field: string; rule: string };

/** The (field, rule) pairs a 400 problem of the validation pipe names. */
const violations = (body: { code: string; errors: Violation[] }) => {
  expect(body.code).toBe('REQUEST.INVALID');
  return body.errors.map(({ field, rule }) => ({ field, rule }));
};

/** The distinct fields a 400 problem names, whichever layer refused (the platform's edge refuses unstorable text before validation). */
const fieldsNamed = (body: { errors: Violation[] }) => [...new Set(body.errors.map(({ field }) => field))];

describe('mentoring refuses malformed input with 400 naming the field and rule, never 500', () => {
  let service: TestService;
  let mentorId: string;
  let engagementId: string;
  const mentorCount = async () => (await request(service.http).get('/api/mentoring/mentors?limit=200').set('Authorization', pm).expect(200)).body.items.length;
  const engagementCount = async () =>
    (await request(service.http).get('/api/mentoring/engagements?centerId=edge&limit=200').set('Authorization', pm).expect(200)).body.items.length;
  const register = (body: object) => request(service.http).post('/api/mentoring/mentors').set('Authorization', pm).send(body).expect(400);
  const propose = (body: object) => request(service.http).post('/api/mentoring/engagements').set('Authorization', coordinator).send(body).expect(400);

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
    mentorId = await registerMentor(service);
    engagementId = await proposeEngagement(service, coordinator);
  });
  afterAll(() => service.close());

  describe('registering a mentor (the fuzzer had 500 here)', () => {
    it('names a missing expertise or affiliation', async () => {
      const { expertise: _expertise, affiliation: _affiliation, ...bare } = mentorBody();
      expect(violations((await register({ ...bare, affiliation: { institution: 'KERI' } })).body)).toEqual([{ field: 'expertise', rule: 'isDefined' }]);
      expect(violations((await register({ ...bare, expertise: { fields: ['x'], industries: [] } })).body)).toEqual([
        { field: 'affiliation', rule: 'isDefined' },
      ]);
      expect(violations((await register(bare)).body)).toEqual([
        { field: 'expertise', rule: 'isDefined' },
        { field: 'affiliation', rule: 'isDefined' },
      ]);
      expect(await mentorCount()).toBe(1);
    });

    it('refuses null where a value is expected: affiliation.institution, affiliation, expertise', async () => {
      const institution = violations((await register(mentorBody({ affiliation: { institution: null } }))).body);
      expect(institution).toContainEqual({ field: 'affiliation.institution', rule: 'isString' });
      expect(institution.every(({ field }) => field === 'affiliation.institution')).toBe(true);
      for (const field of ['affiliation', 'expertise']) {
        const refused = violations((await register(mentorBody({ [field]: null }))).body);
        expect(refused).toContainEqual({ field, rule: 'isDefined' });
        expect(new Set(refused.map((violation) => violation.field))).toEqual(new Set([field]));
      }
      expect(await mentorCount()).toBe(1);
    });

    it('refuses text holding U+0000, which the event store cannot keep', async () => {
      expect(fieldsNamed((await register(mentorBody({ name: 'a\u0000b' }))).body)).toEqual(['name']);
      expect(fieldsNamed((await register(mentorBody({ expertise: { fields: ['\u0000'], industries: [] } }))).body)).toEqual([
        expect.stringMatching(/^expertise\.fields/),
      ]);
      const retire = await request(service.http)
        .post(`/api/mentoring/mentors/${mentorId}/retire`)
        .set('Authorization', pm)
        .send({ reason: 'x\u0000' })
        .expect(400);
      expect(fieldsNamed(retire.body)).toEqual(['reason']);
      expect(await mentorCount()).toBe(1);
    });
  });

  describe('proposing an engagement (the fuzzer had 500 for {})', () => {
    it('names the missing consortium, and each missing field of an empty one', async () => {
      expect(violations((await propose({})).body)).toEqual([{ field: 'consortium', rule: 'isDefined' }]);
      const nullConsortium = violations((await propose({ consortium: null })).body);
      expect(nullConsortium).toContainEqual({ field: 'consortium', rule: 'isDefined' });
      expect(new Set(nullConsortium.map(({ field }) => field))).toEqual(new Set(['consortium']));
      const fields = new Set(violations((await propose({ consortium: {} })).body).map(({ field }) => field));
      expect(fields).toEqual(new Set(['consortium.consortiumId', 'consortium.firms', 'consortium.technologyFields']));
      expect(await engagementCount()).toBe(1);
    });

    it('refuses a malformed center id and text holding U+0000', async () => {
      expect(violations((await propose({ centerId: 'Edge!', consortium: consortiumBody() })).body)).toEqual([{ field: 'centerId', rule: 'matches' }]);
      const field = fieldsNamed((await propose({ consortium: consortiumBody({ technologyFields: ['a\u0000'] }) })).body);
      expect(field).toEqual([expect.stringMatching(/^consortium\.technologyFields/)]);
      const cancel = await request(service.http)
        .post(`/api/mentoring/engagements/${engagementId}/cancel`)
        .set('Authorization', coordinator)
        .send({ reason: '\u0000' })
        .expect(400);
      expect(fieldsNamed(cancel.body)).toEqual(['reason']);
      expect(await engagementCount()).toBe(1);
      expect(await eventTypes(service, engagementStreamId(engagementId))).toEqual(['EngagementProposed', 'CandidatesMatched']);
    });
  });

  describe('ids in the path', () => {
    it('refuses one with a NUL character', async () => {
      await request(service.http)
        .put('/api/mentoring/mentors/a%00b/expertise')
        .set('Authorization', pm)
        .send({ fields: ['x'], industries: [] })
        .expect(400);
      await request(service.http).post('/api/mentoring/engagements/a%00b/allocation').set('Authorization', coordinator).expect(400);
      await request(service.http).get('/api/mentoring/engagements/a%00b').set('Authorization', pm).expect(400);
    });

    it.each([
      ['a space', '%20x'],
      ['a leading hyphen', '-x'],
      ['more than 100 characters', 'x'.repeat(101)],
    ])('refuses one with %s, naming it', async (_what, id) => {
      const mentor = await request(service.http)
        .put(`/api/mentoring/mentors/${id}/expertise`)
        .set('Authorization', pm)
        .send({ fields: ['x'], industries: [] })
        .expect(400);
      expect(violations(mentor.body)).toEqual([{ field: 'mentorId', rule: 'matches' }]);
      const engagement = await request(service.http).post(`/api/mentoring/engagements/${id}/allocation`).set('Authorization', coordinator).expect(400);
      expect(violations(engagement.body)).toEqual([{ field: 'engagementId', rule: 'matches' }]);
      await request(service.http).get(`/api/mentoring/engagements/${id}`).set('Authorization', pm).expect(400);
    });

    it('still answers 404 for a well-formed id nobody has', async () => {
      expect((await request(service.http).get('/api/mentoring/mentors/nobody').set('Authorization', pm).expect(404)).body.code).toBe('MENTOR.NOT_FOUND');
      expect((await request(service.http).post('/api/mentoring/engagements/nothing/allocation').set('Authorization', coordinator).expect(404)).body.code).toBe(
        'ENGAGEMENT.NOT_FOUND',
      );
    });
  });

  describe('paging', () => {
    it.each([
      ['offset', ''],
      ['offset', ' '],
      ['offset', '1e2'],
      ['offset', '1000001'],
      ['offset', '-1'],
      ['limit', '201'],
      ['limit', '1.5'],
    ])('refuses %s=%j on both lists', async (name, value) => {
      for (const list of ['/api/mentoring/mentors', '/api/mentoring/engagements']) {
        const res = await request(service.http)
          .get(list)
          .query({ [name]: value })
          .set('Authorization', pm)
          .expect(400);
        expect(violations(res.body).map(({ field }) => field)).toEqual(expect.arrayContaining([name]));
      }
    });

    it('reads digits as numbers', async () => {
      const res = await request(service.http).get('/api/mentoring/mentors').query({ offset: '0', limit: '1' }).set('Authorization', pm).expect(200);
      expect(res.body.items).toHaveLength(1);
    });
  });
});
