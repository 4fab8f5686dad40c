import { Readable } from 'node:stream';
import { LEDGER_COLUMNS, LedgerRow, ledgerTable, tableCsv } from '@yunghap/grants-domain';
import { won } from '@yunghap/kernel';
import { ValueType, Workbook, Worksheet } from 'exceljs';

/** What a spreadsheet makes of the bytes we send: a real CSV reader, not our own split. */
async function openInSpreadsheet(csv: string | Buffer): Promise<Worksheet> {
  return new Workbook().csv.read(Readable.from([Buffer.from(csv)]));
}

const row = (reason: string, amount: number, ids: Partial<Pick<LedgerRow, 'referenceId' | 'movementId'>> = {}): LedgerRow => ({
  occurredAt: '2026-07-15T11:00:00+09:00',
  lineId: 'it-convergence',
  kind: 'recovery',
  referenceKind: 'grant',
  referenceId: 'g1',
  movementId: 'r1',
  amount: won(amount),
  reason,
  amountAfter: won(1_500_000_000),
  availableAfter: won(1_150_000_000),
  committedAfter: won(0),
  disbursedAfter: won(300_000_000),
  recoveredAfter: won(-5_000_000),
  recipientName: '한빛정밀',
  recipientRegistrationNumber: '3148123478',
  agreementNumber: 'RS-2026-00042',
  ...ids,
});

const column = (name: (typeof LEDGER_COLUMNS)[number]) => LEDGER_COLUMNS.indexOf(name) + 1;

describe('the ledger CSV, read back by a spreadsheet (exceljs)', () => {
  const reasons = ['=1+1', '@SUM(A1)', '+1+1', '-1+1', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.example", "영수증")'];
  let sheet: Worksheet;

  beforeAll(async () => {
    const rows = [
      ...reasons.map((reason) => row(reason, 5_000_000)),
      row('영수증 누락, "업체" 불명\n재확인 필요', -5_000_000, { referenceId: '=g1', movementId: '@r1' }),
    ];
    sheet = await openInSpreadsheet(tableCsv(ledgerTable(rows)));
  });

  it('reads one header and one row per movement, the BOM not leaking into the first header', () => {
    expect(sheet.rowCount).toBe(1 + reasons.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...LEDGER_COLUMNS]);
  });

  it('reads every formula-looking reason as literal text behind a quote, never as a formula', () => {
    reasons.forEach((reason, i) => {
      const cell = sheet.getRow(2 + i).getCell(column('reason'));
      expect(cell.type).toBe(ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${reason}`);
    });
  });

  it('neutralises ids too', () => {
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(column('referenceId')).value, last.getCell(column('movementId')).value]).toEqual(["'=g1", "'@r1"]);
  });

  it('reads amounts as numbers, negative ones included', () => {
    const last = sheet.getRow(sheet.rowCount);
    for (const name of ['amount', 'amountAfter', 'recoveredAfter'] as const) expect(last.getCell(column(name)).type).toBe(ValueType.Number);
    expect(last.getCell(column('amount')).value).toBe(-5_000_000);
    expect(last.getCell(column('recoveredAfter')).value).toBe(-5_000_000);
    expect(sheet.getRow(2).getCell(column('amount')).value).toBe(5_000_000);
  });

  it('keeps Hangul, commas, quotes and line breaks of free text', () => {
    expect(sheet.getRow(sheet.rowCount).getCell(column('reason')).value).toBe('영수증 누락, "업체" 불명\n재확인 필요');
  });
});
