/**
 * Wakes whoever waits for new events: at once after an append made through this process, and on
 * the engine's own notice of other processes' appends (LISTEN/NOTIFY, a live subscription).
 */
export class AppendSignal {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly fromEngine: (listener: () => void) => () => void) {}

  /** Returns the function that stops listening. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    const stopEngine = this.fromEngine(listener);
    return () => {
      this.listeners.delete(listener);
      stopEngine();
    };
  }

  notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
