import { GrantCommand, GrantsStreams } from '@yunghap/grants-domain';
import { CommandExecutor } from '@yunghap/platform-nest';
import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { OpenProgramTask } from '../program/open-program.task';
import { AGREEMENT, auditor, candidate, dayThisYear, finance, financeLee, IT_LINE, pm, THIS_YEAR } from '../testing/grants-test-kit';
import { decideWithApplicationHold } from './application-hold';

const APPLICATION = 'app-multi-year';
const NEXT = THIS_YEAR + 1;
const LAST = THIS_YEAR + 2;
const M = 1_000_000;
/** Tranches in three fiscal years: this year's part is ₩150M, next year's ₩150M, the year after's ₩80M. */
const SCHEDULE = [
  { dueOn: dayThisYear('06-01'), amountWon: 100 * M },
  { dueOn: dayThisYear('11-01'), amountWon: 50 * M },
  { dueOn: `${NEXT}-03-01`, amountWon: 120 * M },
  { dueOn: `${NEXT}-09-01`, amountWon: 30 * M },
  { dueOn: `${LAST}-03-01`, amountWon: 80 * M },
];
const inNextYear = (monthDayTime: string) => `${NEXT}-${monthDayTime}+09:00`;

interface Figures {
  readonly amount: number;
  readonly available: number;
  readonly committed: number;
  readonly disbursed: number;
  readonly recovered: number;
}

