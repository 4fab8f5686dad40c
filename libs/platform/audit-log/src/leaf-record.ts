import type { JsonValue, RecordedEvent } from '@yunghap/event-store';
import { leafHash } from '@yunghap/transparency-log';
import { canonicalJson } from './canonical-json';

/**
 * The leaf data of an event in its service's Merkle tree: every stored field, the stream's chain
 * hash included, as canonical JSON. Verifiers hash these bytes as they are and need not rebuild
 * them, so a verifier in another language only needs SHA-256.
 * Example: `{"data":{…},"eventId":"…","hash":"…","metadata":{…},"position":1,"previousHash":null,…}`
 */
export function leafRecord(event: RecordedEvent): string {
  const record: { [key: string]: JsonValue } = {
    position: event.position,
    streamId: event.streamId,
    version: event.version,
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as JsonValue,
    recordedAt: event.recordedAt,
    hash: event.hash,
    previousHash: event.previousHash,
  };
  return canonicalJson(record);
}

/** Positions count from 1 without gaps, leaves from 0. */
export function leafIndexOf(position: number): number {
  return position - 1;
}

export function leafHashOf(event: RecordedEvent): Uint8Array {
  return leafHash(Buffer.from(leafRecord(event), 'utf8'));
}
