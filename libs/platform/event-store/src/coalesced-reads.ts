import { ReadAllOptions, RecordedEvent } from './event-store.port';

/**
 * Lets the subscriptions of one process share a read of the global log. An append wakes every
 * caught-up subscription of the process at once, all at the same position (a service has a dozen
 * projections and consumers), and each would otherwise send the same query: a dozen queries per
 * append, most of the event store's load in the distributed mode. A read joins one in flight only
 * for the same range and the same append generation: a read begun before the latest append signal
 * may have missed that append, so whoever was woken by it reads anew.
 *
 * The events handed out are shared between the subscriptions and must not be changed.
 */
export class CoalescedReads {
  private readonly inFlight = new Map<string, Promise<RecordedEvent[]>>();

  constructor(
    private readonly read: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
    private readonly generation: () => number,
  ) {}

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const key = `${this.generation()}:${options.after ?? 0}:${options.maxCount ?? ''}`;
    const pending = this.inFlight.get(key);
    if (pending !== undefined) return pending;
    const started = this.read(options).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
