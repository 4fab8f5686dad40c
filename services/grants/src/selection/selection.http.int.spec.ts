import { TOPICS } from '@yunghap/contracts';
import { expectPagingOf, startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { auditor, candidate, deliver, evaluated, finance, IT_LINE, pm, screened, staff, submitted } from '../testing/grants-test-kit';

const CALL = 'call-2025-it';

describe('selection from a call ranking', () => {
  let service: TestService;
  const candidates = (token = pm, query: object = {}) =>
    request(service.http).get(`/api/grants/calls/${CALL}/candidates`).query(query).set('Authorization', token);
  const whatIf = (query: object, token = pm) => request(service.http).get(`/api/grants/calls/${CALL}/what-if`).query(query).set('Authorization', token);

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-1', CALL, 500_000_000, 9_100);
    await candidate(service, 'app-2', CALL, 600_000_000, 8_800);
    await candidate(service, 'app-3', CALL, 450_000_000, 8_200);
    await candidate(service, 'app-4', CALL, 300_000_000, 7_500);
    await candidate(service, 'app-5', CALL, 200_000_000, 6_100);
    // Out of order across topics, and delivered twice: the facts are kept once each.
    const late = evaluated('app-6', CALL, 7_900);
    await deliver(service, TOPICS.evaluation, late, late);
    await deliver(service, TOPICS.applications, screened('app-6', CALL, 400_000_000), submitted('app-6', CALL, 400_000_000));
    await deliver(service, TOPICS.applications, submitted('app-7', CALL, 100_000_000), screened('app-7', CALL, 100_000_000, false));
  });
  afterAll(() => service.close());

  it('ranks the candidates of a call by total, failed and unevaluated ones without a rank', async () => {
    const res = await eventually(async () => {
      const body = (await candidates().expect(200)).body;
      return body.items.length === 7 ? body : undefined;
    });
    expect(res.items.map((c: { applicationId: string; rank: number | null }) => [c.applicationId, c.rank])).toEqual([
      ['app-1', 1],
      ['app-2', 2],
      ['app-3', 3],
      ['app-6', 4],
      ['app-4', 5],
      ['app-5', null],
      ['app-7', null],
    ]);
    expect(res.items[3]).toEqual({
      applicationId: 'app-6',
      callId: CALL,
      centerId: 'jungbu',
      title: '융합과제 app-6',
      requestedWon: 400_000_000,
      eligible: true,
      passed: true,
      totalHundredths: 7_900,
      evaluatedAt: '2025-04-30T17:00:00+09:00',
      rank: 4,
    });
    expect(res.items[6]).toMatchObject({ eligible: false, passed: null, totalHundredths: null });
  });

  it('keeps each rank on every page, counting those that passed on earlier pages', async () => {
    const ranks = async (offset: number) =>
      (await candidates(pm, { limit: 2, offset }).expect(200)).body.items.map((c: { applicationId: string; rank: number | null }) => [c.applicationId, c.rank]);
    expect([...(await ranks(0)), ...(await ranks(2)), ...(await ranks(4)), ...(await ranks(6))]).toEqual([
      ['app-1', 1],
      ['app-2', 2],
      ['app-3', 3],
      ['app-6', 4],
      ['app-4', 5],
      ['app-5', null],
      ['app-7', null],
    ]);
    await expectPagingOf(service, `/api/grants/calls/${CALL}/candidates`, auditor, (c: { applicationId: string }) => c.applicationId);
  });

  it('shows how far the line reaches down the ranking at the requested amounts, capped per project', async () => {
    const res = await whatIf({ lineId: IT_LINE }).expect(200);
    expect(res.body).toMatchObject({
      lineId: IT_LINE,
      budgetWon: 1_500_000_000,
      reducePercent: 0,
      fundedCount: 3,
      fundedWon: 1_450_000_000,
      leftWon: 50_000_000,
    });
    expect(res.body.rows.map((r: { amountWon: number; funded: boolean; cumulativeWon: number | null }) => [r.amountWon, r.funded, r.cumulativeWon])).toEqual([
      [500_000_000, true, 500_000_000],
      [500_000_000, true, 1_000_000_000],
      [450_000_000, true, 1_450_000_000],
      [400_000_000, false, null],
      [300_000_000, false, null],
    ]);
  });

  it('reaches further at reduced amounts, and decides nothing', async () => {
    const res = await whatIf({ lineId: IT_LINE, reducePercent: '30' }, finance).expect(200);
    expect(res.body).toMatchObject({ reducePercent: 30, fundedCount: 4, fundedWon: 1_365_000_000, leftWon: 135_000_000 });
    expect(res.body.rows.map((r: { amountWon: number }) => r.amountWon)).toEqual([350_000_000, 420_000_000, 315_000_000, 280_000_000, 210_000_000]);
    expect((await request(service.http).get(`/api/grants/lines/${IT_LINE}`).set('Authorization', pm).expect(200)).body.available).toBe(1_500_000_000);
  });

  it('answers 400 for a bad query, 404 for an unknown call or line, 403 and 401 for the wrong caller', async () => {
    expect((await whatIf({ lineId: IT_LINE, reducePercent: 95 }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'reducePercent' })]);
    await whatIf({}).expect(400);
    expect((await whatIf({ lineId: 'space' }).expect(404)).body.code).toBe('LINE.NOT_FOUND');
    expect((await request(service.http).get('/api/grants/calls/nope/candidates').set('Authorization', auditor).expect(404)).body.code).toBe('CALL.NOT_FOUND');
    await whatIf({ lineId: IT_LINE }, auditor).expect(403);
    await candidates(staff).expect(403);
    await request(service.http).get(`/api/grants/calls/${CALL}/candidates`).expect(401);
  });
});
