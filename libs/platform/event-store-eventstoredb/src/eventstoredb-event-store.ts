import { EventStoreDBClient } from '@eventstore/db-client';
import {
  AppendOptions,
  AppendResult,
  AppendSignal,
  catchUpSubscription,
  CatchUpTuning,
  ChainBreak,
  DEFAULT_CATCH_UP_TUNING,
  EventStore,
  NewEvent,
  PartialReplayError,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamMetadata,
  SubscribeToAllOptions,
  Subscription,
  VerifyReport,
  WrongExpectedVersionError,
} from '@yunghap/event-store';
import { findChainFault } from './chain-verifier';
import { ClientGateway } from './client-gateway';
import { EsdbGateway, StoredEvent, StreamRevisionConflict } from './esdb-gateway';
import { decodeEvent, DecodedEvent, encodeEvent, toRecordedEvent } from './event-codec';
import { GlobalOrder } from './global-order';
import { chainEvents } from './hash-chain';
import { OutboxUnsupportedError } from './outbox-unsupported-error';
import { assertExpectedVersion, expectationHolds, expectedRevisionAt, readStart, revisionOf, versionOf } from './revisions';
import { ownStreamMetadata, withOwnStreamMetadata } from './stream-metadata';

export interface EventStoreDbOptions {
  readonly tuning?: CatchUpTuning;
}

interface StreamCheck {
  readonly events: number;
  readonly firstBreak: ChainBreak | null;
}

