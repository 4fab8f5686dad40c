import type { ReadAllOptions, RecordedEvent } from './event-store.port';

const BATCH = 1_000;

/**
 * Every event of a store in global order, read a batch at a time: for the rare reads that must
 * see the whole log (an evidence part, the erasure requests) without holding it all at once.
 * Example: `for await (const event of wholeLog(store)) if (event.type === 'X') …`
 */
export async function* wholeLog(source: { readAll(options: ReadAllOptions): Promise<RecordedEvent[]> }): AsyncGenerator<RecordedEvent> {
  for (let after = 0; ;) {
    const events = await source.readAll({ after, maxCount: BATCH });
    yield* events;
    if (events.length < BATCH) return;
    after = events[events.length - 1].position;
  }
}
