import { instantOf } from '@yunghap/kernel';

/**
 * True for an ISO-8601 date-time with an explicit offset that names a real moment. Ranking
 * compares these instants, so the order must be the same on every engine.
 */
export function isIsoInstant(value: string): boolean {
  return instantOf(value) !== undefined;
}
