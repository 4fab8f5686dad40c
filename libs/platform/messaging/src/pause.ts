/** Resolves after `ms`, or as soon as `abort` fires: a stopping loop must not sit out its back-off. */
export function pause(ms: number, abort: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      abort.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (abort.aborted) done();
    else abort.addEventListener('abort', done, { once: true });
  });
}
