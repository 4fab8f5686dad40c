import { Admin, Consumer, EachMessagePayload, Kafka, KafkaMessage, Message, Partitioners, Producer, RetryOptions } from 'kafkajs';
import { Logger } from 'pino';
import { deadLetterHeaders, DeadLetterOrigin } from '../dead-letter';
import { deadLetterTopic } from '../integration-message';
import { decodeMessage, encodeMessage } from '../integration-message.codec';
import { BusSubscription, MessageBus, OutgoingMessage, ParkedRecord, SubscribeOptions } from '../message-bus.port';
import { MalformedMessageError } from '../messaging.errors';
import { pause } from '../pause';
import { kafkaLogLevel, pinoLogCreator } from './kafka-log';
import { KafkaMembership } from './kafka-membership';
import { fromKafkaMessage, toKafkaMessage } from './kafka-record';

export interface KafkaConsumerTuning {
  /**
   * The broker evicts a member it has not heard from for this long, which bounds how long the
   * partitions of a crashed process stay unserved: its replacement gets them at most this long
   * after the last heartbeat. The broker accepts 6 s to 30 min (group.min/max.session.timeout.ms).
   */
  readonly sessionTimeoutMs: number;
  /** At most a third of the session timeout, so that one lost heartbeat does not evict a member. */
  readonly heartbeatIntervalMs: number;
  /** Longest a fetch waits for new records; also bounds how long `stop` waits for one. */
  readonly maxWaitTimeMs: number;
  /** Pause before a failed delivery is fetched again, so a failing handler does not spin. */
  readonly redeliveryDelayMs: number;
}

/**
 * A member that stops leaves its group (kafkajs sends LeaveGroup), so its partitions move at
 * once. A crashed one cannot, and static membership (group.instance.id, which would hand the
 * restarted process its partitions back without waiting) is not offered by kafkajs 2.2.4: the
 * session timeout is the bound. 10 s keeps it short without evicting a member whose event loop
 * stalls for a few seconds (a long GC, a burst of CPU work); heartbeats go every second.
 */
export const DEFAULT_KAFKA_CONSUMER_TUNING: KafkaConsumerTuning = {
  sessionTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
  maxWaitTimeMs: 1_000,
  redeliveryDelayMs: 1_000,
};

export interface KafkaBusOptions {
  readonly clientId: string;
  readonly brokers: readonly string[];
  readonly logger: Logger;
  /** kafkajs retries of connections and requests; a `publish` that exhausts them rejects. */
  readonly retry?: RetryOptions;
  readonly consumer?: Partial<KafkaConsumerTuning>;
}

/**
 * The bus over Kafka (kafkajs). Publishing goes through one idempotent producer with acks from all
 * in-sync replicas; records are keyed by the message key, so one aggregate stays on one partition.
 * Each subscription is its own consumer with auto-commit off: an offset is committed only after
 * the handler resolved, and a failed delivery is fetched again from the same offset.
 * Records that are not integration messages never reach a handler: they are parked on the
 * topic's dead-letter topic as they came, with the reason in `dlq-*` headers.
 */
export class KafkaMessageBus implements MessageBus {
  private readonly subscriptions = new Set<BusSubscription>();
  private readonly logger: Logger;
  private adminClient: Promise<Admin> | null = null;

