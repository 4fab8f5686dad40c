import { Actor } from '@yunghap/kernel';
import type { TraceContext } from '@yunghap/telemetry';

/** JSON values only: events are stored as JSON and hashed in a canonical JSON form. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Metadata every stored event carries, for the audit trail and for tracing a process across services. */
export interface EventMetadata {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly occurredAt: string;
  readonly schemaVersion: number;
  /** The span the event was decided in (absent when tracing was off), so what it causes later joins that trace. */
  readonly traceContext?: TraceContext;
}

/** An event about to be appended. `eventId` makes re-appending the same event a no-op. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: JsonValue;
  readonly metadata: EventMetadata;
}

/** An event as stored: its place in its stream (1-based `version`) and in the global order (`position`). */
export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly recordedAt: string;
  /** SHA-256 over the event's content and `previousHash`: the stream's hash chain. */
  readonly hash: string;
  readonly previousHash: string | null;
}

/**
 * What the writer believes about the stream: `no-stream` (must not exist yet), `any`
 * (no check), `stream-exists`, or the exact version of its last event.
 */
export type ExpectedVersion = 'no-stream' | 'any' | 'stream-exists' | number;

/** An integration message written in the same transaction as the events (the outbox). */
export interface OutboxMessage {
  readonly messageId: string;
  readonly topic: string;
  readonly key: string;
  readonly type: string;
  readonly payload: JsonValue;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
  readonly outbox?: readonly OutboxMessage[];
}

export interface AppendResult {
  /** The stream's version after the append: pass it as the next `expectedVersion`. */
  readonly nextExpectedVersion: number;
  /** Global position of the last event of this append (of the existing one when it was a replay). */
  readonly lastPosition: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first (forwards) or last (backwards) event. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position greater than this one. 0 reads from the start. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: the position of the last event the subscriber has handled (0 = none). */
  readonly after: number;
  /** Called in global order, one event at a time; the next call waits for the returned promise. */
  readonly onEvent: (event: RecordedEvent) => Promise<void>;
  /** Called when `onEvent` or the store fails; the subscription stops. */
  readonly onError?: (error: unknown) => void;
  /** Called after each batch, once caught up with everything visible at the time. */
  readonly onCaughtUp?: (position: number) => void;
}

export interface Subscription {
  /** Position of the last event handed to `onEvent` and completed. */
  readonly position: number;
  stop(): Promise<void>;
}

export type StreamMetadata = Readonly<Record<string, JsonValue>>;

export interface ChainBreak {
  readonly streamId: string;
  readonly version: number;
  readonly position: number | null;
  readonly reason: string;
}

/** `ok` when every chain checked holds; otherwise the first event whose chain breaks. */
export interface VerifyReport {
  readonly ok: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly firstBreak: ChainBreak | null;
}

/**
 * The event store: the audit log of every decision. Append-only; nothing is updated or deleted.
 * Example:
 *   await store.appendToStream('grant-42', [event], { expectedVersion: 'no-stream' });
 *   const events = await store.readStream('grant-42');
 */
export interface EventStore {
  /** Throws `WrongExpectedVersionError` when `expectedVersion` does not hold. Atomic for all events. */
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** An unknown stream reads as an empty array. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription: every event after the checkpoint, in order, then live ones. */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  /** Position of the newest event (0 when empty): subscribers compare it to theirs to report lag. */
  headPosition(): Promise<number>;
  getStreamMetadata(streamId: string): Promise<StreamMetadata>;
  setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void>;
  /** Walks the hash chain of one stream, or of every stream. */
  verify(scope: { readonly streamId: string } | 'all'): Promise<VerifyReport>;
  close(): Promise<void>;
}
