import { Actor } from '@yunghap/kernel';
import type { TraceContext } from '@yunghap/telemetry';
import { JsonValue, RecordedEvent } from '@yunghap/event-store';
import { EventToWrite, StoredEvent } from './esdb-gateway';
import { ChainedEvent } from './hash-chain';
import { versionOf } from './revisions';

/** Our fields in an event's metadata live under this key; its presence marks an event as the store's. */
const OWN_KEY = 'yunghap';

/** An event of the store as read from the server: what the port returns, minus its global position. */
export interface DecodedEvent extends ChainedEvent {
  readonly recordedAt: string;
  /** The store's head position observed before the event was written: its own position is greater. */
  readonly headBefore: number;
}

/**
 * Correlation and causation go under the server's own `$correlationId` / `$causationId` keys,
 * so that its projections (`$by_correlation_id`) see them; the rest under `yunghap`.
 */
export function encodeEvent(event: ChainedEvent, headBefore: number): EventToWrite {
  const { actor, correlationId, causationId, occurredAt, schemaVersion, traceContext } = event.metadata;
  return {
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: {
      $correlationId: correlationId,
      ...(causationId === null ? {} : { $causationId: causationId }),
      [OWN_KEY]: {
        actor: { ...actor },
        occurredAt,
        schemaVersion,
        hash: event.hash,
        previousHash: event.previousHash,
        headBefore,
        ...(traceContext && { traceContext: { ...traceContext } }),
      },
    },
  };
}

/** The event as the store wrote it, or `null` when it was not written through the store. */
export function decodeEvent(stored: StoredEvent): DecodedEvent | null {
  const metadata = asRecord(stored.metadata);
  const own = asRecord(metadata?.[OWN_KEY]);
  if (!metadata || !own || stored.data instanceof Uint8Array) return null;
  const { $correlationId: correlationId, $causationId: causationId = null } = metadata;
  const { actor, occurredAt, schemaVersion, hash, previousHash, headBefore, traceContext } = own;
  const valid =
    typeof correlationId === 'string' &&
    (causationId === null || typeof causationId === 'string') &&
    isActor(actor) &&
    typeof occurredAt === 'string' &&
    typeof schemaVersion === 'number' &&
    typeof hash === 'string' &&
    (previousHash === null || typeof previousHash === 'string') &&
    typeof headBefore === 'number' &&
    (traceContext === undefined || isTraceContext(traceContext));
  if (!valid) return null;
  return {
    streamId: stored.streamId,
    version: versionOf(stored.revision),
    eventId: stored.id,
    type: stored.type,
    data: stored.data as JsonValue,
    metadata: { actor, correlationId, causationId, occurredAt, schemaVersion, ...(traceContext !== undefined && { traceContext }) },
    recordedAt: stored.created.toISOString(),
    hash,
    previousHash,
    headBefore,
  };
}

export function toRecordedEvent(event: DecodedEvent, position: number): RecordedEvent {
  const { streamId, version, eventId, type, data, metadata, recordedAt, hash, previousHash } = event;
  return { eventId, type, data, metadata, streamId, version, position, recordedAt, hash, previousHash };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) ? (value as Record<string, unknown>) : null;
}

function isTraceContext(value: unknown): value is TraceContext {
  const traceContext = asRecord(value);
  return (
    traceContext !== null &&
    typeof traceContext.traceparent === 'string' &&
    (traceContext.tracestate === undefined || typeof traceContext.tracestate === 'string')
  );
}

function isActor(value: unknown): value is Actor {
  const actor = asRecord(value);
  return actor !== null && typeof actor.userId === 'string' && typeof actor.role === 'string';
}
