// Times arrive as ISO 8601 strings from the command metadata or the service's facts. They are
// compared as instants, never as text: "09:00+09:00" and "00:00Z" are the same moment.
const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or `undefined` for anything but a zoned ISO 8601 date-time. */
export function instantOf(iso: string): number | undefined {
  const match = ISO_WITH_ZONE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1, 4).map(Number);
  // Date.parse rolls 30 February over into March; a calendar date must exist as written.
  const calendarDate = new Date(Date.UTC(year, month - 1, day));
  if (calendarDate.getUTCMonth() !== month - 1 || calendarDate.getUTCDate() !== day) return undefined;
  return Date.parse(iso);
}

/** For times already known to be valid (stored, or the platform's `now`): is `earlier` strictly before `later`? */
export function isBefore(earlier: string, later: string): boolean {
  return Date.parse(earlier) < Date.parse(later);
}
