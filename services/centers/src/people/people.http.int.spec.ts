import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from '../centers.module';

const gateway = bearer({ role: 'gateway', sub: 'gateway' });
const pm = bearer({ role: 'program-manager', sub: 'pm-kim' });
const auditor = bearer({ role: 'auditor', sub: 'auditor-park' });

describe('who a person is in the centers’ records (GET /api/centers/people/:userId)', () => {
  let service: TestService;
  const person = (userId: string, token = gateway) => request(service.http).get(`/api/centers/people/${userId}`).set('Authorization', token);
  const assign = (centerId: string, userId: string, role: string) =>
    request(service.http).post(`/api/centers/centers/${centerId}/staff`).set('Authorization', pm).send({ userId, name: '김중부', role }).expect(201);
  const unassign = (centerId: string, userId: string) =>
    request(service.http).delete(`/api/centers/centers/${centerId}/staff/${userId}`).set('Authorization', pm).expect(200);

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());

  it('answers an unknown person with 200, no staff and no applicant', async () => {
    const res = await person('applicant-new').expect(200);
    expect(res.body).toEqual({ userId: 'applicant-new', staff: [], applicant: null });
  });

  it('lists every center whose staff list names the person, by center id, and drops one at once when unassigned', async () => {
    await assign('jungbu', 'staff-jungbu', 'coordinator');
    await assign('honam', 'staff-jungbu', 'staff');
    await assign('jungbu', 'staff-other', 'staff');

    expect((await person('staff-jungbu').expect(200)).body).toEqual({
      userId: 'staff-jungbu',
      staff: [
        { centerId: 'honam', role: 'staff' },
        { centerId: 'jungbu', role: 'coordinator' },
      ],
      applicant: null,
    });

    await unassign('jungbu', 'staff-jungbu');
    expect((await person('staff-jungbu').expect(200)).body.staff).toEqual([{ centerId: 'honam', role: 'staff' }]);
    await unassign('honam', 'staff-jungbu');
    expect((await person('staff-jungbu', pm).expect(200)).body.staff).toEqual([]);
    expect((await person('staff-other', auditor).expect(200)).body.staff).toEqual([{ centerId: 'jungbu', role: 'staff' }]);
  });

  it('honours Yunghap-Min-Position like every read: answered once the read models include it, 503 for a position not recorded yet', async () => {
    await assign('gyeongnam', 'staff-gyeongnam', 'staff');
    await unassign('gyeongnam', 'staff-gyeongnam');
    const head = await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.headPosition();

    const settled = await person('staff-gyeongnam').set('Yunghap-Min-Position', String(head)).expect(200);
    expect(settled.body.staff).toEqual([]);
    const ahead = await person('staff-gyeongnam')
      .set('Yunghap-Min-Position', String(head + 1000))
      .expect(503);
    expect(ahead.body.code).toBe('READ_MODEL.UNAVAILABLE');
  });

  it('follows the applicant registration: pending, then confirmed; a rejection with its reason', async () => {
    const register = (userId: string, registrationNumber: string, province: string) =>
      request(service.http)
        .post('/api/centers/applicants')
        .set('Authorization', gateway)
        .send({ userId, name: '박한빛', registrationNumber, firmName: '한빛정밀', province })
        .expect(201);
    await register('applicant-hanbit', '314-81-23478', '대전');
    expect((await person('applicant-hanbit').expect(200)).body.applicant).toEqual({
      registrationNumber: '3148123478',
      firmName: '한빛정밀',
      centerId: 'jungbu',
      status: 'pending',
    });

    await request(service.http).post('/api/centers/applicants/applicant-hanbit/confirm').set('Authorization', pm).expect(200);
    expect((await person('applicant-hanbit').expect(200)).body).toEqual({
      userId: 'applicant-hanbit',
      staff: [],
      applicant: { registrationNumber: '3148123478', firmName: '한빛정밀', centerId: 'jungbu', status: 'confirmed' },
    });

    await register('applicant-bada', '220-81-06252', '광주');
    await request(service.http).post('/api/centers/applicants/applicant-bada/reject').set('Authorization', pm).send({ reason: '중복 등록' }).expect(200);
    expect((await person('applicant-bada').expect(200)).body.applicant).toEqual({
      registrationNumber: '2208106252',
      firmName: '한빛정밀',
      centerId: 'honam',
      status: 'rejected',
      reason: '중복 등록',
    });
  });

  it('refuses a malformed user id (400 naming it)', async () => {
    const res = await person('has%20space').expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'userId' })]);
  });

  it.each([
    ['center-staff', bearer({ role: 'center-staff', sub: 'staff-jungbu', centerId: 'jungbu' })],
    ['finance', bearer({ role: 'finance', sub: 'finance-lee' })],
    ['committee-member', bearer({ role: 'committee-member', sub: 'member-1', committeeIds: ['c-1'] })],
    ['applicant', bearer({ role: 'applicant', sub: 'applicant-hanbit', firmId: '3148123478' })],
  ])('is refused to %s (403)', async (_who, token) => {
    const res = await person('staff-jungbu', token).expect(403);
    expect(res.body.code).toBe('ACCESS.FORBIDDEN');
  });
});
