import { DomainError, isDomainError, isPositiveWon, parseKoreanDay, Won } from '@yunghap/kernel';
import { DisbursementError } from './grants.errors';

/** One planned payment of an award: due on a calendar day (YYYY-MM-DD), for a whole number of won. */
export interface Tranche {
  readonly trancheId: string;
  readonly dueOn: string;
  readonly amount: Won;
}

/** Refuses a schedule with a bad tranche, or one that does not pay exactly the award. */
export function checkSchedule(schedule: readonly Tranche[], award: Won): DomainError | undefined {
  const seen = new Set<string>();
  for (const tranche of schedule) {
    if (seen.has(tranche.trancheId)) return DisbursementError.becauseScheduleInvalid(tranche.trancheId, 'the tranche id is used twice');
    seen.add(tranche.trancheId);
    if (isDomainError(parseKoreanDay(tranche.dueOn)))
      return DisbursementError.becauseScheduleInvalid(tranche.trancheId, `${tranche.dueOn} is not a calendar day`);
    if (!isPositiveWon(tranche.amount)) return DisbursementError.becauseScheduleInvalid(tranche.trancheId, 'the amount must be a positive whole number of won');
  }
  const scheduled = schedule.reduce((sum, tranche) => sum + tranche.amount, 0);
  return scheduled === award ? undefined : DisbursementError.becauseScheduleMismatch(award, scheduled);
}
