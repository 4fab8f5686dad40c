/** How a consumer retries a failing handler before it parks the message on the dead-letter topic. */
export interface RetryPolicy {
  /** Handler calls in all, the first one included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

/** The pause after the n-th failed attempt: base, 2 × base, 4 × base…, never above the cap. */
export function backoffDelay(policy: RetryPolicy, failedAttempts: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
}

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  if (!Number.isSafeInteger(policy.attempts) || policy.attempts < 1) throw new RangeError(`retry attempts must be a positive integer, got ${policy.attempts}`);
  if (policy.baseDelayMs < 0 || policy.maxDelayMs < policy.baseDelayMs) {
    throw new RangeError(`retry delays must satisfy 0 <= base (${policy.baseDelayMs}) <= max (${policy.maxDelayMs})`);
  }
  return policy;
}
