const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real day written "YYYY-MM-DD". Checked field by field because engines read some
 * impossible dates ("2025-02-30") as a later real one instead of refusing them.
 */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
}

/** Korea Standard Time: UTC+9 all year (no daylight saving). */
const KST_OFFSET_MS = 9 * 3_600_000;

/**
 * The calendar day in Korea of an ISO-8601 instant, whatever offset it is written in: the
 * program's days are Korean days ("2025-03-31T20:00:00Z" → "2025-04-01").
 */
export function koreanDayOf(instant: string): string {
  const epoch = Date.parse(instant);
  if (Number.isNaN(epoch)) throw new RangeError(`Not an ISO-8601 instant: ${instant}`);
  return new Date(epoch + KST_OFFSET_MS).toISOString().slice(0, 10);
}
