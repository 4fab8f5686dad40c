import { isCalendarDate } from './calendar-date';

// An instant must name its offset: a bare local time would be read in the server's time zone,
// which is exactly the ambient context the domain refuses to depend on.
const ZONED_ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Milliseconds since the epoch of an ISO-8601 date-time with an offset, or `undefined` for
 * anything else. Every field is checked, because engines read "2025-02-30" as 2 March; and
 * instants are compared as numbers, since "09:00+09:00" and "00:00Z" are the same moment.
 */
export function instantOf(iso: string): number | undefined {
  const match = ZONED_ISO.exec(iso);
  if (!match) return undefined;
  const [date, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
  const fieldsValid = Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
  return fieldsValid && isCalendarDate(date) ? Date.parse(iso) : undefined;
}

/**
 * The moment of an instant already known to be valid (stored, or the platform's clock), as
 * milliseconds since the epoch, for comparing instants written with different offsets.
 * A malformed one is a bug in the caller, so it throws rather than compare as NaN.
 * Example: `momentOf(now) < momentOf(call.closesAt)`.
 */
export function momentOf(iso: string): number {
  const epochMs = instantOf(iso);
  if (epochMs === undefined) throw new RangeError(`Not an ISO-8601 instant with an offset: ${JSON.stringify(iso)}`);
  return epochMs;
}
