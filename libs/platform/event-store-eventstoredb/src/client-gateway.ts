import {
  AllStreamRecordedEvent,
  binaryEvent,
  END,
  EventData,
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  JSONType,
  RecordedEvent as ClientRecordedEvent,
  ResolvedEvent,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import { EsdbGateway, EventToWrite, LoggedEvent, LogPosition, ResolvedLink, StoredEvent, StreamRange, StreamRevisionConflict } from './esdb-gateway';
import { ExpectedRevision } from './revisions';

/** The gateway over a real server, through @eventstore/db-client. */
export class ClientGateway implements EsdbGateway {
  constructor(private readonly client: EventStoreDBClient) {}

  async readStream(streamId: string, range: StreamRange): Promise<StoredEvent[]> {
    const read = this.client.readStream(streamId, { direction: range.direction, fromRevision: range.from, maxCount: range.maxCount });
    return collect(read, (resolved) => (resolved.event ? [toStoredEvent(resolved.event)] : []));
  }

  async readLinks(streamId: string, fromRevision: bigint, maxCount?: number): Promise<ResolvedLink[]> {
    const read = this.client.readStream(streamId, { direction: 'forwards', fromRevision, maxCount, resolveLinkTos: true });
    return collect(read, toResolvedLink);
  }

  async readAll(from: LogPosition | 'start', maxCount: number): Promise<LoggedEvent[]> {
    const read = this.client.readAll({ direction: 'forwards', fromPosition: from === 'start' ? START : from, maxCount });
    const events: LoggedEvent[] = [];
    for await (const resolved of read) if (resolved.event) events.push(toLoggedEvent(resolved.event));
    return events;
  }

  async append(streamId: string, events: readonly EventToWrite[], expected: ExpectedRevision): Promise<void> {
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision: expected });
      // A connection string with throwOnAppendFailure=false reports the conflict instead of throwing it.
      if (!result.success) throw new StreamRevisionConflict(streamId);
    } catch (error) {
      throw error instanceof ClientWrongExpectedVersionError ? new StreamRevisionConflict(streamId) : error;
    }
  }

  async getStreamMetadata(streamId: string): Promise<Record<string, unknown>> {
    return (await this.client.getStreamMetadata(streamId)).metadata ?? {};
  }

  async setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void> {
    await this.client.setStreamMetadata(streamId, metadata);
  }

  onAppended(listener: () => void): () => void {
    const subscription = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    subscription.on('data', listener);
    // This subscription only wakes subscribers early; their polling bound keeps them correct
    // without it, so a dropped connection here costs latency, not events.
    subscription.on('error', () => undefined);
    return () => void subscription.unsubscribe().catch(() => undefined);
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

/** Reads a whole server read into an array; a stream that does not exist reads as empty. */
async function collect<T>(read: AsyncIterable<ResolvedEvent>, convert: (resolved: ResolvedEvent) => T[]): Promise<T[]> {
  const items: T[] = [];
  try {
    for await (const resolved of read) items.push(...convert(resolved));
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return items;
}

export function toStoredEvent(recorded: ClientRecordedEvent): StoredEvent {
  const { streamId, revision, id, type, data, metadata, created } = recorded;
  return { streamId, revision, id, type, data, metadata, created };
}

export function toLoggedEvent(recorded: AllStreamRecordedEvent): LoggedEvent {
  return { ...toStoredEvent(recorded), position: recorded.position };
}

/**
 * With link resolution on, the server returns a link as `link` with its target as `event`
 * (absent when the target is gone), and anything that is not a link as `event` alone.
 */
export function toResolvedLink(resolved: ResolvedEvent): ResolvedLink[] {
  if (resolved.link) return [{ link: toStoredEvent(resolved.link), target: resolved.event && toStoredEvent(resolved.event) }];
  return resolved.event ? [{ link: toStoredEvent(resolved.event), target: undefined }] : [];
}

export function toEventData(event: EventToWrite): EventData {
  const { id, type, data, metadata } = event;
  if (data instanceof Uint8Array) return binaryEvent({ id, type, data, metadata });
  // The client's JSONType leaves out top-level numbers, booleans and null, which it stores all the same.
  return jsonEvent({ id, type, data: data as JSONType, metadata });
}
