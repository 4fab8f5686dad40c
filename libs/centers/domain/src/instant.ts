// An instant must name its offset: a bare local time would be read in the server's time zone,
// which is exactly the ambient context the domain refuses to depend on.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO-8601 instant with an offset. Instants are compared
 * as numbers, not strings, because `…T09:00+09:00` and `…T00:00Z` are the same moment.
 * A malformed instant is a bug in the caller, not a business outcome, so it throws.
 */
export function instant(iso: string): number {
  const epochMs = ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an ISO-8601 instant with an offset: ${JSON.stringify(iso)}`);
  return epochMs;
}
