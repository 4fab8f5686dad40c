import { JsonValue } from '@yunghap/event-store';
import { ExpectedRevision } from './revisions';

/**
 * The few server operations the adapter uses, in its own terms. The real one wraps
 * @eventstore/db-client (client-gateway.ts); unit tests also use a model of the server
 * (testing/in-memory-eventstoredb.ts), so the adapter's logic is tested without a server.
 */
export interface EsdbGateway {
  /** An unknown stream reads as an empty array. */
  readStream(streamId: string, range: StreamRange): Promise<StoredEvent[]>;
  /** Reads a stream of links forwards from `fromRevision`, resolving each to the event it points to. */
  readLinks(streamId: string, fromRevision: bigint, maxCount?: number): Promise<ResolvedLink[]>;
  /** Reads $all forwards from `from`, system events included; the event at `from` itself may be included. */
  readAll(from: LogPosition | 'start', maxCount: number): Promise<LoggedEvent[]>;
  /** Throws `StreamRevisionConflict` when the stream is not at `expected`. */
  append(streamId: string, events: readonly EventToWrite[], expected: ExpectedRevision): Promise<void>;
  /** The stream's whole metadata document ({} when none), system keys included. */
  getStreamMetadata(streamId: string): Promise<Record<string, unknown>>;
  setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void>;
  /** Calls `listener` when events that are not system events are appended, by any client; returns the unregister function. */
  onAppended(listener: () => void): () => void;
  close(): Promise<void>;
}

export interface StreamRange {
  readonly direction: 'forwards' | 'backwards';
  readonly from: bigint | 'start' | 'end';
  readonly maxCount?: number;
}

/** A place in the server's transaction log, as reads of $all report it. Not consecutive: byte offsets. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** An event as the server returns it: `data` and `metadata` parsed when they are JSON, bytes otherwise. */
export interface StoredEvent {
  readonly streamId: string;
  /** 0-based place in its stream. */
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly created: Date;
}

export interface LoggedEvent extends StoredEvent {
  readonly position: LogPosition;
}

/** A link and the event it points to; `target` is undefined when that event no longer exists. */
export interface ResolvedLink {
  readonly link: StoredEvent;
  readonly target: StoredEvent | undefined;
}

export interface EventToWrite {
  readonly id: string;
  readonly type: string;
  /** JSON, or raw bytes (a link's `revision@stream`). */
  readonly data: JsonValue | Uint8Array;
  readonly metadata: JsonValue;
}

/** The stream was not at the revision the append expected: another writer got there first. */
export class StreamRevisionConflict extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} moved on before the append`);
    this.name = 'StreamRevisionConflict';
  }
}

/** Order in $all: by commit position, then prepare position. */
export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
