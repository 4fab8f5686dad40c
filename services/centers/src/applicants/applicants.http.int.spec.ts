import { isDomainError, parseBusinessRegistrationNumber } from '@yunghap/kernel';
import { bearer, expectPagingOf, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from '../centers.module';

const gateway = bearer({ role: 'gateway', sub: 'gateway' });
const pm = bearer({ role: 'program-manager', sub: 'pm-kim' });
const auditor = bearer({ role: 'auditor', sub: 'auditor-park' });
const finance = bearer({ role: 'finance', sub: 'finance-lee' });
const jungbuStaff = bearer({ role: 'center-staff', sub: 'staff-jungbu', centerId: 'jungbu' });
const honamStaff = bearer({ role: 'center-staff', sub: 'staff-honam', centerId: 'honam' });
const committee = bearer({ role: 'committee-member', sub: 'member-1', committeeIds: ['c-1'] });
const applicant = bearer({ role: 'applicant', sub: 'applicant-hanbit', firmId: '3148123478' });

const KOREAN_FIRST = /^[^(]*[가-힣][^(]*\(.+\)$/s;

/** A registration number that passes the check digit, hyphenated as printed, from nine digits. */
function validNumber(prefix: string): string {
  const digit = [...'0123456789'].find((candidate) => !isDomainError(parseBusinessRegistrationNumber(prefix + candidate)))!;
  return `${prefix.slice(0, 3)}-${prefix.slice(3, 5)}-${prefix.slice(5)}${digit}`;
}

const registration = (userId: string, extra: object = {}) => ({
  userId,
  name: '박한빛',
  email: 'hanbit@example.kr',
  registrationNumber: '314-81-23478',
  firmName: '한빛정밀',
  province: '대전',
  ...extra,
});

describe('applicant registration over HTTP', () => {
  let service: TestService;
  const register = (body: object, token = gateway) => request(service.http).post('/api/centers/applicants').set('Authorization', token).send(body);
  const read = (userId: string, token = pm) => request(service.http).get(`/api/centers/applicants/${userId}`).set('Authorization', token);

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());

  describe('POST /api/centers/applicants', () => {
    it('registers a signed-in person for a firm at the center its province is routed to, pending (201)', async () => {
      const res = await register(registration('applicant-hanbit')).expect(201);

      expect(res.headers['location']).toBe('/api/centers/applicants/applicant-hanbit');
      expect(res.body).toEqual({
        userId: 'applicant-hanbit',
        name: '박한빛',
        email: 'hanbit@example.kr',
        phone: null,
        registrationNumber: '3148123478',
        firmName: '한빛정밀',
        province: '대전',
        centerId: 'jungbu',
        status: 'pending',
        reason: null,
        registeredAt: expect.any(String),
        decidedAt: null,
        decidedBy: null,
      });
    });

    it('refuses a second registration while one is pending (409), Korean first', async () => {
      const res = await register(registration('applicant-hanbit', { registrationNumber: '2208106252', firmName: '바다기술' })).expect(409);
      expect(res.body).toMatchObject({ code: 'APPLICANT.ALREADY_REGISTERED', details: { status: 'pending' } });
      expect(res.body.detail).toMatch(KOREAN_FIRST);
    });

    it('follows the routing in force: a province reassigned goes to its new center', async () => {
      const jeju = `/api/centers/routing/provinces/${encodeURIComponent('제주')}`;
      await request(service.http).put(jeju).set('Authorization', pm).send({ centerId: 'jungbu', reason: '시범 이관' }).expect(200);
      const res = await register(registration('applicant-jeju', { province: '제주', registrationNumber: validNumber('616810001') })).expect(201);
      await request(service.http).put(jeju).set('Authorization', pm).send({ centerId: 'honam', reason: '복귀' }).expect(200);

      expect(res.body.centerId).toBe('jungbu');
      const later = await register(registration('applicant-jeju-2', { province: '제주', registrationNumber: validNumber('616810002') })).expect(201);
      expect(later.body.centerId).toBe('honam');
    });

    it('refuses a wrong check digit (422, the number not echoed) and a malformed body (400 naming each field)', async () => {
      const wrong = await register(registration('applicant-typo', { registrationNumber: '314-81-23479' })).expect(422);
      expect(wrong.body).toMatchObject({ code: 'APPLICANT.REGISTRATION_NUMBER_INVALID', details: { field: 'registrationNumber' } });
      expect(wrong.body.detail).toMatch(KOREAN_FIRST);
      expect(JSON.stringify(wrong.body)).not.toContain('23479');

      const bad = await register({ userId: 'has space', name: ' ', email: 'not-mail', province: 'Mars', registrationNumber: '314-81-23478' }).expect(400);
      expect(new Set(bad.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set(['userId', 'name', 'email', 'firmName', 'province']));
      await read('applicant-typo').expect(404);
    });

    it.each([
      ['program-manager', pm],
      ['the applicant themself', applicant],
      ['center-staff', jungbuStaff],
    ])('is the gateway’s only: %s → 403', async (_who, token) => {
      const res = await register(registration('applicant-forbidden'), token).expect(403);
      expect(res.body.code).toBe('ACCESS.FORBIDDEN');
      await read('applicant-forbidden').expect(404);
    });
  });

  describe('reading registrations', () => {
    beforeAll(async () => {
      await register(registration('applicant-gwangju', { province: '광주', registrationNumber: validNumber('410810001'), firmName: '빛고을테크' })).expect(201);
    });

    it("gives center staff their own center's registrations, whatever centerId they omit", async () => {
      const res = await request(service.http).get('/api/centers/applicants').query({ status: 'pending' }).set('Authorization', jungbuStaff).expect(200);
      expect(res.body.items.map((item: { userId: string }) => item.userId)).toEqual(['applicant-hanbit', 'applicant-jeju']);
      expect(res.body.items.every((item: { centerId: string }) => item.centerId === 'jungbu')).toBe(true);
    });

    it('refuses center staff another center (403), by list and one by one', async () => {
      const res = await request(service.http).get('/api/centers/applicants').query({ centerId: 'jungbu' }).set('Authorization', honamStaff).expect(403);
      expect(res.body.code).toBe('ACCESS.FORBIDDEN');
      expect(res.body.detail).toMatch(KOREAN_FIRST);
      await read('applicant-hanbit', honamStaff).expect(403);
      await read('applicant-gwangju', honamStaff).expect(200);
    });

    it('lets program managers and auditors read every center, filtered by center and status', async () => {
      const all = await request(service.http).get('/api/centers/applicants').set('Authorization', auditor).expect(200);
      expect(all.body.items).toHaveLength(4);
      const honam = await request(service.http)
        .get('/api/centers/applicants')
        .query({ centerId: 'honam', status: 'pending' })
        .set('Authorization', pm)
        .expect(200);
      expect(honam.body.items.map((item: { userId: string }) => item.userId)).toEqual(['applicant-jeju-2', 'applicant-gwangju']);
      const none = await request(service.http).get('/api/centers/applicants').query({ status: 'confirmed' }).set('Authorization', pm).expect(200);
      expect(none.body.items).toEqual([]);
      await request(service.http).get('/api/centers/applicants').query({ status: 'approved' }).set('Authorization', pm).expect(400);
    });

    it('are paged like every list', async () => {
      await expectPagingOf(service, '/api/centers/applicants', auditor, (item: { userId: string }) => item.userId);
    });

    it('answers 404 for a person who never registered', async () => {
      const res = await read('applicant-new').expect(404);
      expect(res.body.code).toBe('APPLICANT.NOT_REGISTERED');
    });

    it.each([
      ['finance', finance],
      ['committee-member', committee],
      ['applicant', applicant],
      ['gateway', gateway],
    ])('is refused to %s (403)', async (_who, token) => {
      await request(service.http).get('/api/centers/applicants').set('Authorization', token).expect(403);
      await read('applicant-hanbit', token).expect(403);
    });
  });

  describe('confirming and rejecting', () => {
    const confirm = (userId: string, token: string) => request(service.http).post(`/api/centers/applicants/${userId}/confirm`).set('Authorization', token);
    const reject = (userId: string, token: string, reason: unknown = '사업자등록증의 상호와 다릅니다') =>
      request(service.http).post(`/api/centers/applicants/${userId}/reject`).set('Authorization', token).send({ reason });

    it('refuses staff of another center (403) and roles that do not decide (403), changing nothing', async () => {
      const other = await confirm('applicant-hanbit', honamStaff).expect(403);
      expect(other.body.code).toBe('APPLICANT.OTHER_CENTER');
      await reject('applicant-hanbit', honamStaff).expect(403);
      for (const token of [auditor, finance, committee, applicant, gateway]) {
        await confirm('applicant-hanbit', token).expect(403);
        await reject('applicant-hanbit', token).expect(403);
      }
      expect((await read('applicant-hanbit').expect(200)).body.status).toBe('pending');
    });

    it("is confirmed by the staff of the firm's center, recording who and when", async () => {
      const res = await confirm('applicant-hanbit', jungbuStaff).expect(200);
      expect(res.body).toMatchObject({ userId: 'applicant-hanbit', status: 'confirmed', decidedBy: 'staff-jungbu', decidedAt: expect.any(String) });
    });

    it('refuses a decision on a registration that is not pending (409), Korean first, and a person who never registered (404)', async () => {
      const again = await confirm('applicant-hanbit', pm).expect(409);
      expect(again.body).toMatchObject({ code: 'APPLICANT.NOT_PENDING', details: { status: 'confirmed' } });
      expect(again.body.detail).toMatch(KOREAN_FIRST);
      await reject('applicant-hanbit', pm).expect(409);
      await register(registration('applicant-hanbit')).expect(409);
      await confirm('applicant-new', pm).expect(404);
    });

    it('is rejected by a program manager with a reason (a blank one is 400); the person may then register again, for another firm', async () => {
      const blank = await reject('applicant-gwangju', pm, ' \t').expect(400);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);

      const res = await reject('applicant-gwangju', pm).expect(200);
      expect(res.body).toMatchObject({ status: 'rejected', reason: '사업자등록증의 상호와 다릅니다', decidedBy: 'pm-kim' });

      const again = await register(
        registration('applicant-gwangju', { province: '부산', registrationNumber: validNumber('602810001'), firmName: '해운대정밀' }),
      ).expect(201);
      expect(again.body).toMatchObject({ status: 'pending', centerId: 'busan-ulsan', firmName: '해운대정밀', reason: null, decidedBy: null });
    });
  });
});