  private constructor(
    private readonly kafka: Kafka,
    private readonly producer: Producer,
    private readonly tuning: KafkaConsumerTuning,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'kafka-bus' });
  }

  static async connect(options: KafkaBusOptions): Promise<KafkaMessageBus> {
    const kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      retry: options.retry,
      logCreator: pinoLogCreator(options.logger),
      logLevel: kafkaLogLevel(options.logger),
    });
    // One request in flight keeps the batch order even when a send is retried.
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    return new KafkaMessageBus(kafka, producer, { ...DEFAULT_KAFKA_CONSUMER_TUNING, ...options.consumer }, options.logger);
  }

  /** With an admin connection of its own: the lag's keeps asking about its topics, and one being created meanwhile would fail it. */
  async ensureTopics(topics: readonly string[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
      // A topic created meanwhile by someone else only makes createTopics answer false.
      if (missing.length > 0) await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
    } finally {
      await admin.disconnect();
    }
  }

  async consumerLag(consumerGroup: string, topics: readonly string[]): Promise<number> {
    const admin = await this.admin();
    // Only topics that exist: kafkajs keeps every topic it was asked about in the metadata it
    // refreshes, and one missing topic would fail every later request of this admin client.
    const existing = new Set(await admin.listTopics());
    const unique = [...new Set(topics)].filter((topic) => existing.has(topic));
    const [committed, ends] = await Promise.all([
      admin.fetchOffsets({ groupId: consumerGroup, topics: unique }),
      Promise.all(unique.map((topic) => admin.fetchTopicOffsets(topic))),
    ]);
    let lag = 0n;
    unique.forEach((topic, i) => {
      const offsets = new Map(committed.find((entry) => entry.topic === topic)?.partitions.map(({ partition, offset }) => [partition, BigInt(offset)]));
      for (const { partition, high, low } of ends[i]) {
        // Nothing committed (-1), or committed below what retention kept: the group starts at the oldest record.
        const from = offsets.get(partition) ?? -1n;
        lag += BigInt(high) - (from < BigInt(low) ? BigInt(low) : from);
      }
    });
    return Number(lag);
  }

  /** One admin connection for the bus's life: lag is asked for at every metrics scrape. */
  private admin(): Promise<Admin> {
    this.adminClient ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.adminClient = null;
      throw error;
    });
    return this.adminClient;
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const { topic, message, headers } of messages) {
      const records = byTopic.get(topic) ?? [];
      records.push(toKafkaMessage(encodeMessage(message, headers)));
      byTopic.set(topic, records);
    }
    if (byTopic.size === 0) return;
    await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, records]) => ({ topic, messages: records })) });
  }

  /**
   * The topics must exist (see `ensureTopics`): kafkajs fails to subscribe to a missing one.
   * Resolves once subscribed, without waiting for the group join (see `MessageBus.subscribe`).
   */
  async subscribe({ consumerGroup, topics, handler, onParked }: SubscribeOptions): Promise<BusSubscription> {
    const abort = new AbortController();
    const consumer = this.kafka.consumer({
      groupId: consumerGroup,
      sessionTimeout: this.tuning.sessionTimeoutMs,
      heartbeatInterval: this.tuning.heartbeatIntervalMs,
      maxWaitTimeInMs: this.tuning.maxWaitTimeMs,
      allowAutoTopicCreation: false,
      // After a crash kafkajs reconnects by itself, which a stopped subscription must not do.
      retry: { restartOnFailure: async () => !abort.signal.aborted },
    });
    const membership = new KafkaMembership(consumer);
    let inFlight: Promise<unknown> = Promise.resolve();
    const eachMessage = (payload: EachMessagePayload) => {
      // Once stopping, nothing new starts: the message stays uncommitted for the group's next member.
      if (abort.signal.aborted) return Promise.resolve();
      const delivery = this.deliver(consumer, consumerGroup, { handler, onParked }, payload, abort.signal);
      inFlight = delivery.catch(() => undefined);
      return delivery;
    };
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    } catch (error) {
      membership.stopped();
      await consumer.disconnect();
      throw error;
    }
    // kafkajs resolves `run` once joined, or once a failed join was handled (and a retry planned).
    const running = consumer.run({ autoCommit: false, eachMessage }).catch((error: unknown) => {
      membership.stopped(error);
      this.logger.error({ err: error, consumerGroup }, 'consumer could not start');
    });
    const subscription: BusSubscription = {
      membership: () => membership.current(),
      stop: async () => {
        abort.abort();
        // A consumer disconnected in the middle of its join takes the closed connection for a
        // retriable crash and rejoins by itself, so the join (bounded by the session timeout) ends first.
        await running;
        // kafkajs skips commits once its runner is stopping, so the delivery in progress finishes first.
        await inFlight;
        await consumer.disconnect();
        membership.stopped();
        this.subscriptions.delete(subscription);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  private async deliver(
    consumer: Consumer,
    consumerGroup: string,
    subscriber: Pick<SubscribeOptions, 'handler' | 'onParked'>,
    payload: EachMessagePayload,
    abort: AbortSignal,
  ): Promise<void> {
    const { topic, partition, message, heartbeat } = payload;
    const origin: DeadLetterOrigin = { consumer: consumerGroup, topic, partition, offset: message.offset };
    let malformed: MalformedMessageError | null = null;
    try {
      const decoded = decodeOrReason(message);
      if (decoded instanceof MalformedMessageError) await this.park(origin, message, (malformed = decoded));
      else
        await whileHeartbeating(heartbeat, this.tuning.heartbeatIntervalMs, () => subscriber.handler({ topic, partition, offset: message.offset, ...decoded }));
    } catch (error) {
      this.logger.warn({ err: error, consumerGroup, topic, partition, offset: message.offset }, 'delivery failed; it will be redelivered');
      await pause(this.tuning.redeliveryDelayMs, abort);
      // With auto-commit off, seeking back only moves the fetch position: the next fetch starts here again.
      consumer.seek({ topic, partition, offset: message.offset });
      return;
    }
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    if (malformed) this.tellParked(subscriber, { topic, partition, offset: message.offset, reason: malformed });
  }

  /** After the commit, and guarded: a failing listener must not have the record parked twice. */
  private tellParked({ onParked }: Pick<SubscribeOptions, 'onParked'>, parked: ParkedRecord): void {
    try {
      onParked?.(parked);
    } catch (error) {
      this.logger.warn({ err: error, topic: parked.topic, partition: parked.partition, offset: parked.offset }, 'onParked listener failed; ignored');
    }
  }

  private async park(origin: DeadLetterOrigin, message: KafkaMessage, reason: MalformedMessageError): Promise<void> {
    this.logger.error(
      { err: reason, consumerGroup: origin.consumer, topic: origin.topic, partition: origin.partition, offset: origin.offset },
      'not an integration message; parked on the dead-letter topic',
    );
    await this.producer.send({
      topic: deadLetterTopic(origin.topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: { ...message.headers, ...deadLetterHeaders(origin, 'malformed', reason, 0, new Date()) } }],
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    const admin = this.adminClient;
    this.adminClient = null;
    await admin?.then((client) => client.disconnect()).catch(() => undefined);
    await this.producer.disconnect();
  }
}

function decodeOrReason(message: KafkaMessage): ReturnType<typeof decodeMessage> | MalformedMessageError {
  try {
    return decodeMessage(fromKafkaMessage(message));
  } catch (error) {
    if (error instanceof MalformedMessageError) return error;
    throw error;
  }
}

/**
 * A handler retrying with back-off can outlast the session timeout, and the group would evict
 * this member in the middle of a message. A heartbeat that fails means a rebalance is under way;
 * the runner meets the same error at its own next heartbeat and rejoins, so it is not handled here.
 */
async function whileHeartbeating(heartbeat: () => Promise<void>, intervalMs: number, work: () => Promise<void>): Promise<void> {
  const timer = setInterval(() => heartbeat().catch(() => undefined), intervalMs);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
}
