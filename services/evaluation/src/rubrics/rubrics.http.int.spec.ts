import { TOPICS } from '@yunghap/contracts';
import { DEFAULT_RUBRIC, EvaluationOpened, evaluationStreamId, rubricDecider, rubricStreamId } from '@yunghap/evaluation-domain';
import { foldStream } from '@yunghap/event-store';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { IntegrationMessage } from '@yunghap/messaging';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  callOpened,
  deliver,
  evaluationIn,
  experts,
  finance,
  listen,
  memberOf,
  pm,
  scores,
  screened,
  staffOf,
  startEvaluationService,
} from '../testing/evaluation-test-kit';

const RACES = ['call-race-1', 'call-race-2', 'call-race-3', 'call-race-4', 'call-race-5'];

describe('rubrics over HTTP', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  const rubric = (callId: string) => `/api/evaluation/calls/${callId}/rubric`;
  const { criteria } = DEFAULT_RUBRIC;

  beforeAll(async () => {
    service = await startEvaluationService({ calls: ['call-2025-it', 'call-2025-bio', 'call-2025-small', 'call-late', ...RACES] });
    published = await listen(service, TOPICS.evaluation);
  });
  afterAll(() => service.close());

  it("is the program's default until a call defines its own, readable by every role", async () => {
    for (const token of [pm, finance, staffOf('honam'), memberOf('e1')]) {
      const res = await request(service.http).get(rubric('call-2025-it')).set('Authorization', token).expect(200);
      expect(res.body).toEqual({ callId: 'call-2025-it', source: 'default', rubric: DEFAULT_RUBRIC, locked: false });
    }
  });

  it('is defined once per call by a program manager, criteria always stated; omitted policy fields keep their defaults', async () => {
    await request(service.http).post(rubric('call-2025-it')).set('Authorization', staffOf('honam')).send({ criteria, quorum: 7 }).expect(403);
    const res = await request(service.http).post(rubric('call-2025-it')).set('Authorization', pm).send({ criteria, quorum: 7, passThreshold: 75 }).expect(201);
    expect(res.body).toEqual({ callId: 'call-2025-it', source: 'defined', rubric: { ...DEFAULT_RUBRIC, quorum: 7, passThreshold: 75 }, locked: false });
    const again = await request(service.http).post(rubric('call-2025-it')).set('Authorization', pm).send({ criteria }).expect(409);
    expect(again.body.code).toBe('RUBRIC.ALREADY_DEFINED');
  });

  it('is not defined by an empty, missing or null criteria list (400 naming criteria); the call keeps the default', async () => {
    for (const body of [{}, { quorum: 7 }, { criteria: null }, { criteria: [] }]) {
      const res = await request(service.http).post(rubric('call-2025-empty')).set('Authorization', pm).send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('criteria');
    }
    const bodiless = await request(service.http).post(rubric('call-2025-empty')).set('Authorization', pm).expect(400);
    expect(bodiless.body.errors.map((e: { field: string }) => e.field)).toContain('criteria');
    const nulls = await request(service.http).post(rubric('call-2025-empty')).set('Authorization', pm).send({ criteria, quorum: null }).expect(400);
    expect(nulls.body.errors).toEqual([expect.objectContaining({ field: 'quorum', rule: 'isInt' })]);
    const res = await request(service.http).get(rubric('call-2025-empty')).set('Authorization', pm).expect(200);
    expect(res.body).toEqual({ callId: 'call-2025-empty', source: 'default', rubric: DEFAULT_RUBRIC, locked: false });
  });

  it('is refused for a call the applications service has not opened (422 naming callId), until its opening arrives', async () => {
    const res = await request(service.http).post(rubric('call-2025-unheard')).set('Authorization', pm).send({ criteria, quorum: 3 }).expect(422);
    expect(res.body).toMatchObject({ code: 'CALL.UNKNOWN', errors: [{ field: 'callId', rule: 'knownCall' }], details: { callId: 'call-2025-unheard' } });
    expect(res.body.detail).toMatch(/^공모 call-2025-unheard을\(를\) 찾을 수 없습니다\./);
    expect((await request(service.http).get(rubric('call-2025-unheard')).set('Authorization', pm).expect(200)).body.source).toBe('default');

    await deliver(service, callOpened('call-2025-unheard'));
    const defined = await request(service.http).post(rubric('call-2025-unheard')).set('Authorization', pm).send({ criteria, quorum: 3 }).expect(201);
    expect(defined.body).toMatchObject({ callId: 'call-2025-unheard', source: 'defined', rubric: { quorum: 3 } });
  });

  it('refuses a malformed call id (400) and a name that is not one line of text (400)', async () => {
    for (const callId of ['call%00x', 'call%20x', '-call', 'c'.repeat(101)]) {
      const badId = await request(service.http).get(rubric(callId)).set('Authorization', pm).expect(400);
      expect(badId.body.errors).toHaveLength(1);
      await request(service.http).post(rubric(callId)).set('Authorization', pm).send({ criteria }).expect(400);
    }
    const named = await request(service.http).get(rubric('call%20x')).set('Authorization', pm).expect(400);
    expect(named.body.errors).toEqual([expect.objectContaining({ field: 'callId', rule: 'matches' })]);
    for (const [name, rule] of [
      ['Novelty\n', 'matches'],
      ['Novelty\u0000', 'storableText'],
      ['Nov\ud800elty', 'storableText'],
    ]) {
      const body = { criteria: [{ id: 'novelty', name, weight: 100, minimumPercent: 40 }] };
      const res = await request(service.http).post(rubric('call-2025-text')).set('Authorization', pm).send(body).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'criteria[0].name', rule })]);
    }
    expect((await request(service.http).get(rubric('call-2025-text')).set('Authorization', pm).expect(200)).body.source).toBe('default');
  });

  it('refuses broken rules (422) and malformed fields (400)', async () => {
    const short = [
      { id: 'novelty', name: 'Novelty', weight: 60, minimumPercent: 40 },
      { id: 'market', name: 'Market', weight: 30, minimumPercent: 40 },
    ];
    const sum = await request(service.http).post(rubric('call-2025-bio')).set('Authorization', pm).send({ criteria: short }).expect(422);
    expect(sum.body).toMatchObject({ code: 'RUBRIC.WEIGHTS_DO_NOT_SUM_TO_100', details: { sum: 90 } });
    const policy = await request(service.http).post(rubric('call-2025-bio')).set('Authorization', pm).send({ criteria, quorum: 0 }).expect(422);
    expect(policy.body.code).toBe('RUBRIC.INVALID_POLICY');
    const bad = await request(service.http)
      .post(rubric('call-2025-bio'))
      .set('Authorization', pm)
      .send({ criteria: [{ id: 'a.b', name: 'A', weight: 'ten', minimumPercent: 40 }], trimFrom: 4.5 })
      .expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['criteria[0].id', 'criteria[0].weight', 'trimFrom']));
  });

  describe('a smaller quorum', () => {
    const CALL = 'call-2025-small';
    const COMMITTEE = `${CALL}.gyeongnam`;

    it('opens an evaluation that was waiting for a committee able to reach the quorum', async () => {
      await request(service.http)
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId: CALL, centerId: 'gyeongnam', members: experts('g', 3) })
        .expect(201);
      await deliver(
        service,
        screened({ applicationId: 'app-small-1', callId: CALL, centerId: 'gyeongnam', memberRegistrationNumbers: ['1148600001', '1148600002'] }),
      );
      await evaluationIn(service, 'app-small-1', 'pending');

      await request(service.http).post(rubric(CALL)).set('Authorization', pm).send({ criteria, quorum: 3 }).expect(201);
      const opened = await evaluationIn(service, 'app-small-1', 'open');
      expect(opened).toMatchObject({ committeeId: COMMITTEE, rubric: { quorum: 3, trimFrom: 5 } });
      await eventually(() => published.find((m) => m.type === 'evaluation.EvaluationOpened' && m.key === 'app-small-1'));
    });

    it('closes on three sealed sheets with a plain mean: below `trimFrom`, nothing is dropped', async () => {
      const sheets = [scores(30, 25, 25, 20), scores(20, 15, 15, 10, { 'consortium-capability': '참여 인력의 경험이 부족함' }), scores(27, 22, 21, 18)];
      for (const [index, sheet] of sheets.entries()) {
        const token = memberOf(`g${index + 1}`, COMMITTEE);
        await request(service.http)
          .put('/api/evaluation/evaluations/app-small-1/my-scoresheet')
          .set('Authorization', token)
          .send({ scores: sheet })
          .expect(200);
        await request(service.http).post('/api/evaluation/evaluations/app-small-1/my-scoresheet/seal').set('Authorization', token).expect(200);
      }
      const res = await request(service.http).post('/api/evaluation/evaluations/app-small-1/close').set('Authorization', pm).expect(200);
      // Totals 100, 60, 88: 248 / 3 = 82.666… → 8267, rounded half up.
      expect(res.body.scores.result).toMatchObject({ sheetsCounted: 3, trimmed: false, total: 8267, passed: true });
    });

    it('can no longer be defined once an evaluation of the call has opened on the default (409)', async () => {
      await request(service.http)
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId: 'call-late', centerId: 'honam', members: experts('h', 5) })
        .expect(201);
      await deliver(
        service,
        screened({ applicationId: 'app-late-1', callId: 'call-late', centerId: 'honam', memberRegistrationNumbers: ['1148600003', '1148600004'] }),
      );
      await evaluationIn(service, 'app-late-1', 'open');
      const late = await request(service.http).post(rubric('call-late')).set('Authorization', pm).send({ criteria, quorum: 3 }).expect(409);
      expect(late.body.code).toBe('RUBRIC.CALL_IN_EVALUATION');
      expect((await request(service.http).get(rubric('call-late')).set('Authorization', pm).expect(200)).body).toMatchObject({
        source: 'default',
        locked: true,
      });
    });
  });

  it('never both defines a rubric and opens the first evaluation of its call on another one, when the two race', async () => {
    const { store } = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const outcomes = new Set<number>();
    for (const [index, callId] of RACES.entries()) {
      await request(service.http)
        .post('/api/evaluation/committees')
        .set('Authorization', pm)
        .send({ callId, centerId: 'honam', members: experts(`r${index}`, 5) })
        .expect(201);
      const applicationId = `app-race-${index}`;
      const firms = [`11486100${index}1`, `11486100${index}2`];

      const [definition] = await Promise.all([
        request(service.http).post(rubric(callId)).set('Authorization', pm).send({ criteria, quorum: 3, passThreshold: 65 }),
        deliver(service, screened({ applicationId, callId, centerId: 'honam', memberRegistrationNumbers: firms })),
      ]);

      outcomes.add(definition.status);
      await evaluationIn(service, applicationId, 'open');
      const call = foldStream(await store.readStream(rubricStreamId(callId)), rubricDecider);
      const [opened] = (await store.readStream(evaluationStreamId(applicationId))) as unknown as EvaluationOpened[];
      expect(call.locked).toBe(true);
      if (definition.status === 201) {
        // Defined first: the evaluation opened on the call's own rubric.
        expect(opened.data.rubric).toMatchObject({ passThreshold: 65, quorum: 3 });
      } else {
        expect(definition.body.code).toBe('RUBRIC.CALL_IN_EVALUATION');
        expect(call.status).toBe('not-defined');
        expect(opened.data.rubric).toEqual(DEFAULT_RUBRIC);
      }
    }
    expect([...outcomes].every((status) => status === 201 || status === 409)).toBe(true);
  });
});
