import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { AGREEMENT, auditor, candidate, dayThisYear, finance, financeLee, pm, staff } from '../testing/grants-test-kit';

const CALL = 'call-2025-next-steps';

type Step = { step: string; trancheId: string | null; recoveryId: string | null };

describe("a grant's next steps, as the domain allows them to the caller", () => {
  let service: TestService;
  let grantId: string;
  const steps = async (token: string): Promise<Step[]> =>
    (await request(service.http).get(`/api/grants/grants/${grantId}/next-steps`).set('Authorization', token).expect(200)).body.steps;
  const kinds = async (token: string) =>
    (await steps(token)).map(({ step, trancheId, recoveryId }) => [step, trancheId ?? recoveryId].filter(Boolean).join(' '));
  const act = (path: string, token: string, body: object = {}) =>
    request(service.http).post(`/api/grants/grants/${grantId}/${path}`).set('Authorization', token).send(body);

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-steps', CALL, 300_000_000, 9_000);
    const schedule = [
      { dueOn: dayThisYear('06-01'), amountWon: 60_000_000 },
      { dueOn: dayThisYear('09-01'), amountWon: 40_000_000 },
    ];
    grantId = (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({ applicationId: 'app-steps', amountWon: 100_000_000, schedule })
        .expect(201)
    ).body.grantId;
  });
  afterAll(() => service.close());

  it('offers nothing on a proposal: it waits for its approval, which the approvals queue offers', async () => {
    expect(await kinds(pm)).toEqual([]);
    expect(await kinds(finance)).toEqual([]);
  });

  it('offers the program manager the agreement and cancellation once awarded; no payment before the agreement', async () => {
    await act('approval', finance).expect(200);
    expect(await kinds(pm)).toEqual(['record-agreement', 'cancel']);
    expect(await kinds(finance)).toEqual([]);
  });

  it('offers each scheduled tranche for payment after the agreement, to the program manager and finance alike', async () => {
    await act('agreement', pm, AGREEMENT).expect(201);
    expect(await kinds(pm)).toEqual(['propose-payment t1', 'propose-payment t2', 'cancel']);
    expect(await kinds(finance)).toEqual(['propose-payment t1', 'propose-payment t2']);
  });

  it('offers a recovery once something was paid, and its withdrawal to its proposer only', async () => {
    await act('tranches/t1/proposal', finance).expect(200);
    await act('tranches/t1/approval', financeLee).expect(200);
    expect(await kinds(finance)).toEqual(['propose-payment t2', 'propose-recovery']);
    const recoveryId = (await act('recoveries', finance, { amountWon: 5_000_000, reason: '목적 외 사용' }).expect(201)).body.recoveries[0].recoveryId as string;
    expect(await kinds(finance)).toContain(`withdraw-recovery ${recoveryId}`);
    expect(await kinds(financeLee)).not.toContain(`withdraw-recovery ${recoveryId}`);
  });

  it('offers an auditor nothing, and is not for center staff (403) nor anyone without a token (401)', async () => {
    expect(await kinds(auditor)).toEqual([]);
    await request(service.http).get(`/api/grants/grants/${grantId}/next-steps`).set('Authorization', staff).expect(403);
    await request(service.http).get(`/api/grants/grants/${grantId}/next-steps`).expect(401);
    await request(service.http).get('/api/grants/grants/00000000-0000-4000-8000-000000000000/next-steps').set('Authorization', pm).expect(404);
  });
});
