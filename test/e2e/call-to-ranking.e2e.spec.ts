import request from 'supertest';
import { DistributedPlatform } from '../support/distributed-platform';
import { Platform } from '../support/local-platform';
import { startSingleProcessPlatform } from '../support/single-process-platform';
import { applicationBody, awaitApplicationsReady, eventuallyGet, firm, formCommittee, scoresheet, settled, tokens } from './support/scenario-kit';

interface ApplicationBody {
  readonly status: string;
  readonly centerId?: string;
}

interface RankingBody {
  readonly final: boolean;
  readonly entries: readonly { readonly applicationId: string; readonly rank: number; readonly passed: boolean; readonly total: number }[];
}

/**
 * One call from opening to ranking, through the public APIs only: the centers service's routing
 * reaches applications over the bus, screening opens evaluations in the evaluation service, and
 * their results come back to the applications. The same scenario runs on both run modes, and
 * once more with a read-your-writes bound of 0, where every command answers 202 and is read back.
 */
describe.each([
  ['distributed: five processes over Kafka, PostgreSQL and FerretDB', () => DistributedPlatform.start(`e2e${Date.now().toString(36)}`), false],
  ['single process: the platform as npm start runs it', () => startSingleProcessPlatform(), false],
  ['single process, every command recorded but not yet readable (202)', () => startSingleProcessPlatform({ READ_YOUR_WRITES_TIMEOUT_MS: '0' }), true],
])('a call from opening to ranking — %s', (_mode, start: () => Promise<Platform>, everyCommandPending: boolean) => {
  let platform: Platform;
  const callId = `call-e2e-${Date.now().toString(36)}`;
  const committeeId = `${callId}.jungbu`;
  const members = ['expert-1', 'expert-2', 'expert-3', 'expert-4', 'expert-5', 'expert-6'];

  // Leads in 대전 and 충남 (jungbu); partners of other industries (KSIC groups), except the third consortium's two mould makers.
  const alpha = { lead: firm('314810021', '한밭정밀', 'C29199', '대전'), partner: firm('305862043', '누리소프트', 'J62010', '세종', 'medium') };
  const beta = { lead: firm('312818065', '서해바이오', 'C21210', '충남'), partner: firm('301881087', '온담데이터', 'J63111', '대전') };
  const gamma = { lead: firm('310820109', '금강금형', 'C29294', '충북'), partner: firm('307855121', '보람사출금형', 'C29294', '충북') };

  beforeAll(async () => {
    platform = await start();
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('runs the whole first half of the program', async () => {
    const { applications, evaluation } = platform.urls;

    // The default province mapping travels from centers to applications, the cap per project from grants.
    await awaitApplicationsReady(applications);

    const asPm = { url: applications, token: tokens.pm };
    const opened = await settled(
      request(applications)
        .post('/api/applications/calls')
        .set('Authorization', tokens.pm)
        .send({
          callId,
          budgetLineId: 'it-convergence',
          title: '2026년 IT융합 기술개발 과제 공고',
          opensAt: new Date(Date.now() - 3_600_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          capPerProject: 300_000_000,
          technologyFields: ['AI', 'IoT'],
        }),
      201,
      asPm,
    );
    // Else this run would prove nothing about 202: the call it opened is what it read back.
    if (everyCommandPending) expect(opened.request.method).toBe('GET');

    // The call's opening reaches the evaluation service over the bus: committees wait for it.
    await formCommittee(evaluation, {
      callId,
      centerId: 'jungbu',
      members: members.map((userId, i) => ({ userId, name: `전문가 ${i + 1}`, affiliation: '한국산업기술연구원' })),
    });
    // expert-6 advises beta's lead firm: recused from beta's evaluation only.
    await settled(
      request(evaluation)
        .post(`/api/evaluation/committees/${committeeId}/relationships`)
        .set('Authorization', tokens.member('expert-6', committeeId))
        .send({ firm: beta.lead.registrationNumber, kind: 'advisory' }),
      201,
      { url: evaluation, token: tokens.pm, path: `/api/evaluation/committees/${committeeId}` },
    );

    const ids: Record<'alpha' | 'beta' | 'gamma', string> = { alpha: '', beta: '', gamma: '' };
    for (const [key, consortium, amount] of [
      ['alpha', alpha, 280_000_000],
      ['beta', beta, 250_000_000],
      ['gamma', gamma, 200_000_000],
    ] as const) {
      const drafted = await settled(
        request(applications)
          .post('/api/applications/applications')
          .set('Authorization', tokens.applicant(consortium))
          .send(applicationBody(callId, `${key} 융합 과제`, consortium.lead, consortium.partner, amount)),
        201,
        asPm,
      );
      ids[key] = drafted.body.applicationId;
      const submitted = await settled(
        request(applications).post(`/api/applications/applications/${ids[key]}/submit`).set('Authorization', tokens.applicant(consortium)),
        200,
        {
          ...asPm,
          path: `/api/applications/applications/${ids[key]}`,
        },
      );
      expect(submitted.body).toMatchObject({ status: 'routed', centerId: 'jungbu' });
    }

    // Routed to jungbu: its staff list them, another center's staff may not.
    const list = await request(applications)
      .get('/api/applications/centers/jungbu/applications')
      .query({ callId })
      .set('Authorization', tokens.jungbuStaff)
      .expect(200);
    expect(list.body.items).toHaveLength(3);
    await request(applications).get('/api/applications/centers/jungbu/applications').set('Authorization', tokens.honamStaff).expect(403);

    for (const key of ['alpha', 'beta', 'gamma'] as const) {
      await settled(request(applications).post(`/api/applications/applications/${ids[key]}/screen`).set('Authorization', tokens.jungbuStaff).send({}), 200, {
        ...asPm,
        path: `/api/applications/applications/${ids[key]}`,
      });
    }
    const gammaView = await request(applications).get(`/api/applications/applications/${ids.gamma}`).set('Authorization', tokens.pm).expect(200);
    expect(gammaView.body.status).toBe('screened-ineligible');
    expect(JSON.stringify(gammaView.body)).toContain('SCREENING.SAME_INDUSTRY');

    // Screening opened the evaluations (over the bus), and applications heard they opened.
    for (const key of ['alpha', 'beta'] as const) {
      await eventuallyGet<ApplicationBody>(
        applications,
        `/api/applications/applications/${ids[key]}`,
        tokens.pm,
        (b) => b.status === 'in-evaluation',
        `${key} in evaluation`,
      );
    }
    const betaEvaluation = await request(evaluation).get(`/api/evaluation/evaluations/${ids.beta}`).set('Authorization', tokens.pm).expect(200);
    expect(betaEvaluation.body.committee.recusals).toEqual([expect.objectContaining({ memberId: 'expert-6' })]);
    await request(evaluation).get(`/api/evaluation/evaluations/${ids.beta}`).set('Authorization', tokens.member('expert-6', committeeId)).expect(403);

    // Six sheets for alpha (trimmed mean), five for beta; beta falls short of the threshold.
    const alphaSheets: [number, number, number, number][] = [
      [27, 22, 21, 17],
      [25, 20, 20, 16],
      [28, 23, 22, 18],
      [20, 15, 15, 12],
      [30, 25, 25, 20],
      [26, 21, 20, 17],
    ];
    const betaSheets: [number, number, number, number][] = [
      [18, 15, 14, 12],
      [20, 16, 15, 12],
      [17, 14, 13, 11],
      [19, 15, 16, 12],
      [21, 17, 15, 13],
    ];
    for (const [applicationId, sheets] of [
      [ids.alpha, alphaSheets],
      [ids.beta, betaSheets],
    ] as const) {
      for (const [i, points] of sheets.entries()) {
        const member = tokens.member(members[i], committeeId);
        const asMember = { url: evaluation, token: member, path: `/api/evaluation/evaluations/${applicationId}` };
        await settled(
          request(evaluation).put(`/api/evaluation/evaluations/${applicationId}/my-scoresheet`).set('Authorization', member).send(scoresheet(points)),
          200,
          asMember,
        );
        await settled(request(evaluation).post(`/api/evaluation/evaluations/${applicationId}/my-scoresheet/seal`).set('Authorization', member), 200, asMember);
      }
    }

    // Before the close, a member sees only their own sheet.
    const peek = await request(evaluation)
      .get(`/api/evaluation/evaluations/${ids.alpha}`)
      .set('Authorization', tokens.member('expert-1', committeeId))
      .expect(200);
    expect(peek.body.scores.stage).toBe('scoring');
    expect(JSON.stringify(peek.body)).not.toContain('"memberId":"expert-2"');

    for (const applicationId of [ids.alpha, ids.beta]) {
      const path = `/api/evaluation/evaluations/${applicationId}`;
      await settled(request(evaluation).post(`${path}/close`).set('Authorization', tokens.pm), 200, { url: evaluation, token: tokens.pm, path });
    }

    // Results travel back to applications.
    await eventuallyGet<ApplicationBody>(
      applications,
      `/api/applications/applications/${ids.alpha}`,
      tokens.pm,
      (b) => b.status === 'evaluated-passed',
      'alpha passed',
    );
    await eventuallyGet<ApplicationBody>(
      applications,
      `/api/applications/applications/${ids.beta}`,
      tokens.pm,
      (b) => b.status === 'evaluated-failed',
      'beta failed',
    );

    // The applicant reads each criterion's mean and the committee's reasons, sorted, nobody named.
    // Means per criterion, trimmed of the highest and lowest of five: 57/3, 46/3, 44/3, 36/3.
    const feedback = await request(applications)
      .get(`/api/applications/applications/${ids.beta}/evaluation-feedback`)
      .set('Authorization', tokens.applicant(beta))
      .expect(200);
    const body = feedback.body as { outcome: string; criteria: { criterionId: string; maximum: number; mean: number; reasons: string[] }[] };
    expect(body.outcome).toBe('failed');
    expect(body.criteria.map((c) => [c.criterionId, c.maximum, c.mean, c.reasons.length])).toEqual([
      ['convergence-novelty', 30, 19, 1],
      ['technical-feasibility', 25, 15.33, 1],
      ['commercialisation', 25, 14.67, 2],
      ['consortium-capability', 20, 12, 1],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/expert-/);
    await request(applications)
      .get(`/api/applications/applications/${ids.beta}/evaluation-feedback`)
      .set('Authorization', tokens.member('expert-1', committeeId))
      .expect(403);

    // alpha: criterion totals 27+22+21+17=87 … trimmed of 100 and 62 → mean of 87, 81, 91, 84 = 85.75.
    const ranking = await request(evaluation).get(`/api/evaluation/calls/${callId}/ranking`).set('Authorization', tokens.pm).expect(200);
    expect(ranking.body as RankingBody).toMatchObject({ final: true });
    expect((ranking.body as RankingBody).entries.map((e) => [e.applicationId, e.rank, e.passed])).toEqual([
      [ids.alpha, 1, true],
      [ids.beta, 2, false],
    ]);
    expect((ranking.body as RankingBody).entries[0].total).toBe(8575);

    const timeline = await request(applications).get(`/api/applications/applications/${ids.alpha}/timeline`).set('Authorization', tokens.pm).expect(200);
    const types = JSON.stringify(timeline.body);
    for (const type of [
      'ApplicationDrafted',
      'ApplicationSubmitted',
      'ApplicationRouted',
      'ApplicationScreened',
      'ApplicationEvaluationStarted',
      'ApplicationEvaluated',
    ]) {
      expect(types).toContain(type);
    }
  });
});
