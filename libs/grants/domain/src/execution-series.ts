import { koreanDayOf, programYearOf, won, Won } from '@yunghap/kernel';
import { budgetAsOf, BudgetHistory } from './budget-as-of';

/**
 * The program's money at one instant, summed over the lines opened by then. The execution rate
 * (집행률) is (disbursed − recovered) ÷ the program total; it is left to the reader, so that every
 * figure here stays whole won.
 */
export interface ExecutionPoint {
  readonly at: string;
  readonly amount: Won;
  readonly committed: Won;
  readonly disbursed: Won;
  readonly recovered: Won;
}

/**
 * One point per instant, each rebuilt from the events decided until then (see `budgetAsOf`).
 * @example executionSeries(await budget.history(2026), executionInstants(2026, now))
 */
export function executionSeries(history: BudgetHistory, instants: readonly string[]): ExecutionPoint[] {
  return instants.map((at) => {
    const lines = Object.values(budgetAsOf(history, at).lines);
    const sum = (figure: 'amount' | 'committed' | 'disbursed' | 'recovered') => won(lines.reduce((total, line) => total + line[figure], 0));
    return { at, amount: sum('amount'), committed: sum('committed'), disbursed: sum('disbursed'), recovered: sum('recovered') };
  });
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const pad = (value: number, digits = 2) => String(value).padStart(digits, '0');

/**
 * The instants of a year's execution series: the last millisecond of each Korean month of `year`
 * that has ended at `now`, then `now` itself while the year runs. A past year has its twelve
 * month ends; a year still to come has none.
 * @example executionInstants(2026, '2026-03-10T12:00:00+09:00') →
 *   ['2026-01-31T23:59:59.999+09:00', '2026-02-28T23:59:59.999+09:00', '2026-03-10T12:00:00+09:00']
 */
export function executionInstants(year: number, now: string): string[] {
  // "YYYY-MM" of the day in Korea compares as text, like the days it is cut from.
  const monthNow = koreanDayOf(now).slice(0, 7);
  const ended = MONTHS.filter((month) => `${pad(year, 4)}-${pad(month)}` < monthNow).map((month) => {
    // Day 0 of the next month is the last of this one; UTC keeps the machine's zone out of it.
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    // Korea keeps UTC+9 all year, with no daylight saving.
    return `${pad(year, 4)}-${pad(month)}-${pad(lastDay)}T23:59:59.999+09:00`;
  });
  return programYearOf(now) === year ? [...ended, now] : ended;
}
