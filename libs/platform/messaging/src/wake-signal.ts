/**
 * A wake-up that is not lost when it fires while nobody waits: the next `wait` then returns at
 * once. Loops use it to sleep until there may be work, a polling bound, or an abort.
 */
export class WakeSignal {
  private pending = false;
  private wake: (() => void) | null = null;

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  /** `timeoutMs` undefined waits for `notify` or the abort only. */
  wait(timeoutMs: number | undefined, abort: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        this.wake = null;
        this.pending = false;
        resolve();
      };
      if (this.pending || abort.aborted) {
        this.pending = false;
        return resolve();
      }
      const timer = timeoutMs === undefined ? undefined : setTimeout(done, timeoutMs);
      this.wake = done;
      abort.addEventListener('abort', done, { once: true });
    });
  }
}
