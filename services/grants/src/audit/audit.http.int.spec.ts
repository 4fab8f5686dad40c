import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestService, TestService } from '@yunghap/service-harness';
import { koreanDayOf } from '@yunghap/kernel';
import { ValueType, Workbook, Worksheet } from 'exceljs';
import request from 'supertest';
import { GrantsModule } from '../grants.module';
import { AGREEMENT, auditor, candidate, finance, financeLee, IT_LINE, pm, dayThisYear, THIS_YEAR } from '../testing/grants-test-kit';

/** An instant strictly between the commands before and after it. */
async function instant(): Promise<string> {
  await sleep(5);
  const at = new Date().toISOString();
  await sleep(5);
  return at;
}

/** Free text that a spreadsheet would run as a formula if the export let it through. */
const RECOVERY_REASON = '=SUM(1+1) 미사용분, "반환"';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every cell as the spreadsheet shows it, row by row. */
function shownRows(sheet: Worksheet): string[][] {
  return Array.from({ length: sheet.rowCount }, (_row, r) => Array.from({ length: sheet.columnCount }, (_cell, c) => sheet.getRow(r + 1).getCell(c + 1).text));
}

type Figures = { amount: number; committed: number; disbursed: number; recovered: number };
type Point = Figures & { at: string };
type CheckedLine = Figures & { lineId: string };

