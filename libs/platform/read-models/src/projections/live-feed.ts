import type { EventStore, RecordedEvent, Subscription } from '@yunghap/event-store';

export type EventSource = Pick<EventStore, 'readAll' | 'subscribeToAll' | 'headPosition'>;

/**
 * The event store's live subscription as a queue the projection takes batches from: one event
 * when traffic is light (no added latency for read-your-writes), everything that piled up during
 * a burst in one batch (one read and one bulk write instead of one each per event). The
 * subscription waits while the queue is full, so a slow store holds back reading, not memory.
 */
export class LiveFeed {
  private readonly queue: RecordedEvent[] = [];
  private readonly subscription: Subscription;
  private failure: { readonly error: unknown } | null = null;
  private closed = false;
  private wakeTaker: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  constructor(
    source: EventSource,
    after: number,
    private readonly capacity: number,
  ) {
    this.subscription = source.subscribeToAll({
      after,
      onEvent: async (event) => {
        this.queue.push(event);
        this.wakeTaker?.();
        while (this.queue.length >= this.capacity && !this.closed) await new Promise<void>((resolve) => (this.wakeProducer = resolve));
      },
      onError: (error) => {
        this.failure = { error };
        this.wakeTaker?.();
      },
    });
  }

  /** Up to `max` events, waiting for the first; none once closed. Rejects when the subscription failed. */
  async take(max: number): Promise<RecordedEvent[]> {
    while (this.queue.length === 0 && this.failure === null && !this.closed) await new Promise<void>((resolve) => (this.wakeTaker = resolve));
    this.wakeTaker = null;
    if (this.failure !== null) throw this.failure.error;
    const batch = this.queue.splice(0, max);
    this.wakeProducer?.();
    this.wakeProducer = null;
    return batch;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeProducer?.();
    this.wakeTaker?.();
    await this.subscription.stop();
  }
}
