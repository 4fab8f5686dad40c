import { isCalendarDate } from '@yunghap/kernel';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * True for an ISO-8601 date-time with an explicit offset ("2025-03-01T09:00:00+09:00") that names a
 * real moment. Ranking compares these instants, so the order must be the same everywhere; engines
 * differ on other strings, and V8 even reads "2025-02-30" as 2 March, so every field is checked here.
 */
export function isIsoInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [hour, minute, second, offsetHours, offsetMinutes] = match.slice(4).map((field) => Number(field ?? 0));
  return (
    isCalendarDate(value.slice(0, 10)) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}
