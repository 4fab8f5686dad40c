import { Consumer, EachMessagePayload, Kafka, KafkaMessage, Message, Partitioners, Producer, RetryOptions } from 'kafkajs';
import { Logger } from 'pino';
import { deadLetterHeaders, DeadLetterOrigin } from '../dead-letter';
import { deadLetterTopic } from '../integration-message';
import { decodeMessage, encodeMessage } from '../integration-message.codec';
import { BusSubscription, DeliveryHandler, MessageBus, OutgoingMessage, SubscribeOptions } from '../message-bus.port';
import { MalformedMessageError } from '../messaging.errors';
import { pause } from '../pause';
import { kafkaLogLevel, pinoLogCreator } from './kafka-log';
import { fromKafkaMessage, toKafkaMessage } from './kafka-record';

export interface KafkaConsumerTuning {
  /** The broker evicts a member it has not heard from for this long (its minimum is 6 s by default). */
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** Longest a fetch waits for new records; also bounds how long `stop` waits for one. */
  readonly maxWaitTimeMs: number;
  /** Pause before a failed delivery is fetched again, so a failing handler does not spin. */
  readonly redeliveryDelayMs: number;
}

export const DEFAULT_KAFKA_CONSUMER_TUNING: KafkaConsumerTuning = {
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
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

  /** The topics must exist (see `ensureTopics`): kafkajs fails to subscribe to a missing one. */
  async subscribe({ consumerGroup, topics, handler }: SubscribeOptions): Promise<BusSubscription> {
    const consumer = this.kafka.consumer({
      groupId: consumerGroup,
      sessionTimeout: this.tuning.sessionTimeoutMs,
      heartbeatInterval: this.tuning.heartbeatIntervalMs,
      maxWaitTimeInMs: this.tuning.maxWaitTimeMs,
      allowAutoTopicCreation: false,
    });
    const abort = new AbortController();
    let inFlight: Promise<unknown> = Promise.resolve();
    const eachMessage = (payload: EachMessagePayload) => {
      // Once stopping, nothing new starts: the message stays uncommitted for the group's next member.
      if (abort.signal.aborted) return Promise.resolve();
      const delivery = this.deliver(consumer, consumerGroup, handler, payload, abort.signal);
      inFlight = delivery.catch(() => undefined);
      return delivery;
    };
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [...topics], fromBeginning: true });
      await consumer.run({ autoCommit: false, eachMessage });
    } catch (error) {
      await consumer.disconnect();
      throw error;
    }
    const subscription: BusSubscription = {
      stop: async () => {
        abort.abort();
        // kafkajs skips commits once its runner is stopping, so the delivery in progress finishes first.
        await inFlight;
        await consumer.disconnect();
        this.subscriptions.delete(subscription);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  private async deliver(consumer: Consumer, consumerGroup: string, handler: DeliveryHandler, payload: EachMessagePayload, abort: AbortSignal): Promise<void> {
    const { topic, partition, message, heartbeat } = payload;
    const origin: DeadLetterOrigin = { consumer: consumerGroup, topic, partition, offset: message.offset };
    try {
      const decoded = decodeOrReason(message);
      if (decoded instanceof MalformedMessageError) await this.park(origin, message, decoded);
      else await whileHeartbeating(heartbeat, this.tuning.heartbeatIntervalMs, () => handler({ topic, partition, offset: message.offset, ...decoded }));
    } catch (error) {
      this.logger.warn({ err: error, consumerGroup, topic, partition, offset: message.offset }, 'delivery failed; it will be redelivered');
      await pause(this.tuning.redeliveryDelayMs, abort);
      // With auto-commit off, seeking back only moves the fetch position: the next fetch starts here again.
      consumer.seek({ topic, partition, offset: message.offset });
      return;
    }
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
  }

  private async park(origin: DeadLetterOrigin, message: KafkaMessage, reason: MalformedMessageError): Promise<void> {
    this.logger.error({ err: reason, consumerGroup: origin.consumer, topic: origin.topic, partition: origin.partition, offset: origin.offset }, 'not an integration message; parked on the dead-letter topic');
    await this.producer.send({
      topic: deadLetterTopic(origin.topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: { ...message.headers, ...deadLetterHeaders(origin, reason, 0, new Date()) } }],
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
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
