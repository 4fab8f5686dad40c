import type { Logger } from 'pino';

/** First pause after a failure; it doubles up to the cap, with jitter so restarted services do not retry in step. */
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 10_000;

export interface Attempt {
  readonly what: string;
  /** The latest failure, until an attempt succeeds. */
  lastError: Error | null;
  attempts: number;
}

/**
 * Runs `operation` until it succeeds or `signal` aborts (then resolves false): a service that
 * starts while an engine is down comes up by itself once the engine is back, and says meanwhile,
 * through `attempt`, what it is waiting for.
 */
export async function keepTrying(attempt: Attempt, operation: () => Promise<void>, signal: AbortSignal, logger: Logger): Promise<boolean> {
  for (let pause = FIRST_PAUSE_MS; !signal.aborted; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
    try {
      attempt.attempts += 1;
      await operation();
      attempt.lastError = null;
      return true;
    } catch (error) {
      attempt.lastError = error instanceof Error ? error : new Error(String(error));
      logger.warn({ err: error, step: attempt.what, attempts: attempt.attempts }, 'start-up step failed; retrying');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pause / 2 + Math.random() * (pause / 2));
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        signal.addEventListener('abort', done, { once: true });
      });
    }
  }
  return false;
}
