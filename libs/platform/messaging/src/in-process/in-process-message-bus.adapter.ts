import { Logger } from 'pino';
import { decodeMessage, encodeMessage, WireRecord } from '../integration-message.codec';
import { BusSubscription, DeliveryHandler, MessageBus, OutgoingMessage, SubscribeOptions } from '../message-bus.port';
import { pause } from '../pause';
import { WakeSignal } from '../wake-signal';

interface TopicLog {
  /** `records[i]` sits at offset `base + i`; records every group has committed are dropped. */
  records: WireRecord[];
  base: number;
  readonly readers: Set<WakeSignal>;
}

interface GroupState {
  /** Per topic, the next offset to deliver. */
  readonly committed: Map<string, number>;
  active: boolean;
}

export interface InProcessBusOptions {
  readonly logger: Logger;
  /** Pause before a failed delivery is handed over again, so a failing handler does not spin. */
  readonly redeliveryDelayMs?: number;
}

/**
 * The bus of the single-process mode, with the guarantees of `MessageBus` and no broker. Each
 * topic is one partition, so per-key order is simply publication order. Messages are kept in
 * their wire form and decoded per delivery, so groups never share (or mutate) one object.
 * Limits: one member per consumer group at a time, and the log lives in memory (see the report
 * on `publish`).
 */
export class InProcessMessageBus implements MessageBus {
  private readonly topics = new Map<string, TopicLog>();
  private readonly groups = new Map<string, GroupState>();
  private readonly subscriptions = new Set<BusSubscription>();
  private readonly redeliveryDelayMs: number;

  constructor(private readonly options: InProcessBusOptions) {
    this.redeliveryDelayMs = options.redeliveryDelayMs ?? 1_000;
  }

  async ensureTopics(topics: readonly string[]): Promise<void> {
    topics.forEach((topic) => this.topicLog(topic));
  }

  /**
   * Holds the messages in memory until every group that reads the topic has committed them. Once
   * this resolves the outbox row is marked published, so a message not yet handled when the
   * process dies is gone: acceptable only because the single-process mode rebuilds nothing from
   * the bus on restart.
   */
  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    // Encoding everything first makes a malformed message fail the whole batch, as with Kafka.
    const encoded = messages.map(({ topic, message, headers }) => ({ log: this.topicLog(topic), record: encodeMessage(message, headers) }));
    encoded.forEach(({ log, record }) => log.records.push(record));
    new Set(encoded.map(({ log }) => log)).forEach((log) => log.readers.forEach((reader) => reader.notify()));
  }

  async subscribe({ consumerGroup, topics, handler }: SubscribeOptions): Promise<BusSubscription> {
    const group = this.groups.get(consumerGroup) ?? { committed: new Map<string, number>(), active: false };
    if (group.active) throw new Error(`In-process bus: consumer group "${consumerGroup}" already has a member (one member per group)`);
    this.groups.set(consumerGroup, group);
    group.active = true;
    const abort = new AbortController();
    const loops = topics.map((topic) => this.consume(consumerGroup, group, topic, handler, abort.signal));
    const subscription: BusSubscription = {
      stop: async () => {
        abort.abort();
        await Promise.all(loops);
        group.active = false;
        this.subscriptions.delete(subscription);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
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
      }
    } finally {
      log.readers.delete(wake);
    }
  }

  private trim(topic: string, log: TopicLog): void {
    const offsets = [...this.groups.values()].flatMap((group) => group.committed.get(topic) ?? []);
    const drop = Math.min(...offsets) - log.base;
    if (drop <= 0) return;
    log.records = log.records.slice(drop);
    log.base += drop;
  }

  private topicLog(topic: string): TopicLog {
    let log = this.topics.get(topic);
    if (!log) {
      log = { records: [], base: 0, readers: new Set() };
      this.topics.set(topic, log);
    }
    return log;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }
}
