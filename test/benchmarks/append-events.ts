import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@yunghap/event-store';

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
