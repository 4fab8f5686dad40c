import { DomainError, Won, won } from '@yunghap/kernel';
import { Tranche } from './disbursement-schedule';
import type { GrantCancelled } from './grant.events';
import type { ProposedGrant } from './grant.state';
import { GrantError } from './grants.errors';

/**
 * An award's parts span at most five fiscal years: a national R&D task runs at most five years
 * (국가연구개발혁신법 시행령: 협약은 최대 5년 단위), and the program budgets each of them separately.
 */
export const MAX_FISCAL_YEARS = 5;

/** What an award pays in one fiscal year: the sum of the tranches due that year. */
export interface YearPart {
  readonly year: number;
  readonly amount: Won;
}

/**
 * planned: waiting for finance's approval, then for its year's program (committed by
 * `CommitYearPart`); committed on its year's line; released: the grant was cancelled and what was
 * not paid went back to the line (`released`); ended: the award was rejected, or cancelled before
 * the part was committed.
 */
export type YearPartStatus = 'planned' | 'committed' | 'released' | 'ended';

export interface YearPartState extends YearPart {
  readonly status: YearPartStatus;
  readonly released?: Won;
}

/** A tranche's fiscal year is the year of its due day, a day of Korea's calendar (the program's fiscal year is the calendar year). */
export const fiscalYearOf = (dueOn: string): number => Number(dueOn.slice(0, 4));

/**
 * The award's year parts, by year, from a valid schedule (`checkSchedule`). Refuses a tranche due
 * before the award's year (that year's budget is closed) and a schedule spanning more than
 * `MAX_FISCAL_YEARS` fiscal years from the award's.
 */
export function yearPartsOf(schedule: readonly Tranche[], awardYear: number): readonly YearPart[] | DomainError {
  const parts = new Map<number, number>();
  for (const tranche of schedule) {
    const year = fiscalYearOf(tranche.dueOn);
    if (year < awardYear) return GrantError.becauseTrancheBeforeAwardYear(tranche.trancheId, tranche.dueOn, awardYear);
    if (year - awardYear >= MAX_FISCAL_YEARS) return GrantError.becauseTooManyFiscalYears(tranche.trancheId, tranche.dueOn, awardYear, MAX_FISCAL_YEARS);
    parts.set(year, (parts.get(year) ?? 0) + tranche.amount);
  }
  return [...parts].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount: won(amount) }));
}

/** Proposals recorded before awards had year parts meant one part: the whole award in its year. */
export const singleYearParts = (year: number, amount: Won): readonly YearPart[] => [{ year, amount }];

/**
 * The fiscal year a tranche is paid from. A grant recorded before awards had year parts has one
 * part, its award's year, whatever its tranches' days: they are paid from that year's line.
 */
export function trancheYearOf(grant: { readonly year: number; readonly yearParts: readonly YearPart[] }, tranche: Pick<Tranche, 'dueOn'>): number {
  const year = fiscalYearOf(tranche.dueOn);
  return grant.yearParts.some((part) => part.year === year) ? year : grant.year;
}

/** What the grant paid from the line of `year`. */
export function disbursedIn(grant: Pick<ProposedGrant, 'year' | 'yearParts' | 'tranches'>, year: number): Won {
  const paid = grant.tranches.filter((tranche) => tranche.status === 'disbursed' && trancheYearOf(grant, tranche) === year);
  return won(paid.reduce((sum, tranche) => sum + tranche.amount, 0));
}

/** Releases recorded before awards had year parts went back to the award year's line. */
export function releasesOf(cancelled: GrantCancelled['data']): readonly YearPart[] {
  return cancelled.releases ?? [{ year: cancelled.year, amount: cancelled.released }];
}