describe('a multi-year award, each fiscal year’s part committed against that year’s program', () => {
  let service: TestService;
  let grantId: string;
  const act = (path: string, token: string, body: object = {}) =>
    request(service.http).post(`/api/grants/grants/${grantId}/${path}`).set('Authorization', token).send(body);
  const grant = async () => (await request(service.http).get(`/api/grants/grants/${grantId}`).set('Authorization', auditor).expect(200)).body;
  const budgetAt = (at: string) => request(service.http).get('/api/grants/audit/budget').query({ at }).set('Authorization', auditor);
  const lineAt = async (at: string): Promise<Figures> => (await budgetAt(at).expect(200)).body.lines[IT_LINE];
  const endOf = (year: number) => `${year}-12-31T23:59:59+09:00`;
  /**
   * A grant command decided at an instant of next year, through the same path as the HTTP routes:
   * HTTP commands are dated now, and next year's payments belong in next year's ledger.
   */
  const decideOn = async (now: string, command: Omit<GrantCommand, 'metadata'>, userId: string) => {
    const full = { ...command, metadata: { now, actor: { userId, role: 'finance' }, correlationId: `multi-${userId}-${now}` } } as GrantCommand;
    await service.app
      .get(CommandExecutor)
      .executeInTransaction(GrantsStreams.grant(grantId), full, (session) => decideWithApplicationHold(session, APPLICATION, full));
  };

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, APPLICATION, 'call-multi-year', 450 * M, 9_000);
  });
  afterAll(() => service.close());

  it('records the year parts on the proposal and commits only this year’s at approval', async () => {
    const before = await lineAt(endOf(THIS_YEAR));
    const proposed = await request(service.http)
      .post('/api/grants/grants')
      .set('Authorization', pm)
      .send({ applicationId: APPLICATION, lineId: IT_LINE, amountWon: 380 * M, schedule: SCHEDULE })
      .expect(201);
    grantId = proposed.body.grantId;
    expect(proposed.body.yearParts).toEqual([
      { year: THIS_YEAR, amount: 150 * M, status: 'planned', disbursed: 0, released: null },
      { year: NEXT, amount: 150 * M, status: 'planned', disbursed: 0, released: null },
      { year: LAST, amount: 80 * M, status: 'planned', disbursed: 0, released: null },
    ]);

    // While it awaits finance, the what-if counts only this year's part against this year's line.
    const whatIf = await request(service.http).get('/api/grants/calls/call-multi-year/what-if').query({ lineId: IT_LINE }).set('Authorization', pm).expect(200);
    expect(whatIf.body.budgetWon).toBe(before.available - 150 * M);

    const approved = await act('approval', finance).expect(200);
    expect(approved.body.yearParts.map((part: { status: string }) => part.status)).toEqual(['committed', 'planned', 'planned']);
    // Not the whole ₩380M: only this year's part is this year's money.
    expect(await lineAt(endOf(THIS_YEAR))).toMatchObject({ committed: before.committed + 150 * M, available: before.available - 150 * M });
    // Next year's program is not open: its budget, and the line, do not exist yet.
    expect((await budgetAt(endOf(NEXT)).expect(404)).body.code).toBe('PROGRAM.NOT_FOUND');
  });

  it('refuses a later year’s part to anyone but finance and the platform, and before that year’s line is open', async () => {
    await act(`years/${NEXT}/commit`, pm).expect(403);
    await act(`years/${NEXT}/commit`, auditor).expect(403);
    expect((await act(`years/${NEXT}/commit`, finance).expect(404)).body.code).toBe('LINE.NOT_OPENED');
    expect((await act(`years/${THIS_YEAR + 3}/commit`, finance).expect(404)).body.code).toBe('GRANT.NO_YEAR_PART');
    expect((await act(`years/${THIS_YEAR}/commit`, finance).expect(409)).body.code).toBe('GRANT.YEAR_PART_ALREADY_COMMITTED');
    expect((await grant()).yearParts[1].status).toBe('planned');
  });

  it('pays a tranche only from a committed year: next year’s is refused until next year’s program opens', async () => {
    await act('agreement', pm, AGREEMENT).expect(201);
    await act('tranches/t1/proposal', finance).expect(200);
    await act('tranches/t1/approval', financeLee).expect(200);
    const refused = await act('tranches/t3/proposal', finance).expect(409);
    expect(refused.body).toMatchObject({ code: 'GRANT.YEAR_PART_NOT_COMMITTED', details: { trancheId: 't3', year: NEXT } });
    expect(refused.body.detail).toMatch(/^분할 지급 t3/);
    expect((await grant()).tranches.map((tranche: { year: number }) => tranche.year)).toEqual([THIS_YEAR, THIS_YEAR, NEXT, NEXT, LAST]);
  });

  it('commits exactly next year’s part when the platform opens next year’s program, once', async () => {
    const task = service.app.get(OpenProgramTask);
    await task.run(inNextYear('01-02T09:00:00'));
    // Opened again (a restart): nothing is committed twice.
    await task.run(inNextYear('01-02T10:00:00'));

    expect((await grant()).yearParts.map((part: { status: string }) => part.status)).toEqual(['committed', 'committed', 'planned']);
    const next = await lineAt(endOf(NEXT));
    expect(next).toMatchObject({ committed: 150 * M, disbursed: 0, available: next.amount - 150 * M });
    expect((await act(`years/${NEXT}/commit`, finance).expect(409)).body.code).toBe('GRANT.YEAR_PART_ALREADY_COMMITTED');
  });

  it('pays next year’s tranche from next year’s line, and the budget, the as-of view and the ledger agree across the year boundary', async () => {
    await decideOn(inNextYear('03-02T10:00:00'), { type: 'ProposeDisbursement', data: { grantId, trancheId: 't3' } }, 'fin-kim');
    await decideOn(inNextYear('03-03T10:00:00'), { type: 'ApproveDisbursement', data: { grantId, trancheId: 't3' } }, 'fin-lee');

    const thisYear = await lineAt(endOf(THIS_YEAR));
    const nextYear = await lineAt(endOf(NEXT));
    // This year's line holds this year's part only: ₩100M paid, ₩50M still committed.
    expect((await request(service.http).get(`/api/grants/lines/${IT_LINE}`).set('Authorization', finance).expect(200)).body).toMatchObject(thisYear);
    expect(thisYear).toMatchObject({ committed: 50 * M, disbursed: 100 * M });
    expect(nextYear).toMatchObject({ committed: 30 * M, disbursed: 120 * M, available: nextYear.amount - 150 * M });
    for (const year of [THIS_YEAR, NEXT]) {
      const check = await request(service.http).get('/api/grants/budget/check').query({ year }).set('Authorization', finance).expect(200);
      expect(check.body).toMatchObject({ year, ok: true, programViolations: [] });
    }

    const ledger = await request(service.http)
      .get(`/api/grants/audit/lines/${IT_LINE}/ledger`)
      .query({ from: `${NEXT}-01-01T00:00:00+09:00`, to: `${NEXT + 1}-01-01T00:00:00+09:00` })
      .set('Authorization', finance)
      .expect(200);
    const [header, ...rows] = ledger.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((row) => row.split(','));
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    const ours = rows.filter((row) => cell(row, 'referenceId') === grantId);
    expect(ours.map((row) => [cell(row, 'kind'), Number(cell(row, 'amount'))])).toEqual([
      ['commitment', 150 * M],
      ['disbursement', 120 * M],
    ]);
    expect(Number(cell(rows.at(-1)!, 'committedAfter'))).toBe(nextYear.committed);
    expect(Number(cell(rows.at(-1)!, 'disbursedAfter'))).toBe(nextYear.disbursed);

    const trace = (await request(service.http).get(`/api/grants/audit/trace/${grantId}`).set('Authorization', auditor).expect(200)).body.entries as {
      step: string;
      streamId: string;
      details: { amount?: number };
    }[];
    expect(trace.find((entry) => entry.step === 'year-part-commitment')?.details).toMatchObject({ year: NEXT, amount: 150 * M });
    expect(trace.filter((entry) => entry.step === 'line-commitment').map((entry) => [entry.streamId, entry.details.amount])).toEqual([
      [GrantsStreams.budgetLine(THIS_YEAR, IT_LINE), 150 * M],
      [GrantsStreams.budgetLine(NEXT, IT_LINE), 150 * M],
    ]);
  });

  it('recovers from the year it names, by default the latest year with payments, within what that year paid', async () => {
    const above = await act('recoveries', finance, { amountWon: 120 * M + 1, reason: '목적 외 사용' }).expect(422);
    expect(above.body).toMatchObject({ code: 'RECOVERY.ABOVE_DISBURSED', details: { year: NEXT, disbursed: 120 * M } });
    expect((await act('recoveries', finance, { amountWon: 100 * M + 1, reason: '목적 외 사용', year: THIS_YEAR }).expect(422)).body.details).toMatchObject({
      year: THIS_YEAR,
      disbursed: 100 * M,
    });
    const proposed = await act('recoveries', finance, { amountWon: 10 * M, reason: '목적 외 사용' }).expect(201);
    expect(proposed.body.recoveries.at(-1)).toMatchObject({ year: NEXT, status: 'proposed' });
    await act(`recoveries/${proposed.body.recoveries.at(-1).recoveryId}/rejection`, financeLee, { reason: '적격 비용' }).expect(200);
  });

  it('releases at cancellation, on each committed year’s line, what was committed and not paid; the planned year ends', async () => {
    const cancelled = await act('cancellation', pm, { reason: '컨소시엄 해산' }).expect(200);
    expect(cancelled.body.yearParts).toEqual([
      { year: THIS_YEAR, amount: 150 * M, status: 'released', disbursed: 100 * M, released: 50 * M },
      { year: NEXT, amount: 150 * M, status: 'released', disbursed: 120 * M, released: 30 * M },
      { year: LAST, amount: 80 * M, status: 'ended', disbursed: 0, released: null },
    ]);
    expect(await lineAt(endOf(THIS_YEAR))).toMatchObject({ committed: 0, disbursed: 100 * M });
    expect(await lineAt(endOf(NEXT))).toMatchObject({ committed: 0, disbursed: 120 * M });
    const trace = (await request(service.http).get(`/api/grants/audit/trace/${grantId}`).set('Authorization', auditor).expect(200)).body.entries as {
      step: string;
      streamId: string;
    }[];
    expect(trace.filter((entry) => entry.step === 'line-release').map((entry) => entry.streamId)).toEqual([
      GrantsStreams.budgetLine(THIS_YEAR, IT_LINE),
      GrantsStreams.budgetLine(NEXT, IT_LINE),
    ]);
  });
});
