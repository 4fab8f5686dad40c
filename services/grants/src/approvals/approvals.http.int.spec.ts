import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { AGREEMENT, auditor, candidate, dayThisYear, finance, financeLee, MENTORING_LINE, otherPm, pm, staff } from '../testing/grants-test-kit';

const CALL = 'call-2025-approvals';

interface Item {
  kind: string;
  grantId: string | null;
  trancheId: string | null;
  applicationId: string | null;
  proposedBy: string | null;
  reason: string | null;
  mayApprove: boolean;
  mayReject: boolean;
  refusal: { code: string } | null;
}

describe('the approvals queue', () => {
  let service: TestService;
  const queue = async (token: string): Promise<Item[]> =>
    (await request(service.http).get('/api/grants/approvals').set('Authorization', token).expect(200)).body.items;
  const act = (grantId: string, path: string, token: string, body: object = {}) =>
    request(service.http).post(`/api/grants/grants/${grantId}/${path}`).set('Authorization', token).send(body);
  const propose = async (applicationId: string, body: object = {}) =>
    (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({ applicationId, amountWon: 100_000_000, schedule: [{ dueOn: dayThisYear('06-01'), amountWon: 100_000_000 }], ...body })
        .expect(201)
    ).body.grantId as string;

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-award', CALL, 300_000_000, 9_000);
    await candidate(service, 'app-paid', CALL, 300_000_000, 8_800);
    await candidate(service, 'app-other-line', CALL, 300_000_000, 8_600);
  });
  afterAll(() => service.close());

  it("lists a proposed award with who proposed it; finance may approve it, its proposer's role may not", async () => {
    const grantId = await propose('app-award');
    const forFinance = (await queue(finance)).find((item) => item.grantId === grantId);
    expect(forFinance).toMatchObject({ kind: 'award', applicationId: 'app-award', proposedBy: 'pm-park', mayApprove: true, refusal: null });
    const forPm = (await queue(pm)).find((item) => item.grantId === grantId);
    expect(forPm).toMatchObject({ kind: 'award', mayApprove: false, refusal: { code: 'GRANT.ROLE_NOT_ALLOWED' } });
    const forAuditor = (await queue(auditor)).find((item) => item.grantId === grantId);
    expect(forAuditor).toMatchObject({ mayApprove: false, mayReject: false });
    expect(forFinance?.mayReject).toBe(true);

    await act(grantId, 'approval', finance).expect(200);
    expect((await queue(finance)).some((item) => item.grantId === grantId)).toBe(false);
  });

  it('says a tranche payment may not be approved by the finance officer who proposed it (four-eyes), and may by another', async () => {
    const grantId = await propose('app-paid');
    await act(grantId, 'approval', finance).expect(200);
    await act(grantId, 'agreement', pm, AGREEMENT).expect(201);
    await act(grantId, 'tranches/t1/proposal', finance).expect(200);
    const own = (await queue(finance)).find((item) => item.grantId === grantId && item.kind === 'disbursement');
    expect(own).toMatchObject({ trancheId: 't1', proposedBy: 'fin-han', mayApprove: false, refusal: { code: 'GRANT.FOUR_EYES' } });
    const other = (await queue(financeLee)).find((item) => item.grantId === grantId && item.kind === 'disbursement');
    expect(other).toMatchObject({ mayApprove: true, refusal: null, mayReject: false }); // a payment proposal has no rejection
  });

  it('puts a line exception before its award: a second program manager may approve it, and the award waits for it', async () => {
    const grantId = await propose('app-other-line', { lineId: MENTORING_LINE, lineException: { reason: '멘토링 연계 과제로 멘토링 예산에서 지원' } });
    const items = (await queue(otherPm)).filter((item) => item.grantId === grantId);
    expect(items.map((item) => item.kind)).toEqual(['line-exception', 'award']);
    expect(items[0]).toMatchObject({ reason: '멘토링 연계 과제로 멘토링 예산에서 지원', mayApprove: true });
    expect((await queue(pm)).find((item) => item.grantId === grantId && item.kind === 'line-exception')).toMatchObject({
      mayApprove: false,
      refusal: { code: 'GRANT.FOUR_EYES' },
    });
    expect((await queue(finance)).find((item) => item.grantId === grantId && item.kind === 'award')).toMatchObject({
      mayApprove: false,
      refusal: { code: 'GRANT.LINE_EXCEPTION_PENDING' },
    });
  });

  it('offers to reject a proposed award; rejected with a reason, it leaves the queue', async () => {
    await candidate(service, 'app-rejected', CALL, 300_000_000, 8_400);
    const grantId = await propose('app-rejected');
    expect((await queue(financeLee)).find((item) => item.grantId === grantId)).toMatchObject({ kind: 'award', mayReject: true });
    expect((await queue(auditor)).find((item) => item.grantId === grantId)).toMatchObject({ mayReject: false });
    await act(grantId, 'rejection', financeLee, { reason: '사업계획 대비 과다 요청' }).expect(200);
    expect((await queue(financeLee)).some((item) => item.grantId === grantId)).toBe(false);
  });

  it('is not for center staff (403) nor anyone without a token (401)', async () => {
    await request(service.http).get('/api/grants/approvals').set('Authorization', staff).expect(403);
    await request(service.http).get('/api/grants/approvals').expect(401);
  });
});
