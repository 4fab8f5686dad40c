export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * Waits for `work` at most `ms`, answering TIMED_OUT when the time runs out. `work` itself goes on
 * (a driver call cannot be recalled), so its late failure is swallowed here rather than left as an
 * unhandled rejection; the timer never outlives the race.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  try {
    const outcome = await Promise.race([work, deadline]);
    if (outcome === TIMED_OUT) work.catch(() => undefined);
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}
