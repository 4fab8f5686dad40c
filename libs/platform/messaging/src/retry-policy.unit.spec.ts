import { backoffDelay, DEFAULT_RETRY_POLICY, retryPolicy } from './retry-policy';

describe('retry policy', () => {
  it('doubles the pause after each failed attempt, up to the cap', () => {
    const policy = retryPolicy({ attempts: 6, baseDelayMs: 100, maxDelayMs: 500 });
    expect([1, 2, 3, 4, 5].map((failed) => backoffDelay(policy, failed))).toEqual([100, 200, 400, 500, 500]);
  });

  it('fills what is not given from the defaults', () => {
    expect(retryPolicy({ attempts: 2 })).toEqual({ ...DEFAULT_RETRY_POLICY, attempts: 2 });
  });

  it.each([{ attempts: 0 }, { attempts: 2.5 }, { baseDelayMs: -1 }, { baseDelayMs: 500, maxDelayMs: 100 }])('refuses %o', (overrides) => {
    expect(() => retryPolicy(overrides)).toThrow(RangeError);
  });
});
