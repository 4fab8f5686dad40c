import { BudgetHistory } from './budget-as-of';
import { BudgetLineEvent } from './budget-line.events';
import { executionInstants, executionSeries } from './execution-series';
import { MENTORING_LINE_ID, PROGRAM_TOTAL_WON } from './program-seed';
import { ProgramEvent } from './program.events';
import { grantRef, LINE, m, YEAR } from './testing/fixtures';
import { TimedEvent } from './timed-event';

const G1 = grantRef('g1');
const at = <E>(occurredAt: string, event: E): TimedEvent<E> => ({ event, occurredAt });

const given = (lines: TimedEvent<BudgetLineEvent>[]): BudgetHistory => ({
  program: [at<ProgramEvent>('2026-01-02T09:00:00+09:00', { type: 'ProgramOpened', data: { year: YEAR, total: PROGRAM_TOTAL_WON } })],
  lines,
});

describe('executionSeries', () => {
  const history = given([
    at('2026-01-02T09:06:00+09:00', { type: 'BudgetLineOpened', data: { year: YEAR, lineId: LINE, amount: m(1_500) } }),
    // 23:30 on 31 January in Seoul, still January's.
    at('2026-01-31T14:30:00Z', { type: 'LineFundsCommitted', data: { lineId: LINE, reference: G1, amount: m(500) } }),
    // 00:30 on 1 February in Seoul, though still 31 January in UTC.
    at('2026-01-31T15:30:00Z', { type: 'BudgetLineOpened', data: { year: YEAR, lineId: MENTORING_LINE_ID, amount: m(1_000) } }),
    at('2026-03-05T10:00:00+09:00', { type: 'LineFundsDisbursed', data: { lineId: LINE, reference: G1, disbursementId: 't1', amount: m(300) } }),
    at('2026-04-20T10:00:00+09:00', { type: 'LineFundsRecovered', data: { lineId: LINE, reference: G1, recoveryId: 'r1', amount: m(50), reason: 'receipts' } }),
    at('2026-04-21T10:00:00+09:00', { type: 'LineFundsCommitted', data: { lineId: MENTORING_LINE_ID, reference: G1, amount: m(10) } }),
  ]);

  it('sums the lines opened by each instant, month by Korean month', () => {
    const instants = executionInstants(YEAR, '2026-05-10T12:00:00+09:00');
    expect(executionSeries(history, instants)).toEqual([
      { at: '2026-01-31T23:59:59.999+09:00', amount: m(1_500), committed: m(500), disbursed: 0, recovered: 0 },
      { at: '2026-02-28T23:59:59.999+09:00', amount: m(2_500), committed: m(500), disbursed: 0, recovered: 0 },
      { at: '2026-03-31T23:59:59.999+09:00', amount: m(2_500), committed: m(200), disbursed: m(300), recovered: 0 },
      { at: '2026-04-30T23:59:59.999+09:00', amount: m(2_500), committed: m(210), disbursed: m(300), recovered: m(50) },
      { at: '2026-05-10T12:00:00+09:00', amount: m(2_500), committed: m(210), disbursed: m(300), recovered: m(50) },
    ]);
  });

  it('shows nothing before the first line opened', () => {
    expect(executionSeries(history, ['2026-01-02T09:05:00+09:00'])).toEqual([
      { at: '2026-01-02T09:05:00+09:00', amount: 0, committed: 0, disbursed: 0, recovered: 0 },
    ]);
    expect(executionSeries(given([]), ['2026-12-31T23:59:59.999+09:00'])).toEqual([
      { at: '2026-12-31T23:59:59.999+09:00', amount: 0, committed: 0, disbursed: 0, recovered: 0 },
    ]);
  });

  it('answers no points for no instants', () => {
    expect(executionSeries(history, [])).toEqual([]);
  });
});

describe('executionInstants', () => {
  const monthEnds2024 = [
    '2024-01-31',
    '2024-02-29',
    '2024-03-31',
    '2024-04-30',
    '2024-05-31',
    '2024-06-30',
    '2024-07-31',
    '2024-08-31',
    '2024-09-30',
    '2024-10-31',
    '2024-11-30',
    '2024-12-31',
  ].map((day) => `${day}T23:59:59.999+09:00`);

  it('gives the months that have ended in Korea, then now', () => {
    expect(executionInstants(2026, '2026-03-10T12:00:00+09:00')).toEqual([
      '2026-01-31T23:59:59.999+09:00',
      '2026-02-28T23:59:59.999+09:00',
      '2026-03-10T12:00:00+09:00',
    ]);
  });

  it('reads now in Korea: 15:00 UTC on 31 January is already February there', () => {
    expect(executionInstants(2026, '2026-01-31T15:00:00Z')).toEqual(['2026-01-31T23:59:59.999+09:00', '2026-01-31T15:00:00Z']);
    expect(executionInstants(2026, '2026-01-31T14:59:59.999Z')).toEqual(['2026-01-31T14:59:59.999Z']);
  });

  it('gives only now in the first month, and only now on New Year in Korea', () => {
    expect(executionInstants(2026, '2026-01-01T00:00:00+09:00')).toEqual(['2026-01-01T00:00:00+09:00']);
    expect(executionInstants(2027, '2026-12-31T15:00:00Z')).toEqual(['2026-12-31T15:00:00Z']);
  });

  it('gives the twelve month ends of a past year, leap February included, and nothing for a year to come', () => {
    expect(executionInstants(2024, '2026-03-10T12:00:00+09:00')).toEqual(monthEnds2024);
    expect(executionInstants(2024, '2024-12-31T15:00:00Z')).toEqual(monthEnds2024);
    expect(executionInstants(2027, '2026-12-31T14:59:59Z')).toEqual([]);
  });

  it('gives eleven month ends and now on the last day of December', () => {
    expect(executionInstants(2024, '2024-12-31T12:00:00+09:00')).toEqual([...monthEnds2024.slice(0, 11), '2024-12-31T12:00:00+09:00']);
  });

  it('refuses a now that is not an instant', () => {
    expect(() => executionInstants(2026, 'today')).toThrow(RangeError);
  });
});
