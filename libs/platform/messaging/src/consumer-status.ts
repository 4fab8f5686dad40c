import { ParkReason } from './dead-letter';

/** A consumer's health, for /health and metrics; counts cover the consumer's life since it was created. */
export interface ConsumerStatus {
  readonly name: string;
  /** `starting` until the bus has given the consumer its share of the partitions, and during a rebalance. */
  readonly state: 'starting' | 'joined' | 'stopped';
  /** Messages whose effect was stored, and redeliveries of those found already handled. */
  readonly handled: number;
  readonly duplicates: number;
  readonly parked: number;
  readonly lastParkedAt: string | null;
  /** Deliveries handed back to the bus because the event store was unavailable. */
  readonly redeliveries: number;
  /** When the delivery that is failing now first failed; null while nothing fails. */
  readonly failingSince: string | null;
  /** The same delivery has been failing for longer than `stuckAfterMs`: the topic is not moving. */
  readonly stuck: boolean;
  /** The last failure (or the bus's reason to give up), kept after recovery for diagnosis. */
  readonly lastError: string | null;
}

interface ConsumerEventBase {
  readonly consumer: string;
  readonly topic: string;
}

/**
 * One outcome of one delivery, for metrics: `handled` (or skipped as a `duplicate`), `retried`
 * (the handler failed and runs again), `redelivered` (handed back to the bus, the store being
 * unavailable), `parked` (on the dead-letter topic, with the reason).
 * Example: `onEvent: (event) => event.kind === 'parked' && parkedCounter.inc({ topic: event.topic, reason: event.reason })`
 */
export type ConsumerEvent =
  | (ConsumerEventBase & { readonly kind: 'handled'; readonly duplicate: boolean })
  | (ConsumerEventBase & { readonly kind: 'retried' | 'redelivered' })
  | (ConsumerEventBase & { readonly kind: 'parked'; readonly reason: ParkReason });
