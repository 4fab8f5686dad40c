import { Span } from '@opentelemetry/api';
import { EventStoreTransaction, ProcessedMessageStore } from '@yunghap/event-store';
import { markFailed, YUNGHAP_ATTRIBUTES } from '@yunghap/telemetry';
import { Logger } from 'pino';
import { ConsumerEvent, ConsumerStatus } from './consumer-status';
import { deadLetterHeaders, ParkReason } from './dead-letter';
import { classifyFailure } from './delivery-failure';
import { deadLetterTopic, IntegrationMessage } from './integration-message';
import { BusSubscription, Delivery, MessageBus, ParkedRecord } from './message-bus.port';
import { MessageContext, MessageHandlingError } from './messaging.errors';
import { MessageTracing, processInSpan } from './message-tracing';
import { pause } from './pause';
import { backoffDelay, RetryPolicy, retryPolicy } from './retry-policy';

/**
 * Reads and appends through `session` only: that is what commits together with the processed id.
 * `logger` is the consumer's, bound to the delivery (topic, partition, offset, message id and type).
 */
export type IntegrationMessageHandler = (message: IntegrationMessage, session: EventStoreTransaction, logger: Logger) => Promise<void>;

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
  /**
   * Errors saying that the message itself can never be handled, so retrying only holds up the
   * topic: the message is parked at the first one. Example: `(error) => error instanceof ContractViolationError`.
   * A `RefusedMessageError` needs no mention here: it is always one, unless it says it is retryable.
   */
  readonly isRefusal?: (error: unknown) => boolean;
  /** A delivery failing for longer than this makes `status().stuck` true. Default 60 s. */
  readonly stuckAfterMs?: number;
  /** Told of every outcome (see `ConsumerEvent`), for metrics. What it throws is logged and ignored. */
  readonly onEvent?: (event: ConsumerEvent) => void;
  /** Each delivery handled in a CONSUMER span, the child of the context in its headers; none without. */
  readonly tracing?: MessageTracing;
}

export const DEFAULT_STUCK_AFTER_MS = 60_000;

/** The delivery failing now; a success or a park ends it. */
interface FailingDelivery {
  readonly where: string;
  readonly since: Date;
  failures: number;
}

/**
 * A consumer whose effects happen once per message although the bus delivers at least once: the
 * handler runs inside `ProcessedMessageStore.runOnce`, so the message id is stored in the same
 * transaction as what the handler appends, and a redelivery finds it and does nothing.
 * Every failure ends one of two ways (see `DeliveryFailure`): while the event store is
 * unavailable the bus delivers the message again, with back-off, for as long as it takes;
 * anything else ends on `<topic>.dlq` with the reason, at once when no retry can help (data the
 * store refuses, a `RefusedMessageError`, a refusal by `isRefusal`), else after the retry
 * policy's last attempt (its partial effects roll back each time). Records that are no
 * integration message are parked by the bus before they get here. Nothing is retried forever, and the bus moves on.
 * Example:
 *   const consumer = new IdempotentConsumer({
 *     name: 'grants.on-evaluation-completed', topics: [contextTopic('evaluation')], bus, processed: store, logger,
 *     handle: (message, session) => proposeSelection(message, session),
 *   });
 *   await consumer.start(); // … consumer.status(); await consumer.lag(); … await consumer.stop();
 */
