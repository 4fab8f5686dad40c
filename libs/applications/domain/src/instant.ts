// Times arrive as ISO 8601 strings from the command metadata or the service's facts; the
// kernel's `instantOf` reads them as moments.
/** For times already known to be valid (stored, or the platform's `now`): is `earlier` strictly before `later`? */
export function isBefore(earlier: string, later: string): boolean {
  return Date.parse(earlier) < Date.parse(later);
}
