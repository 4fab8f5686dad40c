/**
 * Wakes whoever waits for new events: at once after an append made through this process, and on
 * the engine's own notice of other processes' appends (LISTEN/NOTIFY, a live subscription).
 */
export class AppendSignal {
  private readonly listeners = new Set<() => void>();
  private wakes = 0;

  constructor(private readonly fromEngine: (listener: () => void) => () => void) {}

  /**
   * Grows before any listener hears of an append: a read begun at an earlier generation may have
   * missed it, one begun at this generation or later has not (see coalesced-reads.ts).
   */
  get generation(): number {
    return this.wakes;
  }

  /** Returns the function that stops listening. */
  listen(listener: () => void): () => void {
    const wake = () => {
      this.wakes += 1;
      listener();
    };
    this.listeners.add(wake);
    const stopEngine = this.fromEngine(wake);
    return () => {
      this.listeners.delete(wake);
      stopEngine();
    };
  }

  notify(): void {
    this.wakes += 1;
    this.listeners.forEach((listener) => listener());
  }
}
