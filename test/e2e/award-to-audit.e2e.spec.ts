import path from 'node:path';
import request from 'supertest';
import { bearer } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import { DistributedPlatform } from '../support/distributed-platform';
import { Platform, workspaceRoot } from '../support/local-platform';
import { startSingleProcessPlatform } from '../support/single-process-platform';
import { Packet, verdictOf, writeEvidenceFixtures } from './support/evidence-packets';
import { eventuallyGet, firm, passedApplication, settled, tokens } from './support/scenario-kit';

// Loaded by path like the launcher loads services: no project imports a tool.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runFinanceCheck } = require(`${workspaceRoot}/deploy/local/finance-cli`) as typeof import('../../deploy/local/finance-cli');

const finance = { kim: bearer({ role: 'finance', sub: 'fin-kim' }), lee: bearer({ role: 'finance', sub: 'fin-lee' }) };
const auditor = bearer({ role: 'auditor', sub: 'audit-han' });
const IT_LINE = 'it-convergence';
const MENTORING_LINE = 'technology-cooperation-mentoring';

interface LineFigures {
  readonly amount: number;
  readonly available: number;
  readonly committed: number;
  readonly disbursed: number;
  readonly recovered: number;
}

/**
 * The second half of the program, through the public APIs: an evaluated application is awarded
 * a grant under the four-eyes rule, paid in two tranches, partly recovered, and a consortium's
 * mentoring engagement gets its ₩10M allocation across services; finance then audits it all.
 */
