import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { bearer } from '@yunghap/service-harness';
import { Platform, workspaceRoot } from '../support/local-platform';
import { startSingleProcessPlatform } from '../support/single-process-platform';
import { eventuallyGet, tokens } from './support/scenario-kit';

// Loaded by path like the launcher does: no project imports an application.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemo, DEMO_CALL_ID, ADVANCED_CALL_ID } = require(
  path.join(workspaceRoot, 'deploy', 'single-process', 'demo-seed'),
) as typeof import('../../deploy/single-process/demo-seed');

// The demo person of finance, who must find work waiting at first sign-in.
const financeLee = bearer({ role: 'finance', sub: 'finance-lee' });

interface Grant {
  readonly status: string;
  readonly amount: number;
  readonly proposedBy: string;
  readonly approvedBy: string | null;
  readonly agreement: object | null;
  readonly tranches: readonly { trancheId: string; status: string; proposedBy?: string }[];
  readonly recoveries: readonly { status: string; proposedBy: string | null; decidedBy: string | null; reason: string }[];
}

interface PendingApproval {
  readonly kind: string;
  readonly callId: string | null;
  readonly amountWon: number;
  readonly proposedBy: string | null;
  readonly mayApprove: boolean;
}

describe('npm start -- --demo', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startSingleProcessPlatform();
    const logger = pino({ level: 'silent' });
    // A second start finds the demo and adds nothing.
    await seedDemo(platform.urls, logger);
    await seedDemo(platform.urls, logger);
  });
  afterAll(() => platform?.stop());

  it('seeds the IT-convergence call with four consortia through the public APIs, once', async () => {
    const list = await request(platform.urls.applications)
      .get('/api/applications/centers/jungbu/applications')
      .query({ callId: DEMO_CALL_ID })
      .set('Authorization', tokens.jungbuStaff)
      .expect(200);
    expect(list.body.items).toHaveLength(4);
    expect(list.body.items.filter((a: { status: string }) => a.status === 'screened-ineligible')).toHaveLength(1);
    const open = await eventuallyGet<{ items: unknown[] }>(
      platform.urls.evaluation,
      `/api/evaluation/evaluations?callId=${DEMO_CALL_ID}&status=open`,
      tokens.pm,
      (b) => b.items.length === 1,
      'one evaluation left open for the members',
    );
    expect(open.items).toHaveLength(1);
    // The two evaluated consortia pass and are ranked for selection in grants, with no grant yet: the browser journeys propose it.
    const candidates = await eventuallyGet<{ items: { passed: boolean | null; rank: number | null }[] }>(
      platform.urls.grants,
      `/api/grants/calls/${DEMO_CALL_ID}/candidates`,
      tokens.pm,
      (b) => b.items.filter((candidate) => candidate.passed).length === 2,
      'two ranked candidates',
    );
    expect(candidates.items.filter((candidate) => candidate.passed).map((candidate) => candidate.rank)).toEqual([1, 2]);
    const firstCallGrants = await request(platform.urls.grants).get('/api/grants/grants').query({ callId: DEMO_CALL_ID }).set('Authorization', tokens.pm);
    expect(firstCallGrants.body.items).toEqual([]);
  });

  it('opens a second call, open for applications, whose consortia at two centers all passed', async () => {
    const calls = await request(platform.urls.applications).get('/api/applications/calls').set('Authorization', tokens.pm).expect(200);
    expect(calls.body.items.map((c: { callId: string }) => c.callId).sort()).toEqual([ADVANCED_CALL_ID, DEMO_CALL_ID].sort());
    const advanced = calls.body.items.find((c: { callId: string }) => c.callId === ADVANCED_CALL_ID);
    expect(advanced).toMatchObject({ status: 'opened', budgetLineId: 'advanced-technology-innovation' });
    expect(Date.parse(advanced.opensAt)).toBeLessThan(Date.now());
    expect(Date.parse(advanced.closesAt)).toBeGreaterThan(Date.now());

    for (const [centerId, count] of [
      ['jungbu', 2],
      ['honam', 1],
    ] as const) {
      const list = await request(platform.urls.applications)
        .get(`/api/applications/centers/${centerId}/applications`)
        .query({ callId: ADVANCED_CALL_ID })
        .set('Authorization', tokens.pm)
        .expect(200);
      expect(list.body.items).toHaveLength(count);
    }
    const candidates = await request(platform.urls.grants).get(`/api/grants/calls/${ADVANCED_CALL_ID}/candidates`).set('Authorization', tokens.pm).expect(200);
    expect(candidates.body.items.map((c: { passed: boolean | null }) => c.passed)).toEqual([true, true, true]);
  });

  it('awards its three grants under four-eyes, pays first tranches and approves a recovery', async () => {
    const list = await request(platform.urls.grants).get('/api/grants/grants').query({ callId: ADVANCED_CALL_ID }).set('Authorization', tokens.pm).expect(200);
    const grants = list.body.items as Grant[];
    expect(grants).toHaveLength(3);
    for (const grant of grants) {
      expect(grant).toMatchObject({ status: 'awarded', proposedBy: 'pm-kim', approvedBy: 'finance-lee' });
      expect(grant.agreement).not.toBeNull();
      // Away from the amounts the browser journeys look for in the queues (₩225M, ₩250M, ₩200M).
      expect([225_000_000, 250_000_000, 200_000_000]).not.toContain(grant.amount);
    }
    expect(grants.flatMap((grant) => grant.tranches).filter((tranche) => tranche.status === 'disbursed')).toHaveLength(2);
    expect(grants.flatMap((grant) => grant.recoveries)).toEqual([
      expect.objectContaining({ status: 'recovered', proposedBy: 'finance-choi', decidedBy: 'finance-lee', reason: expect.stringMatching(/환수/) }),
    ]);
    const check = await request(platform.urls.grants).get('/api/grants/budget/check').set('Authorization', financeLee).expect(200);
    expect(check.body).toMatchObject({ ok: true });
  });

  it('starts a mentoring engagement with an approved allocation, and leaves a payment and an allocation for finance-lee to approve', async () => {
    const approved = await request(platform.urls.grants)
      .get('/api/grants/allocations')
      .query({ status: 'approved' })
      .set('Authorization', financeLee)
      .expect(200);
    expect(approved.body.items).toEqual([
      expect.objectContaining({ amount: 10_000_000, lineId: 'technology-cooperation-mentoring', decidedBy: 'finance-lee' }),
    ]);
    const started = await request(platform.urls.mentoring)
      .get('/api/mentoring/engagements')
      .query({ status: 'started' })
      .set('Authorization', tokens.pm)
      .expect(200);
    expect(started.body.items).toEqual([expect.objectContaining({ centerId: 'jungbu', sessions: [expect.objectContaining({ minutes: 120 })] })]);

    // The honam request reaches grants over the bus after the seed has asked for it.
    const queue = await eventuallyGet<{ items: PendingApproval[] }>(
      platform.urls.grants,
      '/api/grants/approvals',
      financeLee,
      (b) => b.items.some((item) => item.kind === 'allocation'),
      'the honam allocation in the approvals queue',
    );
    expect(queue.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'disbursement', callId: ADVANCED_CALL_ID, proposedBy: 'pm-kim', mayApprove: true }),
        expect.objectContaining({ kind: 'allocation', amountWon: 10_000_000, mayApprove: true }),
      ]),
    );
    expect(queue.items.every((item) => item.mayApprove)).toBe(true);
  });
});
