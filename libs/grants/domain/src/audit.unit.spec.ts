import { budgetAsOf } from './budget-as-of';
import { BudgetLineEvent } from './budget-line.events';
import { tableCsv } from './csv-cells';
import { LEDGER_COLUMNS, ledgerPartyOf, ledgerRows, ledgerTable } from './ledger';

const ledgerCsv = (rows: Parameters<typeof ledgerTable>[0]) => tableCsv(ledgerTable(rows));
import { ProgramEvent } from './program.events';
import { PROGRAM_TOTAL_WON } from './program-seed';
import { grantRef, LINE, m, YEAR } from './testing/fixtures';
import { TimedEvent } from './timed-event';

const G1 = grantRef('g1');
const at = <E>(occurredAt: string, event: E): TimedEvent<E> => ({ event, occurredAt });

const program: TimedEvent<ProgramEvent>[] = [
  at('2026-01-02T09:00:00+09:00', { type: 'ProgramOpened', data: { year: YEAR, total: PROGRAM_TOTAL_WON } }),
  at('2026-01-02T09:04:00+09:00', {
    type: 'BudgetLineDefined',
    data: { lineId: 'advanced-technology-innovation', nameKo: '기술혁신 첨단기술', nameEn: 'Advanced-technology innovation', amount: m(16_000) },
  }),
  at('2026-01-02T09:05:00+09:00', { type: 'BudgetLineDefined', data: { lineId: LINE, nameKo: 'IT융합', nameEn: 'IT convergence', amount: m(1_500) } }),
  at('2026-06-01T09:00:00+09:00', {
    type: 'FundsTransferredBetweenLines',
    data: { transferId: 'x1', fromLineId: 'advanced-technology-innovation', toLineId: LINE, amount: m(100), reason: 'oversubscribed' },
  }),
];
const lines: TimedEvent<BudgetLineEvent>[] = [
  at('2026-01-02T09:06:00+09:00', { type: 'BudgetLineOpened', data: { year: YEAR, lineId: LINE, amount: m(1_500) } }),
  at('2026-03-10T14:00:00+09:00', { type: 'LineFundsCommitted', data: { lineId: LINE, reference: G1, amount: m(500) } }),
  at('2026-05-01T10:00:00+09:00', { type: 'LineFundsDisbursed', data: { lineId: LINE, reference: G1, disbursementId: 't1', amount: m(300) } }),
  at('2026-06-01T09:00:00+09:00', {
    type: 'LineTransferredIn',
    data: { lineId: LINE, transferId: 'x1', fromLineId: 'advanced-technology-innovation', amount: m(100), reason: 'oversubscribed' },
  }),
  at('2026-07-15T11:00:00+09:00', {
    type: 'LineFundsRecovered',
    data: { lineId: LINE, reference: G1, recoveryId: 'r1', amount: m(50), reason: 'receipts missing, "vendor" unknown' },
  }),
];

describe('budgetAsOf', () => {
  const history = { program, lines };

  it('shows nothing before the program opened', () => {
    expect(budgetAsOf(history, '2025-12-31T23:59:59+09:00')).toEqual({ at: '2025-12-31T23:59:59+09:00', program: undefined, lines: {} });
  });

  it('shows the budget right after the award was committed', () => {
    expect(budgetAsOf(history, '2026-03-10T14:00:00+09:00')).toEqual({
      at: '2026-03-10T14:00:00+09:00',
      program: { year: YEAR, total: PROGRAM_TOTAL_WON, allocated: m(17_500), unallocated: m(22_500) },
      lines: { [LINE]: { amount: m(1_500), available: m(1_000), committed: m(500), disbursed: 0, recovered: 0 } },
    });
  });

  it('compares instants, not text: 01:00 UTC is the 10:00 disbursement in Seoul', () => {
    expect(budgetAsOf(history, '2026-05-01T01:00:00Z').lines[LINE]).toMatchObject({ committed: m(200), disbursed: m(300) });
    expect(budgetAsOf(history, '2026-05-01T00:59:59Z').lines[LINE]).toMatchObject({ committed: m(500), disbursed: 0 });
  });

  it('shows the budget after the transfer and the recovery', () => {
    expect(budgetAsOf(history, '2026-12-31T00:00:00+09:00').program).toMatchObject({ allocated: m(17_500), unallocated: m(22_500) });
    expect(budgetAsOf(history, '2026-12-31T00:00:00+09:00').lines[LINE]).toEqual({
      amount: m(1_600),
      available: m(1_150),
      committed: m(200),
      disbursed: m(300),
      recovered: m(50),
    });
  });

  it('refuses a time that is not an instant', () => {
    expect(() => budgetAsOf(history, 'yesterday')).toThrow(RangeError);
  });
});

