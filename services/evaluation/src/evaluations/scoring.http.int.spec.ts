import { TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  auditor,
  deliver,
  evaluationIn,
  experts,
  finance,
  listen,
  memberOf,
  pm,
  reasonsForAll,
  scores,
  screened,
  staffOf,
  startEvaluationService,
  withdrawn,
} from '../testing/evaluation-test-kit';

const CALL = 'call-2025-it';
const JUNGBU = `${CALL}.jungbu`;
const SHARED = `${CALL}.shared`;
const FIRM_A = '1048612345';
const THIN_TEAM = '참여 인력의 관련 경험이 부족함';
const CLEAR_MARKET = '판로 계획이 구체적임';
// A deadline must lie after the moment it is set, and the service's clock is the real one.
const SCORES_DUE_AT = new Date(Date.now() + 30 * 86_400_000).toISOString();
const THIN_PLAN = '사업계획서의 근거가 전반적으로 부족함';

type Sheet = ReturnType<typeof scores>;

describe('scoring, closing, the work queue and the ranking', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const jungbuMember = (userId: string) => memberOf(userId, JUNGBU);
  const sharedMember = (userId: string) => memberOf(userId, SHARED);
  const evaluation = (applicationId: string) => request(service.http).get(`/api/evaluation/evaluations/${applicationId}`);
  const submit = (applicationId: string, token: string, sheet: Sheet) =>
    request(service.http).put(`/api/evaluation/evaluations/${applicationId}/my-scoresheet`).set('Authorization', token).send({ scores: sheet });
  const seal = (applicationId: string, token: string) =>
    request(service.http).post(`/api/evaluation/evaluations/${applicationId}/my-scoresheet/seal`).set('Authorization', token);
  const close = (applicationId: string, token = pm) =>
    request(service.http).post(`/api/evaluation/evaluations/${applicationId}/close`).set('Authorization', token);
  const workQueue = (token: string, status?: string) =>
    request(service.http)
      .get('/api/evaluation/work-queue')
      .query(status ? { status } : {})
      .set('Authorization', token);
  const ranking = (token: string, callId = CALL) => request(service.http).get(`/api/evaluation/calls/${callId}/ranking`).set('Authorization', token);
  const completedMessage = (applicationId: string) =>
    eventually(() => published.find((m) => m.type === 'evaluation.EvaluationCompleted' && m.key === applicationId));

  async function scoreAndSeal(applicationId: string, sheets: Readonly<Record<string, Sheet>>, member: (userId: string) => string) {
    for (const [userId, sheet] of Object.entries(sheets)) {
      await submit(applicationId, member(userId), sheet).expect(200);
      await seal(applicationId, member(userId)).expect(200);
    }
  }

  beforeAll(async () => {
    service = await startEvaluationService({ calls: [CALL] });
    published = await listen(service, TOPICS.evaluation);
    const form = (body: object) => request(service.http).post('/api/evaluation/committees').set('Authorization', pm).send(body).expect(201);
    await form({ callId: CALL, centerId: 'jungbu', members: experts('e', 6), scoresDueAt: SCORES_DUE_AT });
    await form({ callId: CALL, members: experts('s', 5) });
    await request(service.http)
      .post(`/api/evaluation/committees/${JUNGBU}/relationships`)
      .set('Authorization', jungbuMember('e6'))
      .send({ firm: FIRM_A, kind: 'advisory' })
      .expect(201);
    await deliver(
      service,
      screened({ applicationId: 'app-j1', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: [FIRM_A, '3148698765'], title: '센서 융합 모듈' }),
      screened({ applicationId: 'app-j2', callId: CALL, centerId: 'jungbu', memberRegistrationNumbers: ['2208100011', '2208100012'] }),
      screened({
        applicationId: 'app-h1',
        callId: CALL,
        centerId: 'honam',
        memberRegistrationNumbers: ['4108100021', '4108100022'],
        submittedAt: '2025-03-12T10:00:00+09:00',
      }),
      screened({
        applicationId: 'app-h2',
        callId: CALL,
        centerId: 'honam',
        memberRegistrationNumbers: ['4108100031', '4108100032'],
        submittedAt: '2025-03-11T10:00:00+09:00',
      }),
    );
    for (const applicationId of ['app-j1', 'app-j2', 'app-h1', 'app-h2']) await evaluationIn(service, applicationId, 'open');
  });
  afterAll(() => service.close());

  describe('the work queue', () => {
    it("lists a member's evaluations with their own sheet's state, leaving out those they are recused from", async () => {
      const e1 = await workQueue(jungbuMember('e1')).expect(200);
      expect(e1.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['app-j1', 'app-j2']);
      expect(e1.body.items[0]).toMatchObject({
        callId: CALL,
        centerId: 'jungbu',
        committeeId: JUNGBU,
        status: 'open',
        title: '센서 융합 모듈',
        callTitle: `${CALL} 공고`,
        scoresDueAt: SCORES_DUE_AT,
        mySheet: { state: 'not-started', revision: 0 },
      });
      // A screening sent before titles travelled.
      expect(e1.body.items[1]).toMatchObject({ applicationId: 'app-j2', title: null, scoresDueAt: SCORES_DUE_AT });
      expect((await workQueue(jungbuMember('e6')).expect(200)).body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['app-j2']);
      expect((await workQueue(sharedMember('s1')).expect(200)).body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([
        'app-h1',
        'app-h2',
      ]);
      expect((await workQueue(sharedMember('s1')).expect(200)).body.items[0]).toMatchObject({ scoresDueAt: null, callTitle: `${CALL} 공고` });
      // Only the committees the token names count.
      expect((await workQueue(memberOf('e1')).expect(200)).body.items).toEqual([]);
    });

    it('is for committee members (403) and filters by a known status (400)', async () => {
      for (const token of [pm, staffOf('jungbu'), finance, auditor]) await workQueue(token).expect(403);
      await workQueue(jungbuMember('e1'), 'pending').expect(400);
    });
  });

  describe('scoresheets', () => {
    it('are submitted and revised by a member until sealed', async () => {
      const first = await submit('app-j1', jungbuMember('e1'), scores(20, 20, 20, 10, { 'consortium-capability': `  ${THIN_TEAM}\n` })).expect(200);
      expect(first.body).toEqual({
        memberId: 'e1',
        scores: { 'convergence-novelty': 20, 'technical-feasibility': 20, commercialisation: 20, 'consortium-capability': 10 },
        reasons: { 'consortium-capability': THIN_TEAM },
        revision: 1,
        sealed: false,
      });
      const revised = await submit('app-j1', jungbuMember('e1'), scores(28, 22, 22, 18)).expect(200);
      expect(revised.body).toMatchObject({ revision: 2, sealed: false, reasons: {} });
      const queue = await workQueue(jungbuMember('e1')).expect(200);
      expect(queue.body.items[0].mySheet).toEqual({ state: 'draft', revision: 2 });

      expect((await seal('app-j1', jungbuMember('e1')).expect(200)).body).toMatchObject({ revision: 2, sealed: true });
      expect((await workQueue(jungbuMember('e1')).expect(200)).body.items[0].mySheet).toEqual({ state: 'sealed', revision: 2 });
    });

    it('cannot change once sealed, nor be sealed before it is submitted (409)', async () => {
      expect((await submit('app-j1', jungbuMember('e1'), scores(1, 1, 1, 1)).expect(409)).body.code).toBe('EVALUATION.SHEET_SEALED');
      expect((await seal('app-j1', jungbuMember('e1')).expect(409)).body.code).toBe('EVALUATION.SHEET_SEALED');
      expect((await seal('app-j1', jungbuMember('e2')).expect(409)).body.code).toBe('EVALUATION.SHEET_NOT_SUBMITTED');
    });

    it('score every criterion of the rubric within its weight (422)', async () => {
      const outOfRange = await submit('app-j1', jungbuMember('e2'), scores(31, 20, 20, 15)).expect(422);
      expect(outOfRange.body).toMatchObject({ code: 'EVALUATION.SCORE_OUT_OF_RANGE', details: { criterionId: 'convergence-novelty', score: 31, weight: 30 } });
      await submit('app-j1', jungbuMember('e2'), scores(20, -1, 20, 15)).expect(422);
      const partial = await submit('app-j1', jungbuMember('e2'), [...scores(20, 20, 20, 15).slice(1), { criterionId: 'charm', score: 5 }]).expect(422);
      expect(partial.body).toMatchObject({ code: 'EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC', details: { missing: ['convergence-novelty'], unknown: ['charm'] } });
    });

    it('need a written reason for a score under 60 % of its weight (422 naming the field); a blank one counts as absent', async () => {
      const missing = await submit('app-j1', jungbuMember('e2'), scores(25, 14, 20, 15)).expect(422);
      expect(missing.body).toMatchObject({
        code: 'EVALUATION.REASON_REQUIRED',
        details: { criterionId: 'technical-feasibility', score: 14, weight: 25, belowPercent: 60 },
        errors: [{ field: 'scores[1].reason', rule: 'reasonRequired' }],
      });
      expect(missing.body.detail).toMatch(/^평가 항목 technical-feasibility의 점수 14점은 .*\(A score of 14 of 25/);
      const blank = await submit('app-j1', jungbuMember('e2'), scores(25, 20, 20, 11, { 'consortium-capability': ' \n ' })).expect(422);
      expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'scores[3].reason' })]);
    });

    it('take a reason of at most 2,000 characters, as text (400)', async () => {
      const long = await submit('app-j1', jungbuMember('e2'), scores(25, 14, 20, 15, { 'technical-feasibility': '가'.repeat(2001) })).expect(400);
      expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['scores[1].reason']);
      const notText = await request(service.http)
        .put('/api/evaluation/evaluations/app-j1/my-scoresheet')
        .set('Authorization', jungbuMember('e2'))
        .send({ scores: [{ criterionId: 'convergence-novelty', score: 25, reason: null }] })
        .expect(400);
      expect(notText.body.errors.map((e: { field: string }) => e.field)).toContain('scores[0].reason');
    });

    it('are well-formed: whole numbers, each criterion once (400)', async () => {
      const bad = await submit('app-j1', jungbuMember('e2'), [
        { criterionId: 'convergence-novelty', score: 20.5 },
        { criterionId: 'convergence-novelty', score: 20 },
      ]).expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['scores', 'scores[0].score']));
      const empty = await request(service.http)
        .put('/api/evaluation/evaluations/app-j1/my-scoresheet')
        .set('Authorization', jungbuMember('e2'))
        .send({})
        .expect(400);
      expect(empty.body.errors.map((e: { field: string }) => e.field)).toContain('scores');
    });

    it('belong to the members who score the application only (403), of evaluations that exist (404)', async () => {
      expect((await submit('app-j1', jungbuMember('e6'), scores(20, 20, 20, 15)).expect(403)).body.code).toBe('EVALUATION.MEMBER_RECUSED');
      expect((await seal('app-j1', jungbuMember('e6')).expect(403)).body.code).toBe('EVALUATION.MEMBER_RECUSED');
      expect((await submit('app-j1', sharedMember('s1'), scores(20, 20, 20, 15)).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
      expect((await submit('app-j1', jungbuMember('stranger'), scores(20, 20, 20, 15)).expect(403)).body.code).toBe('EVALUATION.NOT_A_MEMBER');
      for (const token of [pm, staffOf('jungbu'), finance, auditor]) {
        await submit('app-j1', token, scores(20, 20, 20, 15)).expect(403);
        await seal('app-j1', token).expect(403);
      }
      await submit('app-nope', jungbuMember('e1'), scores(20, 20, 20, 15)).expect(404);
      await seal('app-nope', jungbuMember('e1')).expect(404);
    });
  });

  describe('before the evaluation closes', () => {
    it('a member sees their own sheet, its reasons included, and counts only', async () => {
      await submit('app-j1', jungbuMember('e2'), scores(25, 20, 20, 15, { commercialisation: CLEAR_MARKET })).expect(200);
      const e2 = await evaluation('app-j1').set('Authorization', jungbuMember('e2')).expect(200);
      expect(e2.body.scores).toEqual({
        stage: 'scoring',
        counts: { members: 6, recused: 1, submitted: 2, sealed: 1 },
        ownSheet: expect.objectContaining({ memberId: 'e2', revision: 1, sealed: false, reasons: { commercialisation: CLEAR_MARKET } }),
      });
      expect(JSON.stringify(e2.body)).not.toContain('"e1"');
      const e3 = await evaluation('app-j1').set('Authorization', jungbuMember('e3')).expect(200);
      expect(e3.body.scores.ownSheet).toBeNull();
      expect(JSON.stringify(e3.body)).not.toContain(CLEAR_MARKET);
    });

    it("the center's staff and program managers see counts and progress, never a score", async () => {
      const staff = await evaluation('app-j1').set('Authorization', staffOf('jungbu')).expect(200);
      expect(staff.body.scores).toEqual({ stage: 'scoring', counts: { members: 6, recused: 1, submitted: 2, sealed: 1 }, ownSheet: null });
      const manager = await evaluation('app-j1').set('Authorization', pm).expect(200);
      expect(manager.body.scores.ownSheet).toBeNull();
      expect(manager.body.committee.members.find((m: { userId: string }) => m.userId === 'e1')).toMatchObject({
        recused: false,
        sheet: { state: 'sealed', revision: 2 },
      });
      expect(JSON.stringify(manager.body)).not.toMatch(/"scores":\{"convergence-novelty"/);
      for (const body of [staff.body, manager.body]) expect(JSON.stringify(body)).not.toContain(CLEAR_MARKET);
      await evaluation('app-j1').set('Authorization', staffOf('honam')).expect(403);
      // The call's list counts the sheets that count: e6 is recused, e1 has sealed, five are needed.
      const list = await request(service.http)
        .get('/api/evaluation/evaluations')
        .query({ callId: CALL, centerId: 'jungbu' })
        .set('Authorization', pm)
        .expect(200);
      expect(list.body.items.find((item: { applicationId: string }) => item.applicationId === 'app-j1')).toMatchObject({
        title: '센서 융합 모듈',
        progress: { scorers: 5, sealed: 1, quorum: 5 },
      });
    });

    it('cannot close below the quorum (422), nor by anyone but a program manager (403)', async () => {
      const res = await close('app-j1').expect(422);
      expect(res.body).toMatchObject({ code: 'EVALUATION.QUORUM_NOT_REACHED', details: { sealed: 1, quorum: 5 } });
      for (const token of [jungbuMember('e1'), staffOf('jungbu'), finance, auditor]) await close('app-j1', token).expect(403);
      await close('app-nope').expect(404);
    });
  });

  describe('closing', () => {
    it('computes the trimmed mean of five sealed sheets in hundredths and publishes EvaluationCompleted', async () => {
      await seal('app-j1', jungbuMember('e2')).expect(200);
      await scoreAndSeal(
        'app-j1',
        { e3: scores(24, 20, 19, 15), e4: scores(20, 18, 18, 14), e5: scores(10, 10, 10, 10, reasonsForAll(THIN_PLAN)) },
        jungbuMember,
      );
      // e6 is recused: five sheets count, totalling 90, 80, 78, 70 and 40.
      const res = await close('app-j1').expect(200);
      expect(res.body.status).toBe('completed');
      expect(res.body.scores.result).toMatchObject({
        sheetsCounted: 5,
        trimmed: true,
        total: 7600, // (80 + 78 + 70) / 3; the plain mean would be 71.60
        criteria: [
          { criterionId: 'convergence-novelty', weight: 30, mean: 2300 },
          { criterionId: 'technical-feasibility', weight: 25, mean: 1933 },
          { criterionId: 'commercialisation', weight: 25, mean: 1900 },
          { criterionId: 'consortium-capability', weight: 20, mean: 1467 },
        ],
        passed: true,
        failedReasons: [],
      });

      const message = await completedMessage('app-j1');
      expect(message.payload).toEqual({
        evaluationId: 'app-j1',
        applicationId: 'app-j1',
        callId: CALL,
        centerId: 'jungbu',
        passed: true,
        totalHundredths: 7600,
        criteria: [
          { criterionId: 'convergence-novelty', meanHundredths: 2300, metMinimum: true },
          { criterionId: 'technical-feasibility', meanHundredths: 1933, metMinimum: true },
          { criterionId: 'commercialisation', meanHundredths: 1900, metMinimum: true },
          { criterionId: 'consortium-capability', meanHundredths: 1467, metMinimum: true },
        ],
        sealedSheets: 5,
        failedReasons: [],
        completedAt: expect.any(String),
        // The applicant's feedback: the reasons of the counted sheets, sorted; whose they are is not said.
        feedback: [
          { criterionId: 'convergence-novelty', name: 'Convergence and novelty (융합성·독창성)', maximum: 30, meanHundredths: 2300, reasons: [THIN_PLAN] },
          { criterionId: 'technical-feasibility', name: 'Technical feasibility (기술성)', maximum: 25, meanHundredths: 1933, reasons: [THIN_PLAN] },
          {
            criterionId: 'commercialisation',
            name: 'Commercialisation (사업화 가능성)',
            maximum: 25,
            meanHundredths: 1900,
            reasons: [THIN_PLAN, CLEAR_MARKET],
          },
          { criterionId: 'consortium-capability', name: 'Consortium capability (컨소시엄 역량)', maximum: 20, meanHundredths: 1467, reasons: [THIN_PLAN] },
        ],
      });
      const text = JSON.stringify(message.payload);
      for (const memberId of ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']) expect(text).not.toContain(`"${memberId}"`);
      expect(text).not.toMatch(/memberId|"scores"|전문가/);
    });

    it('happens once: closing again or scoring afterwards is refused (409)', async () => {
      expect((await close('app-j1').expect(409)).body.code).toBe('EVALUATION.ALREADY_CLOSED');
      expect((await submit('app-j1', jungbuMember('e1'), scores(1, 1, 1, 1)).expect(409)).body.code).toBe('EVALUATION.ALREADY_CLOSED');
    });

    it('fails an application below a criterion minimum even when its total passes', async () => {
      const sheets = Object.fromEntries(
        ['e1', 'e2', 'e3', 'e4', 'e5'].map((userId) => [userId, scores(30, 25, 20, 5, { 'consortium-capability': THIN_TEAM })]),
      );
      await scoreAndSeal('app-j2', sheets, jungbuMember);
      const res = await close('app-j2').expect(200);
      expect(res.body.scores.result).toMatchObject({
        total: 8000,
        passed: false,
        failedReasons: [{ kind: 'criterion-below-minimum', criterionId: 'consortium-capability', mean: 500, minimum: 800 }],
      });
      const message = await completedMessage('app-j2');
      expect(message.payload).toMatchObject({ passed: false, totalHundredths: 8000, failedReasons: ['criterion-below-minimum:consortium-capability'] });
      expect((message.payload as { criteria: { metMinimum: boolean }[] }).criteria.map((c) => c.metMinimum)).toEqual([true, true, true, false]);
    });
  });

  describe('after the evaluation closes', () => {
    it("shows the sealed sheets and the result to the committee's members, the center's staff and program managers", async () => {
      for (const token of [jungbuMember('e2'), staffOf('jungbu'), pm]) {
        const res = await evaluation('app-j1').set('Authorization', token).expect(200);
        expect(res.body.scores.stage).toBe('completed');
        expect(res.body.scores.sheets.map((sheet: { memberId: string }) => sheet.memberId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
        expect(res.body.scores.result.total).toBe(7600);
        expect(res.body.scores.sheets[4].reasons).toEqual(reasonsForAll(THIN_PLAN));
      }
    });

    it('still shows nothing to other centers, other committees, the recused member, finance or auditors (403)', async () => {
      for (const token of [staffOf('honam'), sharedMember('s1'), jungbuMember('e6'), finance, auditor])
        await evaluation('app-j1').set('Authorization', token).expect(403);
    });

    it("moves to the member's completed work", async () => {
      const done = await workQueue(jungbuMember('e1'), 'completed').expect(200);
      expect(done.body.items.map((item: { applicationId: string; mySheet: { state: string } }) => [item.applicationId, item.mySheet.state])).toEqual([
        ['app-j1', 'sealed'],
        ['app-j2', 'sealed'],
      ]);
      expect((await workQueue(jungbuMember('e1'), 'open').expect(200)).body.items).toEqual([]);
    });
  });

  describe('the ranking of a call', () => {
    beforeAll(async () => {
      const even = Object.fromEntries(['s1', 's2', 's3', 's4', 's5'].map((userId) => [userId, scores(25, 20, 20, 15)]));
      for (const applicationId of ['app-h1', 'app-h2']) {
        await scoreAndSeal(applicationId, even, sharedMember);
        await close(applicationId).expect(200);
      }
    });

    it('orders passed before failed, then by total, breaking a tie by the earlier submission', async () => {
      const res = await ranking(pm).expect(200);
      expect(res.body).toMatchObject({ callId: CALL, final: true, stillInEvaluation: 0 });
      // h1 and h2 tie on every score; h2 was submitted a day earlier. j2 totals 80.00 but failed.
      expect(
        res.body.entries.map((entry: { rank: number; applicationId: string; total: number; passed: boolean }) => [
          entry.rank,
          entry.applicationId,
          entry.total,
          entry.passed,
        ]),
      ).toEqual([
        [1, 'app-h2', 8000, true],
        [2, 'app-h1', 8000, true],
        [3, 'app-j1', 7600, true],
        [4, 'app-j2', 8000, false],
      ]);
      for (const token of [finance, auditor]) expect((await ranking(token).expect(200)).body.entries).toHaveLength(4);
    });

    it("shows a center's staff their own entries, with their ranks in the whole call", async () => {
      const res = await ranking(staffOf('honam')).expect(200);
      expect(res.body.entries.map((entry: { rank: number; applicationId: string }) => [entry.rank, entry.applicationId])).toEqual([
        [1, 'app-h2'],
        [2, 'app-h1'],
      ]);
    });

    it('leaves out an application withdrawn after its evaluation', async () => {
      await deliver(service, withdrawn('app-j2', CALL));
      await evaluationIn(service, 'app-j2', 'withdrawn');
      const res = await ranking(pm).expect(200);
      expect(res.body.entries.map((entry: { applicationId: string }) => entry.applicationId)).toEqual(['app-h2', 'app-h1', 'app-j1']);
    });

    it('is not for committee members (403), and a call nothing was evaluated in is unknown (404)', async () => {
      await ranking(jungbuMember('e1')).expect(403);
      expect((await ranking(pm, 'call-1999').expect(404)).body.code).toBe('CALL.NOT_FOUND');
    });
  });
});
