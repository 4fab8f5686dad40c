// The budget plan as the form shows it while it is typed: the same sums the applications
// service's screening checks (its grants add up to the requested amount; the own contribution,
// 민간부담금, is at least the call's share of the whole cost), in whole won, without a division.

export interface BudgetRow {
  readonly category: string;
  /** The government grant (정부지원금) asked for this category. */
  readonly amount: number;
  readonly ownCash: number;
  readonly ownInKind: number;
}

export interface BudgetSummary {
  readonly governmentTotal: number;
  readonly ownTotal: number;
  readonly totalCost: number;
  /** The own share of the whole cost in tenths of a percent, rounded down (for display). */
  readonly ownSharePermille: number;
  readonly minimumOwnContribution: number;
  readonly matchesRequest: boolean;
  readonly meetsMinimum: boolean;
}

export function summariseBudget(rows: readonly BudgetRow[], requestedAmount: number, minimumOwnSharePercent: number): BudgetSummary {
  const governmentTotal = rows.reduce((sum, row) => sum + row.amount, 0);
  const ownTotal = rows.reduce((sum, row) => sum + row.ownCash + row.ownInKind, 0);
  const totalCost = governmentTotal + ownTotal;
  return {
    governmentTotal,
    ownTotal,
    totalCost,
    ownSharePermille: totalCost === 0 ? 0 : Math.floor((ownTotal * 1000) / totalCost),
    minimumOwnContribution: Math.ceil((minimumOwnSharePercent * totalCost) / 100),
    matchesRequest: governmentTotal === requestedAmount,
    meetsMinimum: totalCost > 0 && ownTotal * 100 >= minimumOwnSharePercent * totalCost,
  };
}

/**
 * Reads an amount of won as typed: digits, optionally with thousands separators ("1,200,000").
 * Answers null for anything else (a fraction, a sign, a letter), which the form marks as invalid.
 */
export function parseWonInput(raw: string): number | null {
  const typed = raw.trim();
  if (typed === '') return 0;
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(typed)) return null;
  const value = Number(typed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : null;
}
