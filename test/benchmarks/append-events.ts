import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@yunghap/event-store';
import { perSecond } from './record';

/** The event the append benchmarks write: a grant commitment of realistic size. */
export function benchEvent(i: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'GrantCommitted',
    data: { grantId: `grant-${i}`, amountWon: 250_000_000, lineId: 'advanced-technology-innovation' },
    metadata: {
      actor: { userId: 'pm-bench', role: 'program-manager' },
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Appends `total` events (`eventOf` each), `batch` to a new stream at a time, flat out; returns the rate in events per second. */
export async function appendAll(
  store: Pick<EventStore, 'appendToStream'>,
  total: number,
  batch: number,
  eventOf: (i: number, n: number) => NewEvent = benchEvent,
): Promise<number> {
  const started = process.hrtime.bigint();
  for (let n = 0; n < total / batch; n += 1) {
    await store.appendToStream(
      `grant-${n}`,
      Array.from({ length: batch }, (_, i) => eventOf(i, n)),
      { expectedVersion: 'no-stream' },
    );
  }
  return perSecond(total, process.hrtime.bigint() - started);
}
