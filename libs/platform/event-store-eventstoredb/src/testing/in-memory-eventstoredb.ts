import { randomUUID } from 'node:crypto';
import { JsonValue } from '@yunghap/event-store';
import {
  compareLogPositions,
  EsdbGateway,
  EventToWrite,
  LoggedEvent,
  LogPosition,
  ResolvedLink,
  StoredEvent,
  StreamRange,
  StreamRevisionConflict,
} from '../esdb-gateway';
import { linkTargetOf, parseLinkTarget } from '../link-target';
import { ExpectedRevision } from '../revisions';

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A model of the server, as far as the adapter relies on it, for unit tests: streams with
 * 0-based revisions checked against the expected one, a single $all log whose positions grow
 * with gaps, link resolution, stream metadata as `$metadata` events in `$$` streams, and live
 * notice of appends that are not system events. Every call yields first, so that concurrent
 * callers interleave as network calls do. It is a model, not the server: the contract runs
 * against a real one in eventstoredb-event-store.int.spec.ts.
 */
export class InMemoryEventStoreDb {
  private readonly streams = new Map<string, LoggedEvent[]>();
  private readonly log: LoggedEvent[] = [];
  private readonly listeners = new Set<() => void>();
  private nextPosition = 4096n;

  /** A client connection; several connections to one model behave like several processes. */
  connect(): EsdbGateway {
    return new InMemoryConnection(this);
  }

  /** Appends as some other client would, behind the adapter's back (system noise, foreign writers). */
  write(streamId: string, events: readonly EventToWrite[]): void {
    this.append(streamId, events, 'any');
  }

  append(streamId: string, events: readonly EventToWrite[], expected: ExpectedRevision | 'any'): void {
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? 'no_stream' : BigInt(stream.length - 1);
    if (expected !== 'any' && expected !== current) throw new StreamRevisionConflict(streamId);
    for (const event of events) {
      const recorded: LoggedEvent = {
        streamId,
        revision: BigInt(stream.length),
        id: event.id.toLowerCase(),
        type: event.type,
        data: event.data instanceof Uint8Array ? Uint8Array.from(event.data) : throughJson(event.data),
        metadata: throughJson(event.metadata),
        created: new Date(),
        position: { commit: this.nextPosition, prepare: this.nextPosition },
      };
      this.nextPosition += 137n;
      stream.push(recorded);
      this.log.push(recorded);
    }
    this.streams.set(streamId, stream);
    if (events.some((event) => !event.type.startsWith('$'))) this.listeners.forEach((listener) => setImmediate(listener));
  }

  readStream(streamId: string, { direction, from, maxCount = Number.MAX_SAFE_INTEGER }: StreamRange): StoredEvent[] {
    const stream = this.streams.get(streamId) ?? [];
    if (direction === 'forwards') {
      const start = from === 'start' ? 0 : from === 'end' ? stream.length : Number(from);
      return stream.slice(start, start + maxCount);
    }
    const start = from === 'end' ? stream.length - 1 : Math.min(Number(from), stream.length - 1);
    return stream.slice(Math.max(0, start - maxCount + 1), start + 1).reverse();
  }

  resolve(link: StoredEvent): StoredEvent | undefined {
    const { streamId, revision } = parseLinkTarget(linkTargetOf(link));
    return this.streams.get(streamId)?.[Number(revision)];
  }

  /** Like the server, includes the event at `from` itself. */
  readAll(from: LogPosition | 'start', maxCount: number): LoggedEvent[] {
    const start = from === 'start' ? 0 : this.log.findIndex((event) => compareLogPositions(event.position, from) >= 0);
    return start < 0 ? [] : this.log.slice(start, start + maxCount);
  }

  streamMetadata(streamId: string): Record<string, unknown> {
    const [last] = this.readStream(`$$${streamId}`, { direction: 'backwards', from: 'end', maxCount: 1 });
    return (last?.data as Record<string, unknown> | undefined) ?? {};
  }

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

class InMemoryConnection implements EsdbGateway {
  private closed = false;
  private readonly stopListening = new Set<() => void>();

  constructor(private readonly server: InMemoryEventStoreDb) {}

  async readStream(streamId: string, range: StreamRange): Promise<StoredEvent[]> {
    await this.call();
    return this.server.readStream(streamId, range);
  }

  async readLinks(streamId: string, fromRevision: bigint, maxCount?: number): Promise<ResolvedLink[]> {
    await this.call();
    return this.server
      .readStream(streamId, { direction: 'forwards', from: fromRevision, maxCount })
      .map((link) => ({ link, target: this.server.resolve(link) }));
  }

  async readAll(from: LogPosition | 'start', maxCount: number): Promise<LoggedEvent[]> {
    await this.call();
    return this.server.readAll(from, maxCount);
  }

  async append(streamId: string, events: readonly EventToWrite[], expected: ExpectedRevision): Promise<void> {
    await this.call();
    this.server.append(streamId, events, expected);
  }

  async getStreamMetadata(streamId: string): Promise<Record<string, unknown>> {
    await this.call();
    return this.server.streamMetadata(streamId);
  }

  async setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void> {
    await this.call();
    this.server.write(`$$${streamId}`, [{ id: randomUUID(), type: '$metadata', data: throughJson(metadata), metadata: null }]);
  }

  onAppended(listener: () => void): () => void {
    const stop = this.server.listen(listener);
    this.stopListening.add(stop);
    return () => {
      this.stopListening.delete(stop);
      stop();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening.forEach((stop) => stop());
  }

  private async call(): Promise<void> {
    await yieldToOthers();
    if (this.closed) throw new Error('The connection is closed');
  }
}

/** What a value becomes once stored as JSON and read back. */
function throughJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
