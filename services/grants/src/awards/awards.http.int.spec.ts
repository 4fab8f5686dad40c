import { TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { auditor, candidate, finance, financeLee, IT_LINE, listen, pm, staff } from '../testing/grants-test-kit';

const CALL = 'call-2025-awards';
const AGRI_LINE = 'agri-industry-commerce-convergence';
const UNKNOWN_GRANT = '00000000-0000-4000-8000-000000000000';
const schedule = (...amounts: number[]) => amounts.map((amountWon, index) => ({ dueOn: `2025-0${index + 6}-01`, amountWon }));

describe('grant awards under four-eyes', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const propose = (body: object, token = pm) => request(service.http).post('/api/grants/grants').set('Authorization', token).send(body);
  const act = (grantId: string, path: string, token: string, body: object = {}) =>
    request(service.http).post(`/api/grants/grants/${grantId}/${path}`).set('Authorization', token).send(body);
  const line = async (lineId: string) => (await request(service.http).get(`/api/grants/lines/${lineId}`).set('Authorization', finance).expect(200)).body;

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    published = await listen(service, TOPICS.grants);
    await candidate(service, 'app-a', CALL, 450_000_000, 9_000);
    await candidate(service, 'app-b', CALL, 800_000_000, 8_500);
    await candidate(service, 'app-failed', CALL, 300_000_000, 5_000);
  });
  afterAll(() => service.close());

  describe('proposal', () => {
    it('is validated at the edge (400) and needs a program manager (401, 403)', async () => {
      const bad = await propose({ applicationId: 'app-a', lineId: IT_LINE, amountWon: -1, schedule: [{ dueOn: 'soon', amountWon: 1 }] }).expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['amountWon', 'schedule[0].dueOn']));
      await request(service.http).post('/api/grants/grants').send({}).expect(401);
      await propose({ applicationId: 'app-a', lineId: IT_LINE, amountWon: 100, schedule: schedule(100) }, finance).expect(403);
    });

    it('answers 404 for an application or line grants does not know', async () => {
      expect((await propose({ applicationId: 'app-x', lineId: IT_LINE, amountWon: 100, schedule: schedule(100) }).expect(404)).body.code).toBe(
        'APPLICATION.NOT_FOUND',
      );
      expect((await propose({ applicationId: 'app-a', lineId: 'space', amountWon: 100, schedule: schedule(100) }).expect(404)).body.code).toBe(
        'LINE.NOT_FOUND',
      );
    });

    it('refuses a failed evaluation, the cap, more than requested and a schedule that does not add up (422)', async () => {
      const refused = async (body: object) => (await propose(body).expect(422)).body.code;
      expect(await refused({ applicationId: 'app-failed', lineId: IT_LINE, amountWon: 100, schedule: schedule(100) })).toBe('GRANT.EVALUATION_NOT_PASSED');
      expect(await refused({ applicationId: 'app-b', lineId: IT_LINE, amountWon: 500_000_001, schedule: schedule(500_000_001) })).toBe(
        'GRANT.ABOVE_PROJECT_CAP',
      );
      expect(await refused({ applicationId: 'app-a', lineId: IT_LINE, amountWon: 460_000_000, schedule: schedule(460_000_000) })).toBe('GRANT.ABOVE_REQUESTED');
      expect(await refused({ applicationId: 'app-a', lineId: IT_LINE, amountWon: 400_000_000, schedule: schedule(100_000_000, 200_000_000) })).toBe(
        'DISBURSEMENT.SCHEDULE_MISMATCH',
      );
    });
  });

  describe('one grant from award to cancellation', () => {
    let grantId: string;

    it('is proposed with its tranche schedule and published as AwardProposed; nothing is committed yet', async () => {
      const res = await propose({ applicationId: 'app-a', lineId: IT_LINE, amountWon: 400_000_000, schedule: schedule(150_000_000, 250_000_000) }).expect(201);
      grantId = res.body.grantId;
      expect(res.body).toMatchObject({
        status: 'proposed',
        applicationId: 'app-a',
        callId: CALL,
        amount: 400_000_000,
        proposedBy: 'pm-park',
        approvedBy: null,
      });
      expect(res.body.tranches).toEqual([
        { trancheId: 't1', dueOn: '2025-06-01', amount: 150_000_000, status: 'scheduled' },
        { trancheId: 't2', dueOn: '2025-07-01', amount: 250_000_000, status: 'scheduled' },
      ]);
      expect((await line(IT_LINE)).committed).toBe(0);
      expect((await propose({ applicationId: 'app-a', lineId: IT_LINE, amountWon: 1, schedule: schedule(1) }).expect(409)).body.code).toBe(
        'GRANT.APPLICATION_ALREADY_AWARDED',
      );
    });

    it('cannot be approved by its proposer, even holding the finance role (403 GRANT.FOUR_EYES), nor by a program manager', async () => {
      expect((await act(grantId, 'approval', bearer({ role: 'finance', sub: 'pm-park' })).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
      await act(grantId, 'approval', pm).expect(403);
      expect((await line(IT_LINE)).committed).toBe(0);
    });

    it('is approved by finance: the amount is committed on the line and GrantApproved published', async () => {
      const res = await act(grantId, 'approval', finance).expect(200);
      expect(res.body).toMatchObject({ status: 'awarded', approvedBy: 'fin-han' });
      expect(await line(IT_LINE)).toMatchObject({ available: 1_100_000_000, committed: 400_000_000, violations: [] });
      expect((await act(grantId, 'approval', financeLee).expect(409)).body.code).toBe('GRANT.NOT_AWAITING_DECISION');
      const types = await eventually(() => {
        const mine = published.filter((m) => m.key === 'app-a').map((m) => m.type);
        return mine.length === 2 ? mine : undefined;
      });
      expect(types).toEqual(['grants.AwardProposed', 'grants.GrantApproved']);
    });

    it('disburses a tranche under four-eyes, moving committed money to disbursed', async () => {
      await act(grantId, 'tranches/t1/proposal', auditor).expect(403);
      expect((await act(grantId, 'tranches/t9/proposal', finance).expect(404)).body.code).toBe('DISBURSEMENT.UNKNOWN_TRANCHE');
      await act(grantId, 'tranches/t1/proposal', finance).expect(200);
      expect((await act(grantId, 'tranches/t1/approval', finance).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
      expect((await act(grantId, 'tranches/t1/approval', pm).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
      const res = await act(grantId, 'tranches/t1/approval', financeLee).expect(200);
      expect(res.body).toMatchObject({
        disbursed: 150_000_000,
        tranches: [
          { trancheId: 't1', status: 'disbursed' },
          { trancheId: 't2', status: 'scheduled' },
        ],
      });
      expect(await line(IT_LINE)).toMatchObject({ committed: 250_000_000, disbursed: 150_000_000 });
      expect((await act(grantId, 'tranches/t1/approval', financeLee).expect(409)).body.code).toBe('DISBURSEMENT.NOT_PROPOSED');
    });

    it('recovers disbursed money with a reason, finance only, never more than was paid', async () => {
      await act(grantId, 'recoveries', pm, { amountWon: 1, reason: 'x' }).expect(403);
      expect((await act(grantId, 'recoveries', finance, { amountWon: 10, reason: ' ' }).expect(422)).body.code).toBe('GRANT.REASON_REQUIRED');
      expect((await act(grantId, 'recoveries', finance, { amountWon: 150_000_001, reason: 'over' }).expect(422)).body.code).toBe('RECOVERY.ABOVE_DISBURSED');
      await act(grantId, 'recoveries', finance, { reason: 'no amount' }).expect(400);
      const res = await act(grantId, 'recoveries', finance, { amountWon: 50_000_000, reason: 'Ineligible equipment purchase' }).expect(201);
      expect(res.body).toMatchObject({ recovered: 50_000_000 });
      expect(await line(IT_LINE)).toMatchObject({ available: 1_150_000_000, committed: 250_000_000, disbursed: 150_000_000, recovered: 50_000_000 });
    });

    it('is cancelled by a program manager, releasing what was committed and not disbursed', async () => {
      await act(grantId, 'cancellation', finance, { reason: 'x' }).expect(403);
      const res = await act(grantId, 'cancellation', pm, { reason: 'Consortium dissolved' }).expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled', tranches: [{ status: 'disbursed' }, { status: 'void' }] });
      expect(await line(IT_LINE)).toMatchObject({
        amount: 1_500_000_000,
        available: 1_400_000_000,
        committed: 0,
        disbursed: 150_000_000,
        recovered: 50_000_000,
        violations: [],
      });
      expect((await act(grantId, 'tranches/t2/proposal', finance).expect(409)).body.code).toBe('GRANT.NOT_AWARDED');
    });

    it('is readable by budget readers only, named by grantId; an unknown grant is 404, a malformed id 400', async () => {
      const res = await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', auditor).expect(200);
      expect(res.body).toMatchObject({ grantId, applicationId: 'app-a', status: 'cancelled' });
      expect(res.body).not.toHaveProperty('_id');
      await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', staff).expect(403);
      expect((await request(service.http).get(`/api/grants/grants/${UNKNOWN_GRANT}`).set('Authorization', pm).expect(404)).body.code).toBe('GRANT.NOT_FOUND');
      await act(UNKNOWN_GRANT, 'approval', finance).expect(404);
      const malformed = await request(service.http).get('/api/grants/grants/nope').set('Authorization', pm).expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'grantId', rule: 'matches' })]);
      const list = await request(service.http).get('/api/grants/grants').query({ callId: CALL }).set('Authorization', auditor).expect(200);
      expect(list.body).toMatchObject({ items: [{ grantId }], limit: 50, offset: 0, hasMore: false });
      await request(service.http).get('/api/grants/grants').set('Authorization', staff).expect(403);
    });
  });

  it('rejects a proposal with a reason; nothing is committed and the application may be proposed again', async () => {
    const { body } = await propose({ applicationId: 'app-b', lineId: IT_LINE, amountWon: 500_000_000, schedule: schedule(500_000_000) }).expect(201);
    await act(body.grantId, 'rejection', staff, { reason: 'x' }).expect(403);
    const res = await act(body.grantId, 'rejection', finance, { reason: 'Budget reserved for the second round' }).expect(200);
    expect(res.body.status).toBe('rejected');
    await act(body.grantId, 'approval', financeLee).expect(409);
    expect((await line(IT_LINE)).committed).toBe(0);
    await propose({ applicationId: 'app-b', lineId: IT_LINE, amountWon: 300_000_000, schedule: schedule(300_000_000) }).expect(201);
  });

  it('never overspends a line under 100 concurrent approvals (the line stream serialises the commits)', async () => {
    const applications = Array.from({ length: 100 }, (_, index) => `app-c${index}`);
    for (const applicationId of applications) await candidate(service, applicationId, 'call-2025-burst', 300_000_000, 8_000);
    const grantIds: string[] = [];
    for (const applicationId of applications) {
      grantIds.push((await propose({ applicationId, lineId: AGRI_LINE, amountWon: 300_000_000, schedule: schedule(300_000_000) }).expect(201)).body.grantId);
    }

    const answers = await Promise.all(grantIds.map((grantId) => act(grantId, 'approval', finance)));

    const approved = answers.filter((res) => res.status === 200);
    expect(approved).toHaveLength(6);
    expect(answers.filter((res) => res.status === 422).every((res) => res.body.code === 'LINE.INSUFFICIENT_FUNDS')).toBe(true);
    expect(approved.length + answers.filter((res) => res.status === 422).length).toBe(100);
    expect(await line(AGRI_LINE)).toMatchObject({ amount: 2_000_000_000, available: 200_000_000, committed: 1_800_000_000, violations: [] });
    const check = await request(service.http).get('/api/grants/budget/check').set('Authorization', finance).expect(200);
    expect(check.body.ok).toBe(true);
  });
});