export class IdempotentConsumer {
  private readonly policy: RetryPolicy;
  private readonly logger: Logger;
  private readonly stuckAfterMs: number;
  private subscription: BusSubscription | null = null;
  private starting = false;
  private abort = new AbortController();
  private failing: FailingDelivery | null = null;
  private readonly counts = { handled: 0, duplicates: 0, parked: 0, redeliveries: 0 };
  private lastParkedAt: Date | null = null;
  private lastError: string | null = null;

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.policy = retryPolicy(options.retry);
    this.stuckAfterMs = options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS;
    this.logger = options.logger.child({ consumer: options.name });
  }

  /** Resolves once subscribed; `status().state` tells when the group has been joined. */
  async start(): Promise<void> {
    if (this.subscription || this.starting) throw new Error(`Consumer ${this.options.name} is already started`);
    const { bus, name, topics } = this.options;
    const abort = (this.abort = new AbortController());
    this.starting = true;
    try {
      await bus.ensureTopics([...topics, ...topics.map(deadLetterTopic)]);
      this.subscription = await bus.subscribe({
        consumerGroup: name,
        topics,
        handler: (delivery) => this.deliver(delivery, abort.signal),
        onParked: (parked) => this.parkedByBus(parked),
      });
    } finally {
      this.starting = false;
    }
    this.logger.info({ topics }, 'consumer started');
  }

  /** A message in back-off is left uncommitted, to be delivered again after the next start. */
  async stop(): Promise<void> {
    const subscription = this.subscription;
    if (!subscription) return;
    this.subscription = null;
    this.abort.abort();
    await subscription.stop();
    this.failing = null;
    this.logger.info('consumer stopped');
  }

  status(): ConsumerStatus {
    const membership = this.subscription?.membership();
    const state = this.starting || membership?.state === 'joining' ? 'starting' : membership?.state === 'joined' ? 'joined' : 'stopped';
    const failingSince = this.failing?.since ?? null;
    return {
      name: this.options.name,
      state,
      ...this.counts,
      lastParkedAt: this.lastParkedAt?.toISOString() ?? null,
      failingSince: failingSince?.toISOString() ?? null,
      stuck: failingSince !== null && Date.now() - failingSince.getTime() > this.stuckAfterMs,
      lastError: membership?.error ?? this.lastError,
    };
  }

  /** Messages on the consumer's topics that its group has not committed yet (see `MessageBus.consumerLag`). */
  lag(): Promise<number> {
    return this.options.bus.consumerLag(this.options.name, this.options.topics);
  }

  private deliver(delivery: Delivery, abort: AbortSignal): Promise<void> {
    return processInSpan(this.options.tracing, this.options.name, delivery, (span) => this.attempt(delivery, abort, span));
  }

  /** Every attempt at one delivery, in its span: the outcome is an attribute, each failure an exception event. */
  private async attempt(delivery: Delivery, abort: AbortSignal, span: Span): Promise<void> {
    const { topic, partition, offset, message } = delivery;
    const context: MessageContext = { consumer: this.options.name, topic, partition, offset, messageId: message.messageId, type: message.type };
    const logger = this.logger.child({ topic, partition, offset, messageId: message.messageId, type: message.type });
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.options.processed.runOnce(this.options.name, message.messageId, (session) => this.options.handle(message, session, logger));
        this.failing = null;
        this.counts[outcome.processed ? 'handled' : 'duplicates']++;
        span.setAttribute(YUNGHAP_ATTRIBUTES.consumerOutcome, outcome.processed ? 'handled' : 'duplicate');
        this.emit({ kind: 'handled', consumer: this.options.name, topic, duplicate: !outcome.processed });
        logger.debug({ attempt }, outcome.processed ? 'message handled' : 'message already handled; skipped');
        return;
      } catch (error) {
        const failures = this.failed(delivery, error);
        const failure = classifyFailure(error, this.options.isRefusal);
        const park = (reason: ParkReason) => {
          span.setAttribute(YUNGHAP_ATTRIBUTES.consumerOutcome, 'parked');
          markFailed(span, error, `parked on the dead-letter topic: ${reason}`);
          return this.deadLetter(delivery, context, reason, error, attempt, logger);
        };
        if (failure === 'unavailable') {
          span.setAttribute(YUNGHAP_ATTRIBUTES.consumerOutcome, 'redelivered');
          return this.giveBack(context, error, failures, abort, logger);
        }
        if (failure !== 'failed') return park(failure);
        const wrapped = new MessageHandlingError(context, `attempt ${attempt} of ${this.policy.attempts} failed`, { cause: error });
        if (abort.aborted) throw wrapped;
        if (attempt >= this.policy.attempts) return park('retries-exhausted');
        span.recordException(error instanceof Error ? error : String(error));
        logger.warn({ err: wrapped, attempt }, 'handler failed; retrying');
        this.emit({ kind: 'retried', consumer: this.options.name, topic });
        await pause(backoffDelay(this.policy, attempt), abort);
        if (abort.aborted) throw wrapped;
      }
    }
  }

  /** Counts a failure of `delivery`, and returns how many times in a row it has failed. */
  private failed(delivery: Delivery, error: unknown): number {
    const where = `${delivery.topic}[${delivery.partition}]@${delivery.offset}`;
    if (this.failing?.where !== where) this.failing = { where, since: new Date(), failures: 0 };
    this.lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return ++this.failing.failures;
  }

  /**
   * The store being down says nothing about the message: the delivery fails, uncommitted, and
   * the bus brings it again. The back-off grows with each failure of this delivery, so a long
   * outage is not met with a storm of reconnections.
   */
  private async giveBack(context: MessageContext, error: unknown, failures: number, abort: AbortSignal, logger: Logger): Promise<never> {
    const wrapped = new MessageHandlingError(context, 'the event store is unavailable', { cause: error });
    logger.warn({ err: wrapped, failures }, 'event store unavailable; the message will be delivered again');
    this.counts.redeliveries++;
    this.emit({ kind: 'redelivered', consumer: this.options.name, topic: context.topic });
    await pause(backoffDelay(this.policy, failures), abort);
    throw wrapped;
  }

  private async deadLetter(delivery: Delivery, context: MessageContext, reason: ParkReason, error: unknown, attempts: number, logger: Logger): Promise<void> {
    const topic = deadLetterTopic(delivery.topic);
    // The original envelope goes as it came, so the message can be replayed once the cause is fixed.
    const headers = { ...delivery.headers, ...deadLetterHeaders(context, reason, error, attempts, new Date()) };
    try {
      await this.options.bus.publish([{ topic, message: delivery.message, headers }]);
    } catch (publishError) {
      throw new MessageHandlingError(context, `could not park the message on ${topic}`, { cause: publishError });
    }
    this.failing = null;
    this.parked(delivery.topic, reason);
    logger.error({ err: error, reason, attempts, deadLetterTopic: topic }, 'message parked on the dead-letter topic');
  }

  private parkedByBus(parked: ParkedRecord): void {
    this.lastError = `${parked.reason.name}: ${parked.reason.message}`;
    this.parked(parked.topic, 'malformed');
  }

  private parked(topic: string, reason: ParkReason): void {
    this.counts.parked++;
    this.lastParkedAt = new Date();
    this.emit({ kind: 'parked', consumer: this.options.name, topic, reason });
  }

  private emit(event: ConsumerEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (error) {
      this.logger.warn({ err: error, event: event.kind }, 'consumer event listener failed; ignored');
    }
  }
}
