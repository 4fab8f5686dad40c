import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { committeeDecider, committeeStreamId, DeclareRelationship } from '@yunghap/evaluation-domain';
import { handleCommand } from '@yunghap/event-store';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { TOPICS } from '@yunghap/contracts';
import { deliver, evaluationIn, experts, listen, memberOf, pm, scores, screened, startEvaluationService, withdrawn } from '../testing/evaluation-test-kit';

const CALL = 'call-2025-late';
const JUNGBU = `${CALL}.jungbu`;
const FIRM_A = '1048612345';
const FIRM_C = '2208100041';

type Sheet = ReturnType<typeof scores>;

describe('recusal on a tie declared after the opening', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-late-recusal-'));
  let service: TestService;
  const member = (userId: string) => memberOf(userId, JUNGBU);
  const evaluation = (applicationId: string, token: string) =>
    request(service.http).get(`/api/evaluation/evaluations/${applicationId}`).set('Authorization', token);
  const submit = (applicationId: string, token: string, sheet: Sheet) =>
    request(service.http).put(`/api/evaluation/evaluations/${applicationId}/my-scoresheet`).set('Authorization', token).send({ scores: sheet });
  const seal = (applicationId: string, token: string) =>
    request(service.http).post(`/api/evaluation/evaluations/${applicationId}/my-scoresheet/seal`).set('Authorization', token);
  const close = (applicationId: string) => request(service.http).post(`/api/evaluation/evaluations/${applicationId}/close`).set('Authorization', pm);
  const declare = (userId: string, firm: string, kind: string) =>
    request(service.http).post(`/api/evaluation/committees/${JUNGBU}/relationships`).set('Authorization', member(userId)).send({ firm, kind }).expect(201);

  async function scoreAndSeal(applicationId: string, sheets: Readonly<Record<string, Sheet>>) {
    for (const [userId, sheet] of Object.entries(sheets)) {
      await submit(applicationId, member(userId), sheet).expect(200);
      await seal(applicationId, member(userId)).expect(200);
    }
  }

  beforeAll(async () => {
    service = await startEvaluationService({ dataDir, calls: [CALL] });
    await request(service.http)
      .post('/api/evaluation/committees')
      .set('Authorization', pm)
      .send({ callId: CALL, centerId: 'jungbu', members: experts('l', 7) })
      .expect(201);
    await deliver(
      service,
      screened({ applicationId: 'app-l1', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: [FIRM_A, '3148698765'] }),
      screened({ applicationId: 'app-l2', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: [FIRM_C, '2208100042'] }),
    );
    for (const applicationId of ['app-l1', 'app-l2']) await evaluationIn(service, applicationId, 'open');
  });
  afterAll(async () => {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('recuses the member from the open evaluations of that firm as part of the declaration, sealed sheet and all', async () => {
    await scoreAndSeal('app-l1', { l6: scores(26, 21, 21, 17) });
    const published = await listen(service, TOPICS.evaluation);
    await declare('l6', FIRM_A, 'advisory');
    // The other services hear who stood down, so that they too stop showing the application; not the tie itself.
    const recusal = await eventually(() => published.find((message) => message.type === 'evaluation.MemberRecused'));
    expect(recusal.payload).toEqual({ evaluationId: 'app-l1', applicationId: 'app-l1', memberId: 'l6', recusedAt: expect.any(String) });

    expect((await evaluation('app-l1', member('l6')).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    expect((await submit('app-l1', member('l6'), scores(1, 1, 1, 1)).expect(403)).body.code).toBe('EVALUATION.MEMBER_RECUSED');
    const detail = (await evaluation('app-l1', pm).expect(200)).body;
    expect(detail.committee.recusals).toEqual([{ memberId: 'l6', firm: FIRM_A, relationship: 'advisory' }]);
    expect(detail.scores.counts).toEqual({ members: 7, recused: 1, submitted: 0, sealed: 0 });
    // Not from another application's evaluation, which has none of that firm.
    await evaluation('app-l2', member('l6')).expect(200);
    const queue = await request(service.http).get('/api/evaluation/work-queue').set('Authorization', member('l6')).expect(200);
    expect(queue.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['app-l2']);
  });

  it('leaves the recused sheet out of the result', async () => {
    await scoreAndSeal('app-l1', {
      l1: scores(24, 20, 20, 16), // 80
      l2: scores(21, 18, 18, 13), // 70
      l3: scores(27, 23, 22, 18), // 90
      l4: scores(18, 15, 15, 12), // 60
      l5: scores(22, 19, 19, 15), // 75
    });
    const res = await close('app-l1').expect(200);
    // Dropping 90 and 60: (80 + 70 + 75) / 3 = 75.00. l6's 85, had it counted, would have made it 77.50.
    expect(res.body.scores.result).toMatchObject({ sheetsCounted: 5, total: 7500 });
    expect(res.body.scores.sheets.map((sheet: { memberId: string }) => sheet.memberId)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    await evaluation('app-l1', member('l6')).expect(403);
  });

  it('completes after a restart what a crash left undone between the declaration and the recusal', async () => {
    // The declaration alone, as if the process had stopped right after storing it.
    const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const declaration: DeclareRelationship = {
      type: 'DeclareRelationship',
      data: { committeeId: JUNGBU, firm: FIRM_C, kind: 'employment' },
      metadata: { now: new Date().toISOString(), actor: { userId: 'l7', role: 'committee-member' } },
    };
    expect((await handleCommand(runtime.store, committeeStreamId(JUNGBU), declaration, committeeDecider)).ok).toBe(true);
    await service.close();

    service = await startEvaluationService({ dataDir });
    const detail = await eventually(async () => {
      const res = await evaluation('app-l2', pm);
      return res.body.committee?.recusals.length ? res.body : undefined;
    });
    expect(detail.committee.recusals).toEqual([{ memberId: 'l7', firm: FIRM_C, relationship: 'employment' }]);
    await evaluation('app-l2', member('l7')).expect(403);
  });

  it('records every further ground once, and keeps an evaluation open but unclosable once recusals leave it short of its quorum', async () => {
    await declare('l7', FIRM_C, 'family');
    await declare('l5', FIRM_C, 'ownership');
    await declare('l6', FIRM_C, 'other');
    const detail = (await evaluation('app-l2', pm).expect(200)).body;
    expect(detail.committee.recusals.map((r: { memberId: string; relationship: string }) => `${r.memberId}:${r.relationship}`)).toEqual([
      'l7:employment',
      'l7:family',
      'l5:ownership',
      'l6:other',
    ]);
    expect(detail.status).toBe('open');
    await scoreAndSeal('app-l2', { l1: scores(24, 20, 20, 16), l2: scores(24, 20, 20, 16), l3: scores(24, 20, 20, 16), l4: scores(24, 20, 20, 16) });
    expect((await close('app-l2').expect(422)).body).toMatchObject({ code: 'EVALUATION.QUORUM_UNREACHABLE', details: { eligible: 4, quorum: 5 } });
  });

  it('abandons it when its application is withdrawn; it is never ranked', async () => {
    await deliver(service, withdrawn('app-l2', CALL));
    await eventually(async () => ((await evaluation('app-l2', pm)).body.scores?.stage === 'abandoned' ? true : undefined));
    const ranking = await request(service.http).get(`/api/evaluation/calls/${CALL}/ranking`).set('Authorization', pm).expect(200);
    expect(ranking.body).toMatchObject({ final: true, stillInEvaluation: 0 });
    expect(ranking.body.entries.map((entry: { applicationId: string }) => entry.applicationId)).toEqual(['app-l1']);
  });
});
