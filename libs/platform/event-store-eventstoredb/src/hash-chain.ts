import { createHash } from 'node:crypto';
import { EventMetadata, JsonValue, NewEvent } from '@yunghap/event-store';
import { canonicalJson } from './canonical-json';

/** An event with its place in its stream and its link in the stream's hash chain. */
export interface ChainedEvent {
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: JsonValue;
  readonly metadata: EventMetadata;
  readonly hash: string;
  readonly previousHash: string | null;
}

/** SHA-256 (hex) over the canonical JSON of the event's content, its place and its predecessor's hash. */
export function eventHash(event: Omit<ChainedEvent, 'hash'>): string {
  const { streamId, version, eventId, type, data, metadata, previousHash } = event;
  const content = canonicalJson({ previousHash, streamId, version, eventId, type, data, metadata });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/**
 * Chains `events` after a stream's last event (`version`, `previousHash`). Ids are lower-cased and
 * metadata cut down to the port's fields, because that is what reads back from the server and the
 * hash must be recomputable from what reads back.
 */
export function chainEvents(streamId: string, version: number, previousHash: string | null, events: readonly NewEvent[]): ChainedEvent[] {
  const chained: ChainedEvent[] = [];
  let previous = previousHash;
  events.forEach((event, index) => {
    const unhashed = {
      streamId,
      version: version + index + 1,
      eventId: event.eventId.toLowerCase(),
      type: event.type,
      data: event.data,
      metadata: portMetadata(event.metadata),
      previousHash: previous,
    };
    const hash = eventHash(unhashed);
    chained.push({ ...unhashed, hash });
    previous = hash;
  });
  return chained;
}

function portMetadata(metadata: EventMetadata): EventMetadata {
  const { actor, correlationId, causationId, occurredAt, schemaVersion, traceContext } = metadata;
  const traced = traceContext && {
    traceContext: { traceparent: traceContext.traceparent, ...(traceContext.tracestate !== undefined && { tracestate: traceContext.tracestate }) },
  };
  return { actor: { userId: actor.userId, role: actor.role }, correlationId, causationId, occurredAt, schemaVersion, ...traced };
}