describe.each([
  ['distributed: five processes over Kafka, PostgreSQL and FerretDB', () => DistributedPlatform.start(`e2g${Date.now().toString(36)}`)],
  ['single process: the platform as npm start runs it', () => startSingleProcessPlatform()],
])('from an evaluated application to an audited grant — %s', (mode: string, start: () => Promise<Platform>) => {
  let platform: Platform;
  const callId = `call-grant-${Date.now().toString(36)}`;
  const consortium = { lead: firm('318816201', '한솔정밀', 'C29199', '대전'), partner: firm('306854402', '다온시스템', 'J62010', '세종') };

  beforeAll(async () => (platform = await start()));
  afterAll(async () => platform?.stop());

  it('awards, pays, recovers, allocates mentoring and audits every won', async () => {
    const { applications, grants, mentoring } = platform.urls;
    const { applicationId } = await passedApplication(platform.urls, callId, consortium, 300_000_000);

    // The evaluation's result reached grants as a selection fact.
    await eventuallyGet<{ items?: unknown[] }>(
      grants,
      `/api/grants/calls/${callId}/candidates`,
      tokens.pm,
      (b) => JSON.stringify(b).includes(applicationId),
      'the candidate in grants',
    );
    const budgetAt = async (at: string) =>
      (await request(grants).get('/api/grants/audit/budget').query({ at }).set('Authorization', auditor).expect(200)).body.lines[IT_LINE] as LineFigures;
    const beforeAward = new Date().toISOString();
    const awardYear = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();

    // No line named: the award is charged to its call's. The call's opening reaches grants over the
    // bus; until it has, a proposal is 409 GRANT.CALL_UNKNOWN and records nothing, so it is sent again.
    const propose = () =>
      request(grants)
        .post('/api/grants/grants')
        .set('Authorization', tokens.pm)
        .send({
          applicationId,
          amountWon: 280_000_000,
          schedule: [
            // Both in the award's fiscal year: a later year's tranche waits for that year's program (docs/finance.md §1.10).
            { dueOn: `${awardYear}-12-01`, amountWon: 180_000_000 },
            { dueOn: `${awardYear}-12-15`, amountWon: 100_000_000 },
          ],
        });
    const proposed = eventually(
      async () => {
        const attempt = await propose();
        return attempt.status === 409 && attempt.body.code === 'GRANT.CALL_UNKNOWN' ? undefined : attempt;
      },
      60_000,
      'the call’s line in grants',
    );
    const proposal = await settled(proposed, 201, { url: grants, token: tokens.pm });
    expect(proposal.body).toMatchObject({ lineId: IT_LINE, lineException: null });
    // The applications service named the consortium's firms: the award names its recipient.
    expect(proposal.body.recipient).toEqual({
      leadRegistrationNumber: consortium.lead.registrationNumber,
      leadName: '한솔정밀',
      members: [
        { registrationNumber: consortium.lead.registrationNumber, name: '한솔정밀', lead: true },
        { registrationNumber: consortium.partner.registrationNumber, name: '다온시스템', lead: false },
      ],
    });
    const grantId: string = proposal.body.grantId;
    const act = (path: string, token: string, body: object = {}) =>
      request(grants).post(`/api/grants/grants/${grantId}/${path}`).set('Authorization', token).send(body);
    // Every action on the grant answers the grant; after a 202 it is read back by whoever acted.
    const acted = (path: string, token: string, expected: number, body?: object) =>
      settled(act(path, token, body), expected, { url: grants, token, path: `/api/grants/grants/${grantId}` });

    // Four eyes: the program manager cannot approve; finance does.
    await act('approval', tokens.pm).expect(403);
    await acted('approval', finance.kim, 200);
    await eventuallyGet<{ status: string }>(
      applications,
      `/api/applications/applications/${applicationId}`,
      tokens.pm,
      (b) => b.status === 'grant-awarded',
      'grant awarded in applications',
    );
    const afterApproval = new Date().toISOString();

    // The agreement (협약) is signed before any tranche is paid.
    expect((await act('tranches/t1/proposal', finance.kim).expect(409)).body.code).toBe('GRANT.AGREEMENT_NOT_SIGNED');
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const agreement = { agreementNumber: `RS-${callId}`, startsOn: today, endsOn: `${Number(today.slice(0, 4)) + 2}-12-31`, signedOn: today };
    await acted('agreement', tokens.pm, 201, agreement);

    for (const tranche of ['t1', 't2']) {
      await acted(`tranches/${tranche}/proposal`, finance.kim, 200);
      expect((await act(`tranches/${tranche}/approval`, finance.kim).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
      await acted(`tranches/${tranche}/approval`, finance.lee, 200);
    }
    // A recovery follows four eyes too: proposed by one finance officer, approved by another.
    const recovery = await acted('recoveries', finance.lee, 201, { amountWon: 30_000_000, reason: '집행 잔액 반납' });
    const recoveryId: string = recovery.body.recoveries[0].recoveryId;
    expect((await act(`recoveries/${recoveryId}/approval`, finance.lee).expect(403)).body.code).toBe('GRANT.FOUR_EYES');
    await acted(`recoveries/${recoveryId}/approval`, finance.kim, 200);

    // Mentoring: a coordinator's engagement asks grants for ₩10M over the bus; finance approves.
    const mentor = await settled(
      request(mentoring)
        .post('/api/mentoring/mentors')
        .set('Authorization', tokens.pm)
        .send({ kind: 'expert', name: '정하늘', expertise: { fields: ['AI'], industries: ['C29'] }, affiliation: { institution: '한국전자통신연구원' } }),
      201,
      { url: mentoring, token: tokens.pm },
    );
    const coordinator = tokens.jungbuStaff;
    const engagement = await settled(
      request(mentoring)
        .post('/api/mentoring/engagements')
        .set('Authorization', coordinator)
        .send({
          consortium: {
            consortiumId: applicationId,
            applicationId,
            firms: [consortium.lead, consortium.partner].map((f) => ({ registrationNumber: f.registrationNumber, industryCode: f.industryCode })),
            technologyFields: ['AI'],
          },
        }),
      201,
      { url: mentoring, token: coordinator },
    );
    const engagementId: string = engagement.body.engagementId;
    const theEngagement = { url: mentoring, token: coordinator, path: `/api/mentoring/engagements/${engagementId}` };
    await settled(
      request(mentoring).post(`/api/mentoring/engagements/${engagementId}/mentor`).set('Authorization', coordinator).send({ mentorId: mentor.body.mentorId }),
      200,
      theEngagement,
    );
    const asked = await settled(
      request(mentoring).post(`/api/mentoring/engagements/${engagementId}/allocation`).set('Authorization', coordinator),
      200,
      theEngagement,
    );
    const allocationId: string = asked.body.allocations.at(-1).allocationId;
    await eventuallyGet(grants, `/api/grants/allocations/${allocationId}`, finance.kim, () => true, 'the allocation request in grants');
    await settled(request(grants).post(`/api/grants/allocations/${allocationId}/approval`).set('Authorization', finance.kim), 200, {
      url: grants,
      token: finance.kim,
      path: `/api/grants/allocations/${allocationId}`,
    });
    await eventuallyGet<{ status: string }>(
      mentoring,
      `/api/mentoring/engagements/${engagementId}`,
      tokens.pm,
      (b) => b.status === 'started',
      'the engagement started',
    );

    // Finance audits: the line at three instants, the invariant, the trace and the hash chains.
    expect(await budgetAt(beforeAward)).toEqual({ amount: 1_500_000_000, available: 1_500_000_000, committed: 0, disbursed: 0, recovered: 0 });
    expect(await budgetAt(afterApproval)).toMatchObject({ available: 1_220_000_000, committed: 280_000_000, disbursed: 0 });
    expect(await budgetAt(new Date().toISOString())).toEqual({
      amount: 1_500_000_000,
      available: 1_250_000_000,
      committed: 0,
      disbursed: 280_000_000,
      recovered: 30_000_000,
    });
    const mentoringLine = (
      await request(grants).get('/api/grants/audit/budget').query({ at: new Date().toISOString() }).set('Authorization', auditor).expect(200)
    ).body.lines[MENTORING_LINE] as LineFigures;
    expect(mentoringLine).toMatchObject({ committed: 10_000_000 });
    expect((await request(grants).get('/api/grants/budget/check').set('Authorization', auditor).expect(200)).body).toMatchObject({ ok: true });

    const trace = await request(grants).get(`/api/grants/audit/trace/${grantId}`).set('Authorization', auditor).expect(200);
    const entries = trace.body.entries as { step: string; actor: { userId: string }; correlationId?: string; occurredAt?: string }[];
    expect(entries.map((e) => e.step)).toEqual(
      expect.arrayContaining([
        'application',
        'screening',
        'evaluation',
        'selection',
        'award-approval',
        'agreement',
        'disbursement-approval',
        'recovery-proposal',
        'recovery-approval',
      ]),
    );
    expect(entries.find((e) => e.step === 'recovery-approval')?.actor.userId).toBe('fin-kim');
    expect(entries.filter((e) => e.step === 'disbursement-approval').map((e) => e.actor.userId)).toEqual(['fin-lee', 'fin-lee']);
    expect(entries.find((e) => e.step === 'selection')?.actor.userId).toBe('pm-park');
    // Decisions taken in other services keep their deciders: the center's screener, the closing manager.
    expect(entries.find((e) => e.step === 'screening')?.actor).toEqual({ userId: 'staff-choi', role: 'center-staff' });
    expect(entries.find((e) => e.step === 'evaluation')?.actor).toEqual({ userId: 'pm-park', role: 'program-manager' });
    expect(entries.every((e) => e.correlationId && e.occurredAt)).toBe(true);

    // The line's ledger names whom each won of the grant went to, and under which agreement.
    const ledger = await request(grants)
      .get(`/api/grants/audit/lines/${IT_LINE}/ledger`)
      .query({ from: beforeAward, to: new Date(Date.now() + 60_000).toISOString() })
      .set('Authorization', auditor)
      .expect(200);
    const grantRows = ledger.text.split('\r\n').filter((row) => row.includes(grantId));
    expect(grantRows.map((row) => row.split(',')[2])).toEqual(['commitment', 'disbursement', 'disbursement', 'recovery']);
    expect(grantRows.every((row) => row.endsWith(`,한솔정밀,${consortium.lead.registrationNumber},${agreement.agreementNumber}`))).toBe(true);

    expect((await request(grants).get('/api/grants/audit/verify').set('Authorization', auditor).expect(200)).body).toMatchObject({
      ok: true,
      firstBreak: null,
    });

    // The same two checks as finance runs them from a terminal (npm run finance -- …).
    const budget = await runFinanceCheck(['budget', 'check'], grants, auditor.replace('Bearer ', ''));
    expect(budget.ok).toBe(true);
    expect(budget.report).toContain(`ok     ${IT_LINE}: amount 1500000000 = available 1250000000 + committed 0 + disbursed 280000000 − recovered 30000000`);
    // The grant's evidence packet: its decision chain across the services, checked offline by the
    // JavaScript verifier here and by both verifiers in test/audit/run.sh, untouched and tampered.
    const evidence = await request(grants).get(`/api/grants/audit/evidence/${grantId}`).set('Authorization', auditor);
    expect({ status: evidence.status, detail: evidence.body.detail }).toEqual({ status: 200, detail: undefined });
    const packet = evidence.body as Packet;
    expect(packet.logs.map((log) => log.origin.split('/')[1])).toEqual(expect.arrayContaining(['grants', 'applications', 'evaluation']));
    expect(packet.logs[0].events.some((event) => event.record.includes(grantId))).toBe(true);
    const keys = (await request(grants).get('/.well-known/yunghap-audit-keys').expect(200)).body as { logs: { verifierKeys: string[] }[] };
    const { files } = writeEvidenceFixtures(
      mode.split(':')[0].replace(/\s+/g, '-'),
      packet,
      keys.logs.flatMap((log) => log.verifierKeys),
    );
    expect(verdictOf(files['valid'], path.join(path.dirname(files['valid']), 'trusted-keys.txt'))).toMatchObject({ status: 0 });
    for (const name of ['changed-amount', 'dropped-event', 'foreign-checkpoint']) {
      expect(verdictOf(files[name], path.join(path.dirname(files[name]), 'trusted-keys.txt'))).toMatchObject({ status: 1 });
    }

    const verify = await runFinanceCheck(['audit', 'verify'], grants, auditor.replace('Bearer ', ''));
    expect(verify).toMatchObject({ ok: true });
    expect(verify.report).toMatch(
      /^audit verify: ok \(\d+ streams, \d+ events; the log (against the witnessed checkpoint at \d+|no checkpoint witnessed yet), \d+ not yet covered\)$/,
    );
  });
});
