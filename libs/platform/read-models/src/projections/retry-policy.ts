/** How a projection waits between attempts after a failure. */
export interface RetryPolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** In [0, 1); replaceable so that tests see exact delays. */
  readonly random: () => number;
}

/** 250 ms, doubling up to 15 s: quick after a blip, one attempt every ~15 s through a long outage. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { initialDelayMs: 250, maxDelayMs: 15_000, random: Math.random };

/**
 * The wait before attempt `attempt + 1`: the capped exponential delay, of which a random half is
 * taken off so that the replicas of a service do not all hit a recovering store at once.
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  const capped = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(capped / 2 + (capped / 2) * policy.random());
}
