import { TestService } from '@yunghap/service-harness';
import { programYearOf } from '@yunghap/kernel';
import request from 'supertest';
import { content, hoursFromNow, openCall, publishProjectCap, startApplications, submitted, users } from '../testing/applications.test-kit';

// The cap per project has one owner, the grants service; this service used to carry its own
// setting (APPLICATIONS_MAX_GRANT_WON), which could disagree. Now it screens with a replica.
describe("the grants context's cap per project, replicated", () => {
  let service: TestService;
  const year = programYearOf(new Date().toISOString());
  const openCallBody = (callId: string, capPerProject: number) => ({
    callId,
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 과제 공고',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(24),
    capPerProject,
    technologyFields: ['AI', 'IoT', 'smart-manufacturing'],
  });
  const openAs = (callId: string, capPerProject: number) =>
    request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(openCallBody(callId, capPerProject));
  const screen = (applicationId: string) =>
    request(service.http).post(`/api/applications/applications/${applicationId}/screen`).set('Authorization', users.jungbuStaff);

  beforeAll(async () => {
    ({ service } = await startApplications({ programPolicy: false }));
  });
  afterAll(() => service.close());

  it('opens no call before grants has said what the cap is (503 naming the year)', async () => {
    const res = await openAs('call-before-cap', 300_000_000).expect(503);
    expect(res.body).toMatchObject({ code: 'PROGRAM_POLICY.UNKNOWN', details: { year } });
  });

  it('holds calls to the cap grants published for their year, and shows the caps it holds to every role', async () => {
    const empty = await request(service.http).get('/api/applications/program-policy').set('Authorization', users.otherFirmApplicant).expect(200);
    expect(empty.body).toEqual({ caps: [] });
    await publishProjectCap(service, year, 300_000_000, `${year}-01-02T09:00:00+09:00`);
    const known = await request(service.http).get('/api/applications/program-policy').set('Authorization', users.committeeMember).expect(200);
    expect(known.body).toEqual({ caps: [{ year, maxGrantPerProject: 300_000_000, setAt: `${year}-01-02T09:00:00+09:00` }] });
    await request(service.http).get('/api/applications/program-policy').expect(401);
    const above = await openAs('call-above-cap', 300_000_001).expect(422);
    expect(above.body).toMatchObject({ code: 'CALL.CAP_ABOVE_PROGRAM_LIMIT', details: { programLimit: 300_000_000 } });
    await openAs('call-at-cap', 300_000_000).expect(201);
  });

  it('screens by the cap in force: lowered by grants after the call opened, the lower one binds', async () => {
    const callId = await openCall(service, { capPerProject: 300_000_000 });
    const applicationId = await submitted(service, callId, content());
    await publishProjectCap(service, year, 200_000_000, `${year}-06-01T09:00:00+09:00`);

    const res = await screen(applicationId).expect(200);
    expect(res.body.screening.failures).toEqual([
      expect.objectContaining({ code: 'SCREENING.ABOVE_PROGRAM_LIMIT', details: { requestedAmount: 250_000_000, programLimit: 200_000_000 } }),
    ]);
  });

  it('refuses a call opening before any program year grants has opened (422 naming opensAt): waiting would not help', async () => {
    const res = await request(service.http)
      .post('/api/applications/calls')
      .set('Authorization', users.pm)
      .send({ ...openCallBody('call-in-0278', 100_000_000), opensAt: '0278-10-14T22:41:47+09:00' })
      .expect(422);
    expect(res.body).toMatchObject({
      code: 'PROGRAM_POLICY.NO_PROGRAM',
      details: { year: 278, earliestYear: year },
      errors: [expect.objectContaining({ field: 'opensAt' })],
    });
  });

  it('ignores a cap set before the one recorded, however late it arrives', async () => {
    await publishProjectCap(service, year, 500_000_000, `${year}-03-01T09:00:00+09:00`);
    const res = await openAs('call-after-stale-cap', 250_000_000).expect(422);
    expect(res.body.details).toMatchObject({ programLimit: 200_000_000 });
  });
});
