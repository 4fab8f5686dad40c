import { EventStoreSession, ProcessedMessageStore } from '@yunghap/event-store';
import { Logger } from 'pino';
import { deadLetterHeaders } from './dead-letter';
import { deadLetterTopic, IntegrationMessage } from './integration-message';
import { BusSubscription, Delivery, MessageBus } from './message-bus.port';
import { MessageContext, MessageHandlingError } from './messaging.errors';
import { pause } from './pause';
import { backoffDelay, RetryPolicy, retryPolicy } from './retry-policy';

/** Reads and appends through `session` only: that is what commits together with the processed id. */
export type IntegrationMessageHandler = (message: IntegrationMessage, session: EventStoreSession) => Promise<void>;

export interface IdempotentConsumerOptions {
  /**
   * The consumer group on the bus and the key of the processed-message log. Keep it stable:
   * a new name is a new group, which starts again from the oldest retained message.
   */
  readonly name: string;
  readonly topics: readonly string[];
  readonly handle: IntegrationMessageHandler;
  readonly bus: MessageBus;
  readonly processed: ProcessedMessageStore;
  readonly logger: Logger;
  readonly retry?: Partial<RetryPolicy>;
}

/**
 * A consumer whose effects happen once per message although the bus delivers at least once: the
 * handler runs inside `ProcessedMessageStore.runOnce`, so the message id is stored in the same
 * transaction as what the handler appends, and a redelivery finds it and does nothing. A failing
 * handler is retried with exponential back-off (its partial effects roll back each time); after
 * the last attempt the message is parked on `<topic>.dlq` with the error and the bus moves on.
 * When the store itself fails outside the handler, the delivery fails and the bus redelivers it.
 * Example:
 *   const consumer = new IdempotentConsumer({
 *     name: 'grants.on-evaluation-completed', topics: [contextTopic('evaluation')], bus, processed: store, logger,
 *     handle: (message, session) => proposeSelection(message, session),
 *   });
 *   await consumer.start(); // … await consumer.stop();
 */
export class IdempotentConsumer {
  private readonly policy: RetryPolicy;
  private readonly logger: Logger;
  private subscription: BusSubscription | null = null;
  private abort = new AbortController();

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.policy = retryPolicy(options.retry);
    this.logger = options.logger.child({ consumer: options.name });
  }

  async start(): Promise<void> {
    if (this.subscription) throw new Error(`Consumer ${this.options.name} is already started`);
    const { bus, name, topics } = this.options;
    const abort = (this.abort = new AbortController());
    await bus.ensureTopics([...topics, ...topics.map(deadLetterTopic)]);
    this.subscription = await bus.subscribe({ consumerGroup: name, topics, handler: (delivery) => this.deliver(delivery, abort.signal) });
    this.logger.info({ topics }, 'consumer started');
  }

  /** A message in back-off is left uncommitted, to be delivered again after the next start. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    if (!subscription) return;
    this.subscription = null;
    this.abort.abort();
    await subscription.stop();
    this.logger.info('consumer stopped');
  }

  private async deliver(delivery: Delivery, abort: AbortSignal): Promise<void> {
    const { topic, partition, offset, message } = delivery;
    const context: MessageContext = { consumer: this.options.name, topic, partition, offset, messageId: message.messageId, type: message.type };
    const logger = this.logger.child({ topic, partition, offset, messageId: message.messageId, type: message.type });
    for (let attempt = 1; ; attempt++) {
      let handlerFailed = false;
      try {
        const outcome = await this.options.processed.runOnce(this.options.name, message.messageId, async (session) => {
          try {
            await this.options.handle(message, session);
          } catch (error) {
            handlerFailed = true;
            throw error;
          }
        });
        logger.debug({ attempt }, outcome.processed ? 'message handled' : 'message already handled; skipped');
        return;
      } catch (error) {
        // The store failing around the handler (unreachable, commit refused) says nothing about the
        // message: the bus delivers it again later instead of counting towards the dead-letter topic.
        if (!handlerFailed) throw new MessageHandlingError(context, 'the processed-message store failed', { cause: error });
        const failure = new MessageHandlingError(context, `attempt ${attempt} of ${this.policy.attempts} failed`, { cause: error });
        if (abort.aborted) throw failure;
        if (attempt >= this.policy.attempts) return this.deadLetter(delivery, context, error, attempt, logger);
        logger.warn({ err: failure, attempt }, 'handler failed; retrying');
        await pause(backoffDelay(this.policy, attempt), abort);
        if (abort.aborted) throw failure;
      }
    }
  }

  private async deadLetter(delivery: Delivery, context: MessageContext, error: unknown, attempts: number, logger: Logger): Promise<void> {
    const topic = deadLetterTopic(delivery.topic);
    // The original envelope goes as it came, so the message can be replayed once the cause is fixed.
    const headers = { ...delivery.headers, ...deadLetterHeaders(context, error, attempts, new Date()) };
    try {
      await this.options.bus.publish([{ topic, message: delivery.message, headers }]);
    } catch (publishError) {
      throw new MessageHandlingError(context, `could not park the message on ${topic}`, { cause: publishError });
    }
    logger.error({ err: error, attempts, deadLetterTopic: topic }, 'handler kept failing; message parked on the dead-letter topic');
  }
}
