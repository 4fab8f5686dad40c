import { randomUUID } from 'node:crypto';
import { AllocationRequestedV1, TOPICS } from '@yunghap/contracts';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { contractMessage, startTestService, TestService } from '@yunghap/service-harness';
import request, { Response, Test } from 'supertest';
import { GrantsModule } from './grants.module';
import {
  AGREEMENT,
  auditor,
  candidate,
  deliver,
  finance,
  financeLee,
  IT_LINE,
  MENTORING_LINE,
  otherPm,
  pm,
  dayThisYear,
  THIS_YEAR,
} from './testing/grants-test-kit';
import { OpenProgramTask } from './program/open-program.task';

const CALL = 'call-2026-idempotency';
const SOURCE_LINE = 'advanced-technology-innovation';
const TARGET_LINE = 'linked-technology-development';
const SCHEDULE = [
  { dueOn: dayThisYear('07-01'), amountWon: 4_000_000 },
  { dueOn: dayThisYear('10-01'), amountWon: 6_000_000 },
];

/**
 * One request that creates something or moves money, ready to be sent against fresh preconditions.
 * `observe` reads what it changes (line figures, events of its stream, lists); `once` is what
 * `observe` must show when it took effect exactly once, given what it showed before.
 */
interface Run<T = unknown> {
  readonly send: (body: object) => Test;
  readonly body: object;
  readonly otherBody: object;
  readonly observe: () => Promise<T>;
  readonly once: (before: T) => T;
}

/** Each run is typed by what it observes; the table holds them alike. */
const typed = <T>(run: Run<T>): Run => run as unknown as Run;

