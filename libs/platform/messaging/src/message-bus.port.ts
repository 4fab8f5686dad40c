import { IntegrationMessage } from './integration-message';
import { MessageHeaders } from './integration-message.codec';
import { MalformedMessageError } from './messaging.errors';

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

/** A record the bus parked on `<topic>.dlq` itself, because no handler could be given it. */
export interface ParkedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly reason: MalformedMessageError;
}

export interface SubscribeOptions {
  /** Every group gets every message once; members of one group share the work. */
  readonly consumerGroup: string;
  readonly topics: readonly string[];
  readonly handler: DeliveryHandler;
  /** Told after the bus parked a record that is not an integration message, so the subscriber can count it. */
  readonly onParked?: (parked: ParkedRecord) => void;
}

/**
 * Where a member stands in its group: `joining` until the group gave it its share of the
 * partitions (again after a rebalance or a client restart), `stopped` once stopped or when the
 * client gave up on an error it cannot recover from (then `error` says which).
 */
export interface Membership {
  readonly state: 'joining' | 'joined' | 'stopped';
  readonly error: string | null;
}

export interface BusSubscription {
  /** Waits for the delivery in progress, which is committed only if its handler resolved. */
  stop(): Promise<void>;
  membership(): Membership;
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
  /**
   * Resolves once the member is subscribed; joining the group goes on in the background (see
   * `BusSubscription.membership`), since it may wait for the broker to evict a crashed member.
   */
  subscribe(options: SubscribeOptions): Promise<BusSubscription>;
  /**
   * Messages on `topics` the group has not committed yet: per partition, the end of the log
   * minus the group's committed offset (the oldest retained offset when it has none), summed.
   */
  consumerLag(consumerGroup: string, topics: readonly string[]): Promise<number>;
  /** Stops every subscription made through this bus, then disconnects. */
  close(): Promise<void>;
}
