import { Brand } from './brand';
import { isCalendarDate } from './calendar-date';
import { DomainError } from './domain-error';

/**
 * A day of the program's calendar, written "YYYY-MM-DD": the program runs on Korean days, so a
 * session held, a tranche due or an engagement started is a day in Korea, whatever the clock
 * of the machine. Days in this spelling compare as text ("2025-04-01" < "2025-04-02").
 */
export type KoreanDay = Brand<string, 'KoreanDay'>;

/** Korea Standard Time: UTC+9 all year (no daylight saving). */
const KST_OFFSET_MS = 9 * 3_600_000;

/**
 * Reads a day written "YYYY-MM-DD" that exists on the calendar.
 * Example: `parseKoreanDay('2024-02-29')` → `'2024-02-29'`; `parseKoreanDay('2025-02-29')` → CALENDAR_DAY.INVALID.
 */
export function parseKoreanDay(raw: string): KoreanDay | DomainError {
  return isCalendarDate(raw)
    ? (raw as KoreanDay)
    : new DomainError('CALENDAR_DAY.INVALID', 'rule', 'A day is written YYYY-MM-DD and must exist on the calendar');
}

/**
 * The day in Korea of an ISO-8601 instant, whatever offset it is written in
 * ("2025-03-31T20:00:00Z" → "2025-04-01"). A malformed instant is a bug in the caller (instants
 * reaching the domain are the platform's clock or already validated), so it throws.
 */
export function koreanDayOf(instant: string): KoreanDay {
  const epoch = Date.parse(instant);
  if (Number.isNaN(epoch)) throw new RangeError(`Not an ISO-8601 instant: ${instant}`);
  return new Date(epoch + KST_OFFSET_MS).toISOString().slice(0, 10) as KoreanDay;
}
