import { IntegrationMessage } from './integration-message';
import { MessageHeaders } from './integration-message.codec';

export interface OutgoingMessage {
  readonly topic: string;
  readonly message: IntegrationMessage;
  /** Carried next to the envelope, e.g. dead-letter details; the envelope's own names are refused. */
  readonly headers?: MessageHeaders;
}

/** One message handed to one consumer group, with where it sits on the bus. */
export interface Delivery {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly message: IntegrationMessage;
  readonly headers: MessageHeaders;
}

/** Resolving commits the delivery for the group; throwing has it delivered again. */
export type DeliveryHandler = (delivery: Delivery) => Promise<void>;

export interface SubscribeOptions {
  /** Every group gets every message once; members of one group share the work. */
  readonly consumerGroup: string;
  readonly topics: readonly string[];
  readonly handler: DeliveryHandler;
}

export interface BusSubscription {
  /** Waits for the delivery in progress, which is committed only if its handler resolved. */
  stop(): Promise<void>;
}

/**
 * The message bus between services (Kafka in the distributed mode, in-process in the single
 * process). What every adapter guarantees:
 * - `publish` resolves once the broker holds every message of the batch, written in the order given;
 * - per group, messages with one key reach the handler in publication order, one at a time;
 * - a delivery is committed only after its handler resolves, so a failed or interrupted one comes
 *   again (at-least-once): handlers must be idempotent, see `IdempotentConsumer`;
 * - a group with nothing committed yet starts at the oldest retained message.
 * Example:
 *   await bus.ensureTopics([contextTopic('grants')]);
 *   await bus.subscribe({ consumerGroup: 'evaluation.on-grants', topics: [contextTopic('grants')], handler });
 *   await bus.publish([{ topic: contextTopic('grants'), message }]);
 */
export interface MessageBus {
  /** Creates the topics that do not exist yet: a Kafka consumer cannot subscribe to a missing topic. */
  ensureTopics(topics: readonly string[]): Promise<void>;
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<BusSubscription>;
  /** Stops every subscription made through this bus, then disconnects. */
  close(): Promise<void>;
}