describe('audit for finance', () => {
  let service: TestService;
  let grantId: string;
  const instants: string[] = [];
  const act = (path: string, token: string, body: object = {}) =>
    request(service.http)
      .post(`/api/grants/grants/${grantId}/${path}`)
      .set('Authorization', token)
      .send(body)
      .expect((res) => expect(res.status).toBeLessThan(300));
  const get = (path: string, token = auditor) => request(service.http).get(`/api/grants/audit/${path}`).set('Authorization', token);

  let beforeOpening: string;

  beforeAll(async () => {
    beforeOpening = await instant();
    service = await startTestService('grants', GrantsModule.register);
    await candidate(service, 'app-audit', 'call-2025-audit', 400_000_000, 8_700);
    const schedule = [
      { dueOn: dayThisYear('06-01'), amountWon: 100_000_000 },
      { dueOn: dayThisYear('09-01'), amountWon: 300_000_000 },
    ];
    grantId = (
      await request(service.http)
        .post('/api/grants/grants')
        .set('Authorization', pm)
        .send({ applicationId: 'app-audit', lineId: IT_LINE, amountWon: 400_000_000, schedule })
        .expect(201)
    ).body.grantId;
    instants.push(await instant());
    await act('approval', finance);
    instants.push(await instant());
    await act('agreement', pm, AGREEMENT);
    for (const tranche of ['t1', 't2']) {
      await act(`tranches/${tranche}/proposal`, finance);
      await act(`tranches/${tranche}/approval`, financeLee);
    }
    const proposal = await request(service.http)
      .post(`/api/grants/grants/${grantId}/recoveries`)
      .set('Authorization', finance)
      .send({ amountWon: 20_000_000, reason: RECOVERY_REASON })
      .expect(201);
    await act(`recoveries/${proposal.body.recoveries[0].recoveryId}/approval`, financeLee);
    instants.push(await instant());
  });
  afterAll(() => service.close());

  it('traces the decision chain of a grant with actor, role, time and correlation ids', async () => {
    const res = await get(`trace/${grantId}`).expect(200);
    expect(res.body).toMatchObject({ grantId, applicationId: 'app-audit' });
    const entries = res.body.entries as {
      step: string;
      actor: { userId: string; role: string };
      occurredAt: string;
      correlationId: string;
      causationId: string | null;
      details: Record<string, unknown>;
    }[];
    expect(entries.map((e) => `${e.step}:${e.actor.userId}/${e.actor.role}`)).toEqual([
      'call:yunghap/system',
      'application:yunghap/system',
      'screening:yunghap/system',
      'evaluation:yunghap/system',
      'selection:pm-park/program-manager',
      'line-commitment:fin-han/finance',
      'award-approval:fin-han/finance',
      'agreement:pm-park/program-manager',
      'disbursement-proposal:fin-han/finance',
      'line-disbursement:fin-lee/finance',
      'disbursement-approval:fin-lee/finance',
      'disbursement-proposal:fin-han/finance',
      'line-disbursement:fin-lee/finance',
      'disbursement-approval:fin-lee/finance',
      'recovery-proposal:fin-han/finance',
      'line-recovery:fin-lee/finance',
      'recovery-approval:fin-lee/finance',
    ]);
    expect(entries[0].details).toEqual({ callId: 'call-2025-audit', lineId: IT_LINE });
    expect(entries[1].details).toMatchObject({
      kind: 'submission',
      members: [
        { registrationNumber: '1018100001', name: '한밭정밀', lead: true },
        { registrationNumber: '2208100002', name: '누리소프트', lead: false },
      ],
    });
    expect(entries[3].details).toMatchObject({ passed: true, totalHundredths: 8_700, sealedSheets: 5 });
    expect(entries[1].causationId).toEqual(expect.any(String));
    expect(entries.every((e) => e.correlationId && e.occurredAt)).toBe(true);
    expect(entries[5].correlationId).toBe(entries[6].correlationId);
    // The proposal names the consortium awarded; the agreement its number and term.
    expect(entries[4].details).toMatchObject({ recipient: { leadRegistrationNumber: '1018100001', leadName: '한밭정밀' } });
    expect(entries[7].details).toEqual({ grantId, ...AGREEMENT, recordedBy: 'pm-park' });
  });

  it('rebuilds the budget as of three past instants', async () => {
    const at = async (instant: string) => (await get('budget').query({ at: instant }).expect(200)).body;
    const [proposed, approved, end] = await Promise.all(instants.map(at));
    expect(proposed.program).toMatchObject({ total: 40_000_000_000, allocated: 25_500_000_000 });
    expect(proposed.lines[IT_LINE]).toEqual({ amount: 1_500_000_000, available: 1_500_000_000, committed: 0, disbursed: 0, recovered: 0 });
    expect(approved.lines[IT_LINE]).toMatchObject({ available: 1_100_000_000, committed: 400_000_000, disbursed: 0 });
    expect(end.lines[IT_LINE]).toEqual({ amount: 1_500_000_000, available: 1_120_000_000, committed: 0, disbursed: 400_000_000, recovered: 20_000_000 });
    expect(await at(beforeOpening)).toEqual({ at: beforeOpening, program: undefined, lines: {} });
    expect((await get('budget').query({ at: '2000-06-30T00:00:00+09:00' }).expect(404)).body.code).toBe('PROGRAM.NOT_FOUND');
  });

  it('exports a line ledger for a period as CSV, one row per movement', async () => {
    const res = await get(`lines/${IT_LINE}/ledger`, finance).query({ from: instants[0], to: instants[2] }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const span = `${IT_LINE}_${instants[0].slice(0, 10)}_${instants[2].slice(0, 10)}.csv`;
    expect(res.headers['content-disposition']).toBe(`attachment; filename="ledger_${span}"; filename*=UTF-8''${encodeURIComponent(`예산원장_${span}`)}`);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const rows = res.text.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      'occurredAt,lineId,kind,referenceKind,referenceId,movementId,amount,reason,amountAfter,availableAfter,committedAfter,disbursedAfter,recoveredAfter,recipientName,recipientRegistrationNumber,agreementNumber',
    );
    expect(rows.slice(1).map((row) => row.split(',')[2])).toEqual(['commitment', 'disbursement', 'disbursement', 'recovery']);
    expect(rows[4]).toContain(`,20000000,"'=SUM(1+1) 미사용분, ""반환""",1500000000,1120000000,0,400000000,20000000,한밭정밀,1018100001,RS-2025-00001`);
    // Every row of the grant's money names its recipient and agreement.
    expect(rows.slice(1).every((row) => row.endsWith(',한밭정밀,1018100001,RS-2025-00001'))).toBe(true);
  });

  it('exports a ledger that a spreadsheet reads as text and numbers, never as a formula', async () => {
    const res = await get(`lines/${IT_LINE}/ledger`, finance).query({ from: instants[0], to: instants[2] }).expect(200);
    const sheet = await new Workbook().csv.read(Readable.from([Buffer.from(res.text)]));
    const [amount, reason] = [sheet.getCell('G5'), sheet.getCell('H5')];
    expect(sheet.getCell('A1').value).toBe('occurredAt');
    expect(reason.type).toBe(ValueType.String);
    expect(reason.formula).toBeUndefined();
    expect(reason.value).toBe(`'${RECOVERY_REASON}`);
    expect(amount.type).toBe(ValueType.Number);
    expect(amount.value).toBe(20_000_000);
  });

  it('exports the same ledger as an Excel workbook: the rows of the CSV, amounts as numbers, text never a formula', async () => {
    const period = { from: instants[0], to: instants[2] };
    const csv = await get(`lines/${IT_LINE}/ledger`, finance).query(period).expect(200);
    const res = await get(`lines/${IT_LINE}/ledger`, finance)
      .query({ ...period, format: 'xlsx' })
      .responseType('blob')
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const span = `${IT_LINE}_${instants[0].slice(0, 10)}_${instants[2].slice(0, 10)}.xlsx`;
    expect(res.headers['content-disposition']).toBe(`attachment; filename="ledger_${span}"; filename*=UTF-8''${encodeURIComponent(`예산원장_${span}`)}`);

    const workbook = await new Workbook().xlsx.load(res.body as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = workbook.worksheets[0];
    const csvSheet = await new Workbook().csv.read(Readable.from([Buffer.from(csv.text)]));
    // The CSV's quote before formula-like text is there for CSV only: a workbook's text cell is never run.
    const csvRows = shownRows(csvSheet).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
    expect(shownRows(sheet)).toEqual(csvRows);
    expect(sheet.rowCount).toBe(1 + 4);
    const [amount, reason] = [sheet.getCell('G5'), sheet.getCell('H5')];
    expect(amount.type).toBe(ValueType.Number);
    expect(amount.value).toBe(20_000_000);
    expect(reason.type).toBe(ValueType.String);
    expect(reason.formula).toBeUndefined();
    expect(reason.value).toBe(RECOVERY_REASON);
    // Registration numbers stay text: a leading zero would survive.
    expect(sheet.getCell('O5').type).toBe(ValueType.String);
  });

  it('shows the execution of the year: a point per Korean month ended, then now, the last one matching the budget check', async () => {
    const { body } = await get('execution').expect(200);
    const check = await request(service.http).get('/api/grants/budget/check').set('Authorization', auditor).expect(200);
    const lines = check.body.lines as CheckedLine[];
    const sum = (figure: keyof Figures) => lines.reduce((total, line) => total + line[figure], 0);
    const points = body.points as Point[];
    expect(body).toMatchObject({ year: THIS_YEAR, total: 40_000_000_000 });
    expect(points).toHaveLength(Number(koreanDayOf(new Date().toISOString()).slice(5, 7)));
    expect(points.slice(0, -1).every((point) => point.at.endsWith('T23:59:59.999+09:00'))).toBe(true);
    // The program was opened when the service started, this month: the months before had no money yet.
    expect(points.slice(0, -1).every((point) => point.amount === 0 && point.disbursed === 0)).toBe(true);
    const last = points.at(-1);
    expect(last).toEqual({
      at: expect.any(String),
      amount: sum('amount'),
      committed: sum('committed'),
      disbursed: sum('disbursed'),
      recovered: sum('recovered'),
    });
    expect(last?.disbursed).toBe(lines.find((line) => line.lineId === IT_LINE)?.disbursed);
    expect(last).toMatchObject({ amount: 25_500_000_000, disbursed: 400_000_000, recovered: 20_000_000 });
    expect((await get('execution', finance).query({ year: THIS_YEAR }).expect(200)).body.points).toHaveLength(points.length);
  });

  it('answers 404 for the execution of a year without a program, 400 for a year that is not one', async () => {
    expect((await get('execution').query({ year: 2000 }).expect(404)).body.code).toBe('PROGRAM.NOT_FOUND');
    expect((await get('execution').query({ year: 'soon' }).expect(400)).body.errors).toContainEqual(expect.objectContaining({ field: 'year', rule: 'isInt' }));
    expect((await get(`lines/${IT_LINE}/ledger`).query({ from: instants[0], to: instants[2], format: 'pdf' }).expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'format' }),
    ]);
  });

  it('verifies every hash chain', async () => {
    expect((await get('verify', finance).expect(200)).body).toMatchObject({ ok: true, firstBreak: null });
  });

  it('answers 400 for a bad instant, 404 for unknown grants and lines, 403 for other roles, 401 without a token', async () => {
    expect((await get('budget').query({ at: 'yesterday' }).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
    await get(`lines/${IT_LINE}/ledger`).query({ from: instants[0] }).expect(400);
    expect((await get('trace/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('GRANT.NOT_FOUND');
    expect((await get('lines/space/ledger').query({ from: instants[0], to: instants[2] }).expect(404)).body.code).toBe('LINE.NOT_FOUND');
    for (const path of [
      `trace/${grantId}`,
      `budget?at=${encodeURIComponent(instants[0])}`,
      `lines/${IT_LINE}/ledger?from=${encodeURIComponent(instants[0])}&to=${encodeURIComponent(instants[2])}`,
      `lines/${IT_LINE}/ledger?from=${encodeURIComponent(instants[0])}&to=${encodeURIComponent(instants[2])}&format=xlsx`,
      'execution',
      'verify',
    ]) {
      await get(path, pm).expect(403);
      await request(service.http).get(`/api/grants/audit/${path}`).expect(401);
    }
  });
});