describe('ledgerRows', () => {
  it('lists each movement of the period with the balance after it, replaying what came before', () => {
    const rows = ledgerRows(lines, '2026-03-01T00:00:00+09:00', '2026-07-15T11:00:00+09:00');
    expect(rows.map((row) => [row.kind, row.referenceId, row.amount, row.availableAfter, row.committedAfter])).toEqual([
      ['commitment', 'g1', m(500), m(1_000), m(500)],
      ['disbursement', 'g1', m(300), m(1_000), m(200)],
      ['transfer-in', 'advanced-technology-innovation', m(100), m(1_100), m(200)],
    ]);
    expect(rows[1]).toMatchObject({ occurredAt: '2026-05-01T10:00:00+09:00', lineId: LINE, referenceKind: 'grant', movementId: 't1', amountAfter: m(1_500) });
  });

  it('names the recipient and agreement of each grant movement, and none for a transfer', () => {
    const recipient = { leadRegistrationNumber: '3148123478', leadName: '=한빛정밀', members: [] };
    const parties = new Map([['g1', ledgerPartyOf({ recipient, agreement: { agreementNumber: 'RS-2026-00042' } })]]);
    const rows = ledgerRows(lines, '2026-03-01T00:00:00+09:00', '2026-07-15T11:00:00+09:00', (reference) => parties.get(reference.id));
    expect(rows.map((row) => [row.kind, row.recipientName, row.recipientRegistrationNumber, row.agreementNumber])).toEqual([
      ['commitment', '=한빛정밀', '3148123478', 'RS-2026-00042'],
      ['disbursement', '=한빛정밀', '3148123478', 'RS-2026-00042'],
      ['transfer-in', '', '', ''],
    ]);
    // A firm's name is free text too: a spreadsheet must not run it.
    expect(ledgerCsv(rows).split('\r\n')[1]).toMatch(/,'=한빛정밀,3148123478,RS-2026-00042$/);
    expect(ledgerPartyOf({})).toEqual({ recipientName: '', recipientRegistrationNumber: '', agreementNumber: '' });
  });

  it('includes the start of the period and excludes its end', () => {
    expect(ledgerRows(lines, '2026-07-15T11:00:00+09:00', '2027-01-01T00:00:00+09:00').map((row) => row.kind)).toEqual(['recovery']);
    expect(ledgerRows(lines, '2027-01-01T00:00:00+09:00', '2028-01-01T00:00:00+09:00')).toEqual([]);
  });

  it('writes CSV with a BOM, a header and quoted free text', () => {
    const csv = ledgerCsv(ledgerRows(lines, '2026-07-01T00:00:00+09:00', '2026-08-01T00:00:00+09:00'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'occurredAt,lineId,kind,referenceKind,referenceId,movementId,amount,reason,amountAfter,availableAfter,committedAfter,disbursedAfter,recoveredAfter,recipientName,recipientRegistrationNumber,agreementNumber',
      `2026-07-15T11:00:00+09:00,${LINE},recovery,grant,g1,r1,50000000,"receipts missing, ""vendor"" unknown",1600000000,1150000000,200000000,300000000,50000000,,,`,
      '',
    ]);
  });

  it('hands the CSV and any other export the same table: amounts as numbers, their columns named', () => {
    const rows = ledgerRows(lines, '2026-07-01T00:00:00+09:00', '2026-08-01T00:00:00+09:00');
    const table = ledgerTable(rows);
    expect(table.header).toEqual(LEDGER_COLUMNS);
    expect(table.rows).toEqual([
      [
        '2026-07-15T11:00:00+09:00',
        LINE,
        'recovery',
        'grant',
        'g1',
        'r1',
        m(50),
        'receipts missing, "vendor" unknown',
        m(1_600),
        m(1_150),
        m(200),
        m(300),
        m(50),
        '',
        '',
        '',
      ],
    ]);
    expect(table.wonColumns.map((index) => table.header[index])).toEqual([
      'amount',
      'amountAfter',
      'availableAfter',
      'committedAfter',
      'disbursedAfter',
      'recoveredAfter',
    ]);
  });
});
