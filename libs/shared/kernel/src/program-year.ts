import { Brand } from './brand';
import { koreanDayOf } from './korean-day';

/**
 * The program's year: the Korean calendar year (1 January to 31 December in Korea), by which the
 * budget, its lines and every award are kept. It is never typed in: it is the year of an instant.
 */
export type ProgramYear = Brand<number, 'ProgramYear'>;

/**
 * The program year an instant falls in, read in Korea: "2026-12-31T15:00:00Z" is already 2027.
 * Like `koreanDayOf`, a malformed instant throws.
 */
export function programYearOf(instant: string): ProgramYear {
  return Number(koreanDayOf(instant).slice(0, 4)) as ProgramYear;
}
