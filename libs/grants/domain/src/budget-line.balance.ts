import { won, Won } from '@yunghap/kernel';
import { BudgetLineState } from './budget-line.decider';

export interface LineBalance {
  readonly amount: Won;
  readonly available: Won;
  readonly committed: Won;
  readonly disbursed: Won;
  readonly recovered: Won;
}

/** The line's five figures; a line not yet opened holds nothing. */
export function lineBalance(state: BudgetLineState): LineBalance {
  if (state.status === 'not-opened') {
    const none = won(0);
    return { amount: none, available: none, committed: none, disbursed: none, recovered: none };
  }
  const { amount, available, committed, disbursed, recovered } = state;
  return { amount, available, committed, disbursed, recovered };
}

/**
 * The money invariant of a line, as a list of what is wrong (empty when it holds):
 * available + committed + disbursed − recovered = amount; no figure negative; nothing recovered
 * beyond what was disbursed; and the per-grant/allocation figures add up to the line's.
 * Used by the tests and by the `budget check` command.
 */
export function checkLineInvariant(state: BudgetLineState): readonly string[] {
  if (state.status === 'not-opened') return [];
  const balance = lineBalance(state);
  const violations: string[] = [];
  for (const [figure, value] of Object.entries(balance)) {
    if (!Number.isSafeInteger(value)) violations.push(`${figure} is not a whole number of won: ${value}`);
    else if (value < 0) violations.push(`${figure} is negative: ${value}`);
  }
  const { amount, available, committed, disbursed, recovered } = balance;
  const accounted = available + committed + disbursed - recovered;
  if (accounted !== amount) violations.push(`available + committed + disbursed − recovered = ${accounted}, but the line amount is ${amount}`);
  if (recovered > disbursed) violations.push(`recovered ${recovered} exceeds disbursed ${disbursed}`);

  const references = Object.values(state.references);
  for (const held of references) {
    const id = `${held.reference.kind} ${held.reference.id}`;
    if (held.committed < 0 || held.disbursed < 0 || held.recovered < 0) violations.push(`${id} has a negative figure`);
    if (held.recovered > held.disbursed) violations.push(`${id} recovered more than was disbursed`);
  }
  for (const figure of ['committed', 'disbursed', 'recovered'] as const) {
    const sum = references.reduce((total, held) => total + held[figure], 0);
    if (sum !== balance[figure]) violations.push(`${figure} per reference adds up to ${sum}, not ${balance[figure]}`);
  }
  return violations;
}
