import type { RecordedEvent } from '@yunghap/event-store';

/** An event as the store hands it to projections, for tests that only care where and what it is. */
export function recordedEvent(position: number, streamId: string, type: string): RecordedEvent {
  return {
    eventId: `event-${position}`,
    type,
    data: {},
    metadata: {
      actor: { userId: 'mentor-lee', role: 'center-staff' },
      correlationId: 'correlation-1',
      causationId: null,
      occurredAt: '2026-04-01T10:00:00.000Z',
      schemaVersion: 1,
    },
    streamId,
    version: 1,
    position,
    recordedAt: '2026-04-01T10:00:00.000Z',
    hash: 'hash',
    previousHash: null,
  };
}