/**
 * The event store on EventStoreDB / KurrentDB. Streams are the server's own streams, so its
 * optimistic concurrency, projections and tools work on them; the store adds the hash chain
 * (computed here, kept in each event's metadata) and a gap-free global order (the links of
 * `$yunghap-positions`, see global-order.ts and README.md). Not a `TransactionalEventStore`: the
 * server commits one stream per append and holds no lock between a read and an append.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly order: GlobalOrder;
  private readonly appended: AppendSignal;
  private readonly tuning: CatchUpTuning;

  constructor(
    private readonly gateway: EsdbGateway,
    options: EventStoreDbOptions = {},
  ) {
    this.appended = new AppendSignal((listener) => gateway.onAppended(listener));
    this.order = new GlobalOrder(gateway, (event) => !event.streamId.startsWith('$') && decodeEvent(event) !== null);
    this.tuning = options.tuning ?? DEFAULT_CATCH_UP_TUNING;
  }

  /**
   * Always appends with the exact revision it read, whatever the caller expects: each event's hash
   * covers its predecessor's, so an `any` append that landed after someone else's would break the
   * chain. When the stream moved meanwhile, it reads again and decides again, as a lock would.
   */
  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError(`Nothing to append to stream ${streamId}`);
    if (streamId.startsWith('$')) throw new RangeError(`Stream ids starting with $ are reserved by the server: ${streamId}`);
    assertExpectedVersion(options.expectedVersion);
    // Dropping them would lose integration events; see README.md for how they could ride along instead.
    if (options.outbox?.length) throw new OutboxUnsupportedError(streamId);
    for (;;) {
      const [stored, headBefore] = await Promise.all([this.gateway.readStream(streamId, { direction: 'forwards', from: 'start' }), this.order.head()]);
      const ids = new Set(events.map((event) => event.eventId.toLowerCase()));
      const replayed = stored.filter((event) => ids.has(event.id));
      const last = stored.at(-1);
      const actual = last ? versionOf(last.revision) : 0;
      if (replayed.length > 0) {
        if (replayed.length < events.length) throw new PartialReplayError(streamId, replayed[0].id);
        const [lastPosition] = await this.positionsOf(streamId, [this.decoded(replayed[replayed.length - 1])]);
        return { nextExpectedVersion: actual, lastPosition };
      }
      if (!expectationHolds(options.expectedVersion, actual)) throw new WrongExpectedVersionError(streamId, options.expectedVersion, actual);

      const chained = chainEvents(streamId, actual, last ? this.decoded(last).hash : null, events);
      try {
        await this.gateway.append(
          streamId,
          chained.map((event) => encodeEvent(event, headBefore)),
          expectedRevisionAt(actual),
        );
      } catch (error) {
        if (error instanceof StreamRevisionConflict) continue;
        throw error;
      }
      // Just written, so not linked yet unless another process was quick: link it first.
      await this.order.catchUp();
      const newest = chained[chained.length - 1];
      const [lastPosition] = await this.order.positionsOf([{ streamId, revision: revisionOf(newest.version), after: headBefore }]);
      this.appended.notify();
      return { nextExpectedVersion: newest.version, lastPosition };
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = readStart(options.fromVersion, backwards);
    if (from === null || options.maxCount === 0) return [];
    const stored = await this.gateway.readStream(streamId, { direction: backwards ? 'backwards' : 'forwards', from, maxCount: options.maxCount });
    const inOrder = (backwards ? stored.reverse() : stored).map((event) => this.decoded(event));
    const positions = await this.positionsOf(streamId, inOrder);
    const recorded = inOrder.map((event, index) => toRecordedEvent(event, positions[index]));
    return backwards ? recorded.reverse() : recorded;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    await this.order.catchUp();
    if (options.maxCount === 0) return [];
    const links = await this.order.read(Math.max(0, options.after ?? 0), options.maxCount);
    return links.map(({ link, target }) => {
      const position = versionOf(link.revision);
      const event = target && decodeEvent(target);
      if (!event) throw new Error(`Position ${position} links to an event that is gone or was not written through the event store`);
      return toRecordedEvent(event, position);
    });
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return catchUpSubscription(
      {
        readAll: (range) => this.readAll(range),
        onAppended: (listener) => this.appended.listen(listener),
      },
      options,
      this.tuning,
    );
  }

  headPosition(): Promise<number> {
    return this.order.catchUp();
  }

  async getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    return ownStreamMetadata(await this.gateway.getStreamMetadata(streamId));
  }

  async setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    const document = await this.gateway.getStreamMetadata(streamId);
    await this.gateway.setStreamMetadata(streamId, withOwnStreamMetadata(document, metadata));
  }

  /**
   * One stream: its chain, read from the server. All: every stream the global order knows,
   * each also checked against the highest version the global order recorded for it.
   */
  async verify(scope: { readonly streamId: string } | 'all'): Promise<VerifyReport> {
    if (scope !== 'all') {
      const { events, firstBreak } = await this.checkStream(scope.streamId, 0);
      return { ok: firstBreak === null, streamsChecked: events > 0 ? 1 : 0, eventsChecked: events, firstBreak };
    }
    await this.order.catchUp();
    const streams = await this.order.streams();
    let eventsChecked = 0;
    let firstBreak: ChainBreak | null = null;
    for (const [streamId, recordedLastVersion] of streams) {
      const check = await this.checkStream(streamId, recordedLastVersion);
      eventsChecked += check.events;
      if (check.firstBreak && comesFirst(check.firstBreak, firstBreak)) firstBreak = check.firstBreak;
    }
    return { ok: firstBreak === null, streamsChecked: streams.size, eventsChecked, firstBreak };
  }

  close(): Promise<void> {
    return this.gateway.close();
  }

  private async checkStream(streamId: string, recordedLastVersion: number): Promise<StreamCheck> {
    const stored = await this.gateway.readStream(streamId, { direction: 'forwards', from: 'start' });
    const decoded = stored.map(decodeEvent);
    const fault = findChainFault(
      stored.map((event, index) => ({ version: versionOf(event.revision), chained: decoded[index] })),
      recordedLastVersion,
    );
    if (!fault) return { events: stored.length, firstBreak: null };
    const culprit = fault.index === null ? null : decoded[fault.index];
    const position = culprit ? (await this.positionsOf(streamId, [culprit]))[0] : null;
    return { events: stored.length, firstBreak: { streamId, version: fault.version, position, reason: fault.reason } };
  }

  private positionsOf(streamId: string, events: readonly DecodedEvent[]): Promise<number[]> {
    return this.order.positionsOf(events.map((event) => ({ streamId, revision: revisionOf(event.version), after: event.headBefore })));
  }

  private decoded(event: StoredEvent): DecodedEvent {
    const decoded = decodeEvent(event);
    if (!decoded) throw new Error(`Event ${event.id} of stream ${event.streamId} was not written through the event store: it has no chain metadata`);
    return decoded;
  }
}

/** Breaks are ordered by position; one found by a version count alone (no position) sorts last. */
function comesFirst(candidate: ChainBreak, current: ChainBreak | null): boolean {
  if (current === null) return true;
  if (candidate.position === null) return false;
  return current.position === null || candidate.position < current.position;
}

/**
 * Connects to a server (`esdb://host:2113?tls=false`, or a cluster's connection string) and links
 * what is not linked yet, so that a wrong address or missing rights fail here rather than later.
 * The user needs read access to $all and write access to system streams (the `$admins` group).
 */
export async function openEventStoreDbEventStore(connectionString: string, options: EventStoreDbOptions = {}): Promise<EventStoreDbEventStore> {
  const store = new EventStoreDbEventStore(new ClientGateway(EventStoreDBClient.connectionString(connectionString)), options);
  try {
    await store.headPosition();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
