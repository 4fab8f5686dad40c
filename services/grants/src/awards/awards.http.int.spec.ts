import { TOPICS } from '@yunghap/contracts';
import { JsonValue } from '@yunghap/event-store';
import { IntegrationMessage } from '@yunghap/messaging';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import {
  AGREEMENT,
  auditor,
  callOpened,
  candidate,
  deliver,
  evaluated,
  finance,
  financeLee,
  IT_LINE,
  listen,
  MENTORING_LINE,
  otherPm,
  pm,
  screened,
  staff,
  submitted,
  dayThisYear,
  THIS_YEAR,
} from '../testing/grants-test-kit';

const CALL = 'call-2025-awards';
const AGRI_LINE = 'agri-industry-commerce-convergence';
const RND_LINE = 'advanced-technology-innovation';
const RND_CALL = 'call-2025-rnd';
const LINKED_LINE = 'linked-technology-development';
const UNKNOWN_GRANT = '00000000-0000-4000-8000-000000000000';
const schedule = (...amounts: number[]) => amounts.map((amountWon, index) => ({ dueOn: dayThisYear(`0${index + 6}-01`), amountWon }));

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

  describe('the call’s line', () => {
    it('refuses an R&D award charged to the mentoring line (422 GRANT.LINE_NOT_CALLS_LINE)', async () => {
      await candidate(service, 'app-rnd', RND_CALL, 300_000_000, 8_800, RND_LINE);
      const refused = await propose({ applicationId: 'app-rnd', lineId: MENTORING_LINE, amountWon: 100, schedule: schedule(100) }).expect(422);
      expect(refused.body).toMatchObject({ code: 'GRANT.LINE_NOT_CALLS_LINE', details: { callId: RND_CALL, callLineId: RND_LINE, lineId: MENTORING_LINE } });
      expect(refused.body.detail).toMatch(/^공고 /);
    });

    it('charges the call’s line when the proposal names none', async () => {
      const res = await propose({ applicationId: 'app-rnd', amountWon: 100_000_000, schedule: schedule(100_000_000) }).expect(201);
      expect(res.body).toMatchObject({ callId: RND_CALL, lineId: RND_LINE, lineException: null });
    });

    it('takes another line only by a reasoned exception, approved by a second program manager before finance', async () => {
      await candidate(service, 'app-except', RND_CALL, 300_000_000, 8_600);
      const body = { applicationId: 'app-except', lineId: LINKED_LINE, amountWon: 100_000_000, schedule: schedule(100_000_000) };
      expect((await propose({ ...body, lineException: { reason: ' ' } }).expect(422)).body.code).toBe('GRANT.REASON_REQUIRED');
      await propose({ ...body, lineException: {} }).expect(400);
      const res = await propose({ ...body, lineException: { reason: '첨단기술 라인 조기 소진' } }).expect(201);
      const grantId = res.body.grantId;
      expect(res.body).toMatchObject({ lineId: LINKED_LINE, lineException: { callLineId: RND_LINE, reason: '첨단기술 라인 조기 소진', approvedBy: null } });

      expect((await act(grantId, 'approval', finance).expect(409)).body.code).toBe('GRANT.LINE_EXCEPTION_PENDING');
      expect((await act(grantId, 'line-exception/approval', pm).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
      await act(grantId, 'line-exception/approval', finance).expect(403);
      const approved = await act(grantId, 'line-exception/approval', otherPm).expect(200);
      expect(approved.body.lineException).toEqual({ callLineId: RND_LINE, reason: '첨단기술 라인 조기 소진', approvedBy: 'pm-choi' });
      expect((await act(grantId, 'line-exception/approval', otherPm).expect(409)).body.code).toBe('GRANT.NO_LINE_EXCEPTION');
      await act(grantId, 'approval', finance).expect(200);
      // The trace shows the call's line, the exception on the proposal and its approval.
      const trace = (await request(service.http).get(`/api/grants/audit/trace/${grantId}`).set('Authorization', auditor).expect(200)).body.entries;
      expect(trace.map((e: { step: string }) => e.step)).toEqual(expect.arrayContaining(['call', 'selection', 'line-exception-approval', 'award-approval']));
      expect(trace.find((e: { step: string }) => e.step === 'call').details).toEqual({ callId: RND_CALL, lineId: RND_LINE });
      expect(trace.find((e: { step: string }) => e.step === 'selection').details.lineException).toEqual({
        callLineId: RND_LINE,
        reason: '첨단기술 라인 조기 소진',
      });
      expect(trace.find((e: { step: string }) => e.step === 'line-exception-approval').actor).toEqual({ userId: 'pm-choi', role: 'program-manager' });
    });

    it('answers 409 GRANT.CALL_UNKNOWN while grants has not heard of the call’s opening', async () => {
      const unheard = 'call-2025-unheard';
      await deliver(service, TOPICS.applications, submitted('app-unheard', unheard, 100_000_000), screened('app-unheard', unheard, 100_000_000));
      await deliver(service, TOPICS.evaluation, evaluated('app-unheard', unheard, 8_000));
      const res = await propose({ applicationId: 'app-unheard', amountWon: 100_000_000, schedule: schedule(100_000_000) }).expect(409);
      expect(res.body.code).toBe('GRANT.CALL_UNKNOWN');
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
        { trancheId: 't1', dueOn: dayThisYear('06-01'), amount: 150_000_000, year: THIS_YEAR, status: 'scheduled' },
        { trancheId: 't2', dueOn: dayThisYear('07-01'), amount: 250_000_000, year: THIS_YEAR, status: 'scheduled' },
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

    it('names its recipient, the consortium of the submission, lead firm first', async () => {
      const res = await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', auditor).expect(200);
      expect(res.body.recipient).toEqual({
        leadRegistrationNumber: '1018100001',
        leadName: '한밭정밀',
        members: [
          { registrationNumber: '1018100001', name: '한밭정밀', lead: true },
          { registrationNumber: '2208100002', name: '누리소프트', lead: false },
        ],
      });
      expect(res.body.agreement).toBeNull();
    });

    it('names the members by registration number alone when the submission came before firms’ names travelled', async () => {
      const legacyCall = 'call-2025-legacy';
      const withNames = submitted('app-legacy', legacyCall, 100_000_000);
      const { members: _names, ...payload } = withNames.payload as Record<string, JsonValue>;
      await deliver(service, TOPICS.applications, callOpened(legacyCall), { ...withNames, payload }, screened('app-legacy', legacyCall, 100_000_000));
      await deliver(service, TOPICS.evaluation, evaluated('app-legacy', legacyCall, 8_000));
      const res = await propose({ applicationId: 'app-legacy', amountWon: 100_000_000, schedule: schedule(100_000_000) }).expect(201);
      expect(res.body.recipient).toEqual({
        leadRegistrationNumber: '1018100001',
        leadName: null,
        members: [
          { registrationNumber: '1018100001', name: null, lead: true },
          { registrationNumber: '2208100002', name: null, lead: false },
        ],
      });
    });

    it('pays no tranche before the agreement (협약) is recorded, by a program manager, with consistent days', async () => {
      expect((await act(grantId, 'tranches/t1/proposal', finance).expect(409)).body.code).toBe('GRANT.AGREEMENT_NOT_SIGNED');
      await act(grantId, 'agreement', finance, AGREEMENT).expect(403);
      await act(grantId, 'agreement', pm, { ...AGREEMENT, endsOn: '2026/10/31' }).expect(400);
      const refused = async (terms: object) => (await act(grantId, 'agreement', pm, { ...AGREEMENT, ...terms }).expect(422)).body.code;
      expect(await refused({ endsOn: '2025-04-30' })).toBe('AGREEMENT.ENDS_BEFORE_START');
      expect(await refused({ signedOn: '2025-05-02' })).toBe('AGREEMENT.SIGNED_AFTER_START');
      expect(await refused({ signedOn: '2099-01-01', startsOn: '2099-01-02', endsOn: '2099-12-31' })).toBe('AGREEMENT.SIGNED_IN_FUTURE');
      expect(await refused({ startsOn: '2025-02-30' })).toBe('AGREEMENT.INVALID_DAY');
      const res = await act(grantId, 'agreement', pm, AGREEMENT).expect(201);
      expect(res.body.agreement).toEqual({ ...AGREEMENT, recordedBy: 'pm-park' });
      expect((await act(grantId, 'agreement', pm, AGREEMENT).expect(409)).body.code).toBe('GRANT.AGREEMENT_ALREADY_RECORDED');
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

    it('proposes a recovery (finance or a program manager, with a reason, within what was paid); nothing moves yet', async () => {
      await act(grantId, 'recoveries', auditor, { amountWon: 1, reason: 'x' }).expect(403);
      expect((await act(grantId, 'recoveries', finance, { amountWon: 10, reason: ' ' }).expect(422)).body.code).toBe('GRANT.REASON_REQUIRED');
      expect((await act(grantId, 'recoveries', finance, { amountWon: 150_000_001, reason: 'over' }).expect(422)).body.code).toBe('RECOVERY.ABOVE_DISBURSED');
      await act(grantId, 'recoveries', finance, { reason: 'no amount' }).expect(400);
      const res = await act(grantId, 'recoveries', pm, { amountWon: 50_000_000, reason: 'Ineligible equipment purchase' }).expect(201);
      expect(res.body).toMatchObject({ recovered: 0 });
      expect(res.body.recoveries).toEqual([
        {
          recoveryId: expect.any(String),
          amount: 50_000_000,
          reason: 'Ineligible equipment purchase',
          status: 'proposed',
          proposedBy: 'pm-park',
          decidedBy: null,
          year: THIS_YEAR,
        },
      ]);
      expect(await line(IT_LINE)).toMatchObject({ available: 1_100_000_000, committed: 250_000_000, disbursed: 150_000_000, recovered: 0 });
      // The open proposal claims its ₩50M: another may claim only the ₩100M left.
      const over = await act(grantId, 'recoveries', finance, { amountWon: 100_000_001, reason: 'Second finding' }).expect(422);
      expect(over.body).toMatchObject({ code: 'RECOVERY.ABOVE_DISBURSED', details: { pending: 50_000_000, recoverable: 100_000_000 } });
    });

    it('approves a recovery by finance, not its proposer: the money is back on the line', async () => {
      const [proposal] = (await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', auditor).expect(200)).body.recoveries;
      const path = `recoveries/${proposal.recoveryId}/approval`;
      await act(grantId, path, pm).expect(403);
      expect((await act(grantId, path, bearer({ role: 'finance', sub: 'pm-park' })).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
      expect((await act(grantId, 'recoveries/00000000-0000-4000-8000-000000000001/approval', finance).expect(404)).body.code).toBe('RECOVERY.NOT_FOUND');
      const res = await act(grantId, path, finance).expect(200);
      expect(res.body).toMatchObject({ recovered: 50_000_000, recoveries: [{ recoveryId: proposal.recoveryId, status: 'recovered', decidedBy: 'fin-han' }] });
      expect(await line(IT_LINE)).toMatchObject({ available: 1_150_000_000, committed: 250_000_000, disbursed: 150_000_000, recovered: 50_000_000 });
      expect((await act(grantId, path, financeLee).expect(409)).body.code).toBe('RECOVERY.NOT_PENDING');
    });

    it('lets the proposer withdraw a recovery and finance reject one with a reason; neither moves money', async () => {
      const propose = async (token: string) =>
        (
          (await act(grantId, 'recoveries', token, { amountWon: 10_000_000, reason: 'Receipt missing' }).expect(201)).body.recoveries.at(-1) as {
            recoveryId: string;
          }
        ).recoveryId;
      const withdrawn = await propose(finance);
      expect((await act(grantId, `recoveries/${withdrawn}/withdrawal`, financeLee).expect(403)).body.code).toBe('RECOVERY.NOT_PROPOSER');
      const afterWithdrawal = await act(grantId, `recoveries/${withdrawn}/withdrawal`, finance).expect(200);
      expect(afterWithdrawal.body.recoveries.at(-1)).toMatchObject({ recoveryId: withdrawn, status: 'withdrawn', decidedBy: 'fin-han' });

      const rejected = await propose(pm);
      await act(grantId, `recoveries/${rejected}/rejection`, pm, { reason: 'x' }).expect(403);
      expect((await act(grantId, `recoveries/${rejected}/rejection`, financeLee, { reason: '' }).expect(422)).body.code).toBe('GRANT.REASON_REQUIRED');
      const afterRejection = await act(grantId, `recoveries/${rejected}/rejection`, financeLee, { reason: 'The receipt was found' }).expect(200);
      expect(afterRejection.body).toMatchObject({ recovered: 50_000_000 });
      expect(afterRejection.body.recoveries.at(-1)).toMatchObject({ status: 'rejected', decidedBy: 'fin-lee', rejectionReason: 'The receipt was found' });
      expect((await act(grantId, `recoveries/${rejected}/approval`, finance).expect(409)).body.code).toBe('RECOVERY.NOT_PENDING');
      expect(await line(IT_LINE)).toMatchObject({ available: 1_150_000_000, recovered: 50_000_000 });
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
    for (const applicationId of applications) await candidate(service, applicationId, 'call-2025-burst', 300_000_000, 8_000, AGRI_LINE);
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
