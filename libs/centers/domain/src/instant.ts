import { instantOf } from '@yunghap/kernel';

/** The moment of a zoned ISO-8601 instant; a malformed one is a bug in the caller, so it throws. */
export function instant(iso: string): number {
  const epochMs = instantOf(iso);
  if (epochMs === undefined) throw new RangeError(`Not an ISO-8601 instant with an offset: ${JSON.stringify(iso)}`);
  return epochMs;
}
