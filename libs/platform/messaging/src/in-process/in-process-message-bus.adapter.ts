import { Logger } from 'pino';
import { decodeMessage, encodeMessage, WireRecord } from '../integration-message.codec';
import { BusSubscription, DeliveryHandler, MessageBus, OutgoingMessage, SubscribeOptions } from '../message-bus.port';
import { pause } from '../pause';
import { WakeSignal } from '../wake-signal';

interface TopicLog {
  /** `records[i]` sits at offset `base + i`. */
  records: WireRecord[];
  base: number;
  /** Consumer loops waiting for new records. */
  readonly readers: Set<WakeSignal>;
  /** Publishers waiting for groups to commit. */
  readonly committers: Set<() => void>;
}

interface GroupState {
  /** Per topic, the next offset to deliver. */
  readonly committed: Map<string, number>;
  /** The topics of the group's member, or null when it has none. */
  subscribed: ReadonlySet<string> | null;
}

export interface InProcessBusOptions {
  readonly logger: Logger;
  /** Pause before a failed delivery is handed over again, so a failing handler does not spin. */
  readonly redeliveryDelayMs?: number;
  /**
   * Records kept per topic for groups that subscribe later (Kafka's retention, by count). Only
   * records every known group has committed are dropped, so memory grows past it while one lags.
   */
  readonly retainedRecords?: number;
}

/**
 * The bus of the single-process mode, with the guarantees of `MessageBus` and no broker. Each
 * topic is one partition, so per-key order is publication order. Records are kept in their wire
 * form and decoded per delivery: groups never share, or mutate, one object.
 * Limits: one member per consumer group at a time; the log lives in memory (see `publish`), so
 * a handler must not publish to a topic its own group reads: it would wait for itself.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly topics = new Map<string, TopicLog>();
  private readonly groups = new Map<string, GroupState>();
  private readonly subscriptions = new Set<BusSubscription>();
  private readonly redeliveryDelayMs: number;
  private readonly retainedRecords: number;

  constructor(private readonly options: InProcessBusOptions) {
    this.redeliveryDelayMs = options.redeliveryDelayMs ?? 1_000;
    this.retainedRecords = options.retainedRecords ?? 10_000;
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    topics.forEach((topic) => this.topicLog(topic));
  }

  /**
   * Resolves once every group subscribed to the topics at this moment has committed the batch.
   * Memory is not a broker: were `publish` to resolve on append, the relay would mark the outbox
   * rows published and a crash would lose what no consumer had handled yet. Waiting makes the
   * outbox the durable copy until the consumers are done. A group that subscribes later still
   * gets the messages, but only while this process lives.
   */
  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    // Encoding everything first makes a malformed message fail the whole batch, as with Kafka.
    const encoded = messages.map(({ topic, message, headers }) => ({ topic, log: this.topicLog(topic), record: encodeMessage(message, headers) }));
    encoded.forEach(({ log, record }) => log.records.push(record));
    const ends = new Map(encoded.map(({ topic, log }) => [topic, log.base + log.records.length]));
    ends.forEach((_end, topic) => this.topicLog(topic).readers.forEach((reader) => reader.notify()));
    await Promise.all([...ends].map(([topic, end]) => this.committedByMembers(topic, end)));
  }

  private async committedByMembers(topic: string, end: number): Promise<void> {
    const log = this.topicLog(topic);
    const behind = () => [...this.groups.values()].some((group) => group.subscribed?.has(topic) && (group.committed.get(topic) ?? 0) < end);
    while (behind()) await new Promise<void>((resolve) => log.committers.add(resolve));
  }

  async subscribe({ consumerGroup, topics, handler }: SubscribeOptions): Promise<BusSubscription> {
    const group = this.groups.get(consumerGroup) ?? { committed: new Map<string, number>(), subscribed: null };
    if (group.subscribed) throw new Error(`In-process bus: consumer group "${consumerGroup}" already has a member (one member per group)`);
    this.groups.set(consumerGroup, group);
    group.subscribed = new Set(topics);
    const abort = new AbortController();
    const loops = [...new Set(topics)].map((topic) => this.consume(consumerGroup, group, topic, handler, abort.signal));
    const subscription: BusSubscription = {
      // The only member of its group has every partition from the start.
      membership: () => ({ state: abort.signal.aborted ? 'stopped' : 'joined', error: null }),
      stop: async () => {
        abort.abort();
        await Promise.all(loops);
        group.subscribed = null;
        topics.forEach((topic) => this.progressed(this.topicLog(topic)));
        this.subscriptions.delete(subscription);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async consumerLag(consumerGroup: string, topics: readonly string[]): Promise<number> {
    const committed = this.groups.get(consumerGroup)?.committed;
    return [...new Set(topics)].reduce((lag, topic) => {
      const log = this.topics.get(topic);
      return log ? lag + log.base + log.records.length - (committed?.get(topic) ?? log.base) : lag;
    }, 0);
  }

  private async consume(consumerGroup: string, group: GroupState, topic: string, handler: DeliveryHandler, abort: AbortSignal): Promise<void> {
    const log = this.topicLog(topic);
    const wake = new WakeSignal();
    log.readers.add(wake);
    if (!group.committed.has(topic)) group.committed.set(topic, log.base);
    try {
      while (!abort.aborted) {
        const offset = group.committed.get(topic) as number;
        const record = log.records[offset - log.base];
        if (record === undefined) {
          await wake.wait(undefined, abort);
          continue;
        }
        try {
          await handler({ topic, partition: 0, offset: String(offset), ...decodeMessage(record) });
        } catch (error) {
          this.options.logger.warn({ err: error, consumerGroup, topic, partition: 0, offset: String(offset) }, 'delivery failed; it will be redelivered');
          await pause(this.redeliveryDelayMs, abort);
          continue;
        }
        group.committed.set(topic, offset + 1);
        this.trim(topic, log);
        this.progressed(log);
      }
    } finally {
      log.readers.delete(wake);
    }
  }

  private progressed(log: TopicLog): void {
    const waiting = [...log.committers];
    log.committers.clear();
    waiting.forEach((resume) => resume());
  }

  /** Trims in bulk, once the log holds twice what it retains, so a commit does not copy the log each time. */
  private trim(topic: string, log: TopicLog): void {
    if (log.records.length < 2 * this.retainedRecords) return;
    const offsets = [...this.groups.values()].flatMap((group) => group.committed.get(topic) ?? []);
    const drop = Math.min(Math.min(...offsets) - log.base, log.records.length - this.retainedRecords);
    if (drop <= 0) return;
    log.records = log.records.slice(drop);
    log.base += drop;
  }

  private topicLog(topic: string): TopicLog {
    let log = this.topics.get(topic);
    if (!log) {
      log = { records: [], base: 0, readers: new Set(), committers: new Set() };
      this.topics.set(topic, log);
    }
    return log;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }
}