describe('Idempotency-Key on every POST of grants', () => {
  let service: TestService;
  let serial = 0;
  const unique = (prefix: string) => `${prefix}-${(serial += 1)}`;

  const post = (path: string, token: string) => (body: object) => request(service.http).post(path).set('Authorization', token).send(body);
  const line = async (lineId: string) => (await request(service.http).get(`/api/grants/lines/${lineId}`).set('Authorization', finance).expect(200)).body;
  const events = async (streamId: string) => (await service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(streamId)).length;
  const grant = async (grantId: string) => (await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', auditor).expect(200)).body;
  const act = (grantId: string, path: string, token: string, body: object = {}) =>
    post(`/api/grants/grants/${grantId}/${path}`, token)(body).expect((res) => expect(res.status).toBeLessThan(300));

  /** A grant awaiting finance, for ₩10M on the IT line. */
  const proposed = async () => {
    const applicationId = unique('app');
    await candidate(service, applicationId, CALL, 10_000_000, 8_000);
    return (await post('/api/grants/grants', pm)({ applicationId, lineId: IT_LINE, amountWon: 10_000_000, schedule: SCHEDULE }).expect(201)).body
      .grantId as string;
  };
  const awarded = async () => {
    const grantId = await proposed();
    await act(grantId, 'approval', finance);
    return grantId;
  };
  /** Awarded, with its agreement (협약) signed: its tranches may be paid. */
  const signed = async () => {
    const grantId = await awarded();
    await act(grantId, 'agreement', pm, AGREEMENT);
    return grantId;
  };
  /** Its first tranche (₩4M) paid, by four eyes. */
  const paid = async () => {
    const grantId = await signed();
    await act(grantId, 'tranches/t1/proposal', finance);
    await act(grantId, 'tranches/t1/approval', financeLee);
    return grantId;
  };
  /** A recovery of ₩1M proposed by finance on a paid grant. */
  const recoveryProposed = async () => {
    const grantId = await paid();
    const res = await act(grantId, 'recoveries', finance, { amountWon: 1_000_000, reason: 'Ineligible cost' });
    return { grantId, recoveryId: res.body.recoveries[0].recoveryId as string };
  };
  const requestedAllocation = async () => {
    const allocationId = unique('alloc');
    const payload = {
      allocationId,
      engagementId: `eng-${allocationId}`,
      centerId: 'jungbu',
      consortiumId: 'consortium-1',
      amountWon: 10_000_000,
      confirmedBy: 'coord-kim',
      requestedAt: '2026-05-02T10:00:00+09:00',
    };
    await deliver(service, TOPICS.mentoring, contractMessage(AllocationRequestedV1, `eng-${allocationId}`, payload));
    return allocationId;
  };
  /** A grant command's effect: its stream's events and the IT line's figures. */
  const grantEffect = (grantId: string) => async () => ({ events: await events(`grant-${grantId}`), line: await line(IT_LINE) });
  const withLine = (before: { line: Record<string, number> }, change: Record<string, number>) => ({
    ...before,
    line: { ...before.line, ...Object.fromEntries(Object.entries(change).map(([figure, delta]) => [figure, before.line[figure] + delta])) },
  });

  const runs: [string, () => Promise<Run>][] = [
    [
      'POST /lines (a new line out of the reserve)',
      async () => {
        const lineId = unique('pilot');
        return typed({
          send: post('/api/grants/lines', pm),
          body: { lineId, nameKo: '시범', nameEn: 'Pilot', amountWon: 1_000_000 },
          otherBody: { lineId, nameKo: '시범', nameEn: 'Pilot', amountWon: 2_000_000 },
          observe: async () => {
            const { allocated, unallocated, lines } = (await request(service.http).get('/api/grants/program').set('Authorization', finance).expect(200)).body;
            return { allocated, unallocated, lines: lines.length };
          },
          once: (before) => ({ allocated: before.allocated + 1_000_000, unallocated: before.unallocated - 1_000_000, lines: before.lines + 1 }),
        });
      },
    ],
    [
      'POST /transfers',
      async () =>
        typed({
          send: post('/api/grants/transfers', pm),
          body: { fromLineId: SOURCE_LINE, toLineId: TARGET_LINE, amountWon: 1_000_000, reason: 'Rebalance' },
          otherBody: { fromLineId: SOURCE_LINE, toLineId: TARGET_LINE, amountWon: 2_000_000, reason: 'Rebalance' },
          observe: async () => ({ from: await line(SOURCE_LINE), to: await line(TARGET_LINE) }),
          once: ({ from, to }) => ({
            from: { ...from, amount: from.amount - 1_000_000, available: from.available - 1_000_000 },
            to: { ...to, amount: to.amount + 1_000_000, available: to.available + 1_000_000 },
          }),
        }),
    ],
    [
      'POST /grants (an award proposal)',
      async () => {
        const applicationId = unique('app');
        await candidate(service, applicationId, CALL, 10_000_000, 8_000);
        return typed({
          send: post('/api/grants/grants', pm),
          body: { applicationId, lineId: IT_LINE, amountWon: 10_000_000, schedule: SCHEDULE },
          otherBody: { applicationId, lineId: IT_LINE, amountWon: 10_000_000, schedule: [{ dueOn: dayThisYear('07-01'), amountWon: 10_000_000 }] },
          observe: async () => {
            const all = (await request(service.http).get('/api/grants/grants').query({ callId: CALL }).set('Authorization', auditor).expect(200)).body
              .items as { applicationId: string }[];
            return { grants: all.filter((g) => g.applicationId === applicationId).length, line: await line(IT_LINE) };
          },
          once: (before) => ({ ...before, grants: 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/line-exception/approval',
      async () => {
        const applicationId = unique('app');
        await candidate(service, applicationId, `${CALL}-rnd`, 10_000_000, 8_000, SOURCE_LINE);
        const body = { applicationId, lineId: IT_LINE, lineException: { reason: 'Line exhausted' }, amountWon: 10_000_000, schedule: SCHEDULE };
        const grantId = (await post('/api/grants/grants', pm)(body).expect(201)).body.grantId as string;
        return typed({
          send: post(`/api/grants/grants/${grantId}/line-exception/approval`, otherPm),
          body: {},
          otherBody: { note: 'x' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/approval',
      async () => {
        const grantId = await proposed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/approval`, finance),
          body: {},
          otherBody: { note: 'x' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...withLine(b, { available: -10_000_000, committed: 10_000_000 }), events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/rejection',
      async () => {
        const grantId = await proposed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/rejection`, finance),
          body: { reason: 'Second round' },
          otherBody: { reason: 'Other' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/agreement',
      async () => {
        const grantId = await awarded();
        return typed({
          send: post(`/api/grants/grants/${grantId}/agreement`, pm),
          body: AGREEMENT,
          otherBody: { ...AGREEMENT, agreementNumber: 'RS-2025-00002' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/years/{year}/commit (a later year’s part)',
      async () => {
        const applicationId = unique('app');
        await candidate(service, applicationId, CALL, 10_000_000, 8_000);
        const twoYears = [
          { dueOn: dayThisYear('07-01'), amountWon: 4_000_000 },
          { dueOn: `${THIS_YEAR + 1}-03-01`, amountWon: 6_000_000 },
        ];
        const grantId = (await post('/api/grants/grants', pm)({ applicationId, lineId: IT_LINE, amountWon: 10_000_000, schedule: twoYears }).expect(201)).body
          .grantId as string;
        await act(grantId, 'approval', finance);
        const statuses = async () => ((await grant(grantId)).yearParts as { status: string }[]).map((part) => part.status);
        return typed({
          send: post(`/api/grants/grants/${grantId}/years/${THIS_YEAR + 1}/commit`, finance),
          body: {},
          otherBody: { note: 'x' },
          observe: async () => ({
            events: await events(`grant-${grantId}`),
            next: await events(`budget-line-${THIS_YEAR + 1}-${IT_LINE}`),
            parts: await statuses(),
          }),
          once: (b) => ({ events: b.events + 1, next: b.next + 1, parts: ['committed', 'committed'] }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/tranches/{trancheId}/proposal',
      async () => {
        const grantId = await signed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/tranches/t1/proposal`, finance),
          body: {},
          otherBody: { note: 'x' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/tranches/{trancheId}/approval (a disbursement)',
      async () => {
        const grantId = await signed();
        await act(grantId, 'tranches/t1/proposal', finance);
        return typed({
          send: post(`/api/grants/grants/${grantId}/tranches/t1/approval`, financeLee),
          body: {},
          otherBody: { note: 'x' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...withLine(b, { committed: -4_000_000, disbursed: 4_000_000 }), events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/recoveries (a recovery proposal)',
      async () => {
        const grantId = await paid();
        return typed({
          send: post(`/api/grants/grants/${grantId}/recoveries`, finance),
          body: { amountWon: 1_000_000, reason: 'Ineligible cost' },
          otherBody: { amountWon: 2_000_000, reason: 'Ineligible cost' },
          observe: async () => ({ ...(await grantEffect(grantId)()), recoveries: (await grant(grantId)).recoveries.length }),
          once: (b) => ({ ...b, events: b.events + 1, recoveries: b.recoveries + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/recoveries/{recoveryId}/approval (a recovery)',
      async () => {
        const { grantId, recoveryId } = await recoveryProposed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/recoveries/${recoveryId}/approval`, financeLee),
          body: {},
          otherBody: { note: 'x' },
          observe: async () => ({ ...(await grantEffect(grantId)()), recovered: (await grant(grantId)).recovered }),
          once: (b) => ({ ...withLine(b, { available: 1_000_000, recovered: 1_000_000 }), events: b.events + 1, recovered: b.recovered + 1_000_000 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/recoveries/{recoveryId}/withdrawal',
      async () => {
        const { grantId, recoveryId } = await recoveryProposed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/recoveries/${recoveryId}/withdrawal`, finance),
          body: {},
          otherBody: { note: 'x' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/recoveries/{recoveryId}/rejection',
      async () => {
        const { grantId, recoveryId } = await recoveryProposed();
        return typed({
          send: post(`/api/grants/grants/${grantId}/recoveries/${recoveryId}/rejection`, financeLee),
          body: { reason: 'Receipt found' },
          otherBody: { reason: 'Other' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /grants/{grantId}/cancellation',
      async () => {
        const grantId = await awarded();
        return typed({
          send: post(`/api/grants/grants/${grantId}/cancellation`, pm),
          body: { reason: 'Consortium dissolved' },
          otherBody: { reason: 'Other' },
          observe: grantEffect(grantId),
          once: (b) => ({ ...withLine(b, { available: 10_000_000, committed: -10_000_000 }), events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /allocations/{allocationId}/approval',
      async () => {
        const allocationId = await requestedAllocation();
        return typed({
          send: post(`/api/grants/allocations/${allocationId}/approval`, finance),
          body: {},
          otherBody: { note: 'x' },
          observe: async () => ({ events: await events(`allocation-${allocationId}`), line: await line(MENTORING_LINE) }),
          once: (b) => ({ ...withLine(b, { available: -10_000_000, committed: 10_000_000 }), events: b.events + 1 }),
        });
      },
    ],
    [
      'POST /allocations/{allocationId}/rejection',
      async () => {
        const allocationId = await requestedAllocation();
        return typed({
          send: post(`/api/grants/allocations/${allocationId}/rejection`, finance),
          body: { note: 'Funded elsewhere' },
          otherBody: { note: 'Other' },
          observe: async () => ({ events: await events(`allocation-${allocationId}`), line: await line(MENTORING_LINE) }),
          once: (b) => ({ ...b, events: b.events + 1 }),
        });
      },
    ],
  ];

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    // Next year's program, on whose lines later years' parts are committed.
    await service.app.get(OpenProgramTask).run(`${THIS_YEAR + 1}-01-02T09:00:00+09:00`);
  });
  afterAll(() => service.close());

  const replayed = (res: Response) => res.headers['idempotent-replayed'] === 'true';

  describe.each(runs)('%s', (_name, prepare) => {
    it('answers a repeat with the first answer, marked replayed, and takes effect once', async () => {
      const run = await prepare();
      const key = randomUUID();
      const before = await run.observe();

      const first = await run.send(run.body).set('Idempotency-Key', key);
      expect(first.status).toBeLessThan(300);
      expect(replayed(first)).toBe(false);
      expect(await run.observe()).toEqual(run.once(before));

      const repeat = await run.send(run.body).set('Idempotency-Key', key);
      expect({ status: repeat.status, body: repeat.body, replayed: replayed(repeat) }).toEqual({ status: first.status, body: first.body, replayed: true });
      expect(await run.observe()).toEqual(run.once(before));
    });

    it('answers two simultaneous requests with one key alike, and takes effect once', async () => {
      const run = await prepare();
      const key = randomUUID();
      const before = await run.observe();

      const answers = await Promise.all([1, 2].map(() => run.send(run.body).set('Idempotency-Key', key)));

      expect(answers[0].status).toBeLessThan(300);
      expect(answers.map((res) => ({ status: res.status, body: res.body }))).toEqual([0, 1].map(() => ({ status: answers[0].status, body: answers[0].body })));
      expect(answers.filter(replayed)).toHaveLength(1);
      expect(await run.observe()).toEqual(run.once(before));
    });

    it('refuses the same key with another body (422 IDEMPOTENCY.KEY_REUSED) and does nothing more', async () => {
      const run = await prepare();
      const key = randomUUID();
      const before = await run.observe();
      await run
        .send(run.body)
        .set('Idempotency-Key', key)
        .expect((res) => expect(res.status).toBeLessThan(300));

      const reused = await run.send(run.otherBody).set('Idempotency-Key', key).expect(422);

      expect(reused.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY.KEY_REUSED' });
      expect(await run.observe()).toEqual(run.once(before));
    });
  });

  it('refuses a key used on another grant for that grant (422), since the target is part of the request', async () => {
    const [first, second] = [await proposed(), await proposed()];
    const key = randomUUID();
    await post(`/api/grants/grants/${first}/approval`, finance)({}).set('Idempotency-Key', key).expect(200);
    const before = await grantEffect(second)();
    expect((await post(`/api/grants/grants/${second}/approval`, finance)({}).set('Idempotency-Key', key).expect(422)).body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(await grantEffect(second)()).toEqual(before);
    expect((await grant(second)).status).toBe('proposed');
  });

  it('leaves every line whole after all the repeats', async () => {
    const check = await request(service.http).get('/api/grants/budget/check').set('Authorization', finance).expect(200);
    expect(check.body).toMatchObject({ ok: true, programViolations: [] });
  });
});
