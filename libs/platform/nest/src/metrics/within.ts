import { TIMED_OUT, withinDeadline } from '@yunghap/event-store';

/** `work`'s value, or `fallback` when it fails or takes longer than `ms`: a scrape or a health check never waits on a hung engine. */
export async function within<T>(ms: number, work: () => Promise<T>, fallback: T): Promise<T> {
  const outcome = await withinDeadline(
    work().catch(() => fallback),
    ms,
  );
  return outcome === TIMED_OUT ? fallback : outcome;
}
