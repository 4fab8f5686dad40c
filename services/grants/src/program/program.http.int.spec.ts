import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TOPICS } from '@yunghap/contracts';
import { eventually } from '@yunghap/testing';
import { expectPagingOf, listen, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { OpenProgramTask } from './open-program.task';
import { auditor, finance, IT_LINE, pm, staff } from '../testing/grants-test-kit';

const year = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();

describe('the program and its budget lines', () => {
  let service: TestService;
  const line = (lineId: string) =>
    request(service.http)
      .get(`/api/grants/lines/${lineId}`)
      .set('Authorization', finance)
      .expect(200)
      .then((res) => res.body);
  const transfer = (body: object, token = pm) => request(service.http).post('/api/grants/transfers').set('Authorization', token).send(body);

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
  });
  afterAll(() => service.close());

  it('opens the year of ₩40B with the five seeded lines and the rest in reserve', async () => {
    const res = await request(service.http).get('/api/grants/program').set('Authorization', auditor).expect(200);
    expect(res.body).toMatchObject({ year, total: 40_000_000_000, maxGrantPerProject: 500_000_000, allocated: 25_500_000_000, unallocated: 14_500_000_000 });
    expect(res.body.lines).toHaveLength(5);
    expect(res.body.lines.find((l: { lineId: string }) => l.lineId === IT_LINE)).toEqual({
      lineId: IT_LINE,
      nameKo: 'IT융합',
      nameEn: 'IT convergence',
      amount: 1_500_000_000,
      available: 1_500_000_000,
      committed: 0,
      disbursed: 0,
      recovered: 0,
      violations: [],
    });
  });

  it('owns the cap per project: publishes it when the year opens and when a program manager changes it, with a reason', async () => {
    const messages = await listen(service, TOPICS.grants);
    const caps = () => messages.filter((message) => message.type === 'grants.ProjectCapSet').map((message) => message.payload);
    await eventually(() => (caps().length === 1 ? true : undefined), 10_000, 'the cap published at opening');
    expect(caps()[0]).toMatchObject({ year, maxGrantPerProject: 500_000_000 });

    const cap = (body: object, token = pm) => request(service.http).put('/api/grants/program/project-cap').set('Authorization', token).send(body);
    await cap({ maxGrantPerProject: 400_000_000, reason: '추경 감액' }, finance).expect(403);
    expect((await cap({ maxGrantPerProject: 400_000_000, reason: ' ' }).expect(422)).body.code).toBe('PROGRAM.REASON_REQUIRED');
    expect((await cap({ maxGrantPerProject: 0, reason: '추경 감액' }).expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'maxGrantPerProject' }),
    ]);
    const changed = await cap({ maxGrantPerProject: 400_000_000, reason: '추경 감액' }).expect(200);
    expect(changed.body).toMatchObject({ year, maxGrantPerProject: 400_000_000 });
    await eventually(() => (caps().length === 2 ? true : undefined), 10_000, 'the changed cap published');
    expect(caps()[1]).toMatchObject({ year, maxGrantPerProject: 400_000_000 });

    await cap({ maxGrantPerProject: 500_000_000, reason: '원상 복구' }).expect(200);
  });

  it('is opened idempotently: a second start records nothing', async () => {
    const { store } = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const head = await store.headPosition();
    await service.app.get(OpenProgramTask).run();
    expect(await store.headPosition()).toBe(head);
  });

  it('pages the lines in the order the program defined them', async () => {
    await expectPagingOf(service, '/api/grants/lines', finance, (line: { lineId: string }) => line.lineId);
  });

  it('answers 401 without a token, 403 for other roles, 404 for an unknown line', async () => {
    await request(service.http).get('/api/grants/program').expect(401);
    await request(service.http).get('/api/grants/lines').set('Authorization', staff).expect(403);
    expect((await request(service.http).get('/api/grants/lines/space').set('Authorization', pm).expect(404)).body.code).toBe('LINE.NOT_FOUND');
  });

  it('transfers between lines with a reason, program managers only', async () => {
    const res = await transfer({ fromLineId: 'advanced-technology-innovation', toLineId: IT_LINE, amountWon: 500_000_000, reason: 'IT demand' }).expect(201);
    expect(res.body.to).toMatchObject({ lineId: IT_LINE, amount: 2_000_000_000, available: 2_000_000_000 });
    expect(res.body.from).toMatchObject({ amount: 15_500_000_000, available: 15_500_000_000 });
    await transfer({ fromLineId: IT_LINE, toLineId: 'advanced-technology-innovation', amountWon: 1, reason: 'x' }, finance).expect(403);
  });

  it('refuses a transfer without a reason (422), above the line (422), to an unknown line (404) or malformed (400)', async () => {
    expect((await transfer({ fromLineId: IT_LINE, toLineId: 'it-convergence-2', amountWon: 1, reason: 'x' }).expect(404)).body.code).toBe(
      'PROGRAM.LINE_NOT_FOUND',
    );
    expect((await transfer({ fromLineId: IT_LINE, toLineId: 'advanced-technology-innovation', amountWon: 1, reason: '  ' }).expect(422)).body.code).toBe(
      'PROGRAM.REASON_REQUIRED',
    );
    expect(
      (await transfer({ fromLineId: IT_LINE, toLineId: 'advanced-technology-innovation', amountWon: 9_000_000_000, reason: 'x' }).expect(422)).body.code,
    ).toBe('PROGRAM.TRANSFER_ABOVE_LINE');
    const bad = await transfer({ fromLineId: IT_LINE, toLineId: 'advanced-technology-innovation', amountWon: 1.5 }).expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['amountWon', 'reason']));
    expect(await line(IT_LINE)).toMatchObject({ amount: 2_000_000_000 });
  });

  it('keeps the program and the source line in step when two transfers race for the same money', async () => {
    const mentoring = 'technology-cooperation-mentoring';
    // Each alone fits the ₩1B line; together they do not. The program serialises them.
    const outcomes = await Promise.all([1, 2].map(() => transfer({ fromLineId: mentoring, toLineId: IT_LINE, amountWon: 700_000_000, reason: 'rebalance' })));

    expect(outcomes.map((o) => o.status).sort()).toEqual([201, 422]);
    expect(await line(mentoring)).toMatchObject({ amount: 300_000_000, available: 300_000_000 });
    const check = await request(service.http).get('/api/grants/budget/check').set('Authorization', auditor).expect(200);
    expect(check.body).toMatchObject({ ok: true, programViolations: [] });
  });

  it('opens a new line out of the reserve, program managers only, never above it', async () => {
    const body = { lineId: 'regional-pilot', nameKo: '지역 융합 시범사업', nameEn: 'Regional convergence pilot', amountWon: 2_000_000_000 };
    await request(service.http).post('/api/grants/lines').set('Authorization', finance).send(body).expect(403);
    const bad = await request(service.http)
      .post('/api/grants/lines')
      .set('Authorization', pm)
      .send({ ...body, lineId: 'Bad Id', amountWon: 0 })
      .expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['lineId', 'amountWon']));

    const res = await request(service.http).post('/api/grants/lines').set('Authorization', pm).send(body).expect(201);
    expect(res.body).toMatchObject({ lineId: 'regional-pilot', amount: 2_000_000_000, available: 2_000_000_000 });
    expect((await request(service.http).post('/api/grants/lines').set('Authorization', pm).send(body).expect(409)).body.code).toBe(
      'PROGRAM.LINE_ALREADY_DEFINED',
    );
    const above = await request(service.http)
      .post('/api/grants/lines')
      .set('Authorization', pm)
      .send({ ...body, lineId: 'too-big', amountWon: 20_000_000_000 })
      .expect(422);
    expect(above.body.code).toBe('PROGRAM.LINES_EXCEED_PROGRAM');
  });

  it('passes the budget check, for finance and auditors only', async () => {
    const res = await request(service.http).get('/api/grants/budget/check').set('Authorization', auditor).expect(200);
    expect(res.body).toMatchObject({ year, ok: true, programViolations: [] });
    await request(service.http).get('/api/grants/budget/check').set('Authorization', pm).expect(403);
  });
});
