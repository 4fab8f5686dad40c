import { DomainError, Won } from '@yunghap/kernel';
import { DisbursementError } from './grants.errors';
import { isPositiveWon } from './money';

/** One planned payment of an award: due on a calendar day (YYYY-MM-DD), for a whole number of won. */
export interface Tranche {
  readonly trancheId: string;
  readonly dueOn: string;
  readonly amount: Won;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day: Date would quietly read "2026-02-30" as 2 March. */
function isCalendarDay(value: string): boolean {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Refuses a schedule with a bad tranche, or one that does not pay exactly the award. */
export function checkSchedule(schedule: readonly Tranche[], award: Won): DomainError | undefined {
  const seen = new Set<string>();
  for (const tranche of schedule) {
    if (seen.has(tranche.trancheId)) return DisbursementError.becauseScheduleInvalid(tranche.trancheId, 'the tranche id is used twice');
    seen.add(tranche.trancheId);
    if (!isCalendarDay(tranche.dueOn)) return DisbursementError.becauseScheduleInvalid(tranche.trancheId, `${tranche.dueOn} is not a calendar day`);
    if (!isPositiveWon(tranche.amount)) return DisbursementError.becauseScheduleInvalid(tranche.trancheId, 'the amount must be a positive whole number of won');
  }
  const scheduled = schedule.reduce((sum, tranche) => sum + tranche.amount, 0);
  return scheduled === award ? undefined : DisbursementError.becauseScheduleMismatch(award, scheduled);
}
