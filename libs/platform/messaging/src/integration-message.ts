import { JsonValue } from '@yunghap/event-store';
import { Actor } from '@yunghap/kernel';

/**
 * What travels between services: one integration event and what a consumer needs to deduplicate
 * it (`messageId`), keep it in order (`key`, the aggregate id) and trace it (`correlationId`,
 * `causationId`). Example:
 *   { messageId: randomUUID(), type: 'grants.AwardApproved', schemaVersion: 1, key: 'award-7',
 *     occurredAt: '2026-03-02T09:00:00.000Z', correlationId, causationId: eventId, payload: { amountWon: 480_000_000 } }
 */
export interface IntegrationMessage {
  /** A UUID (the outbox stores it as one); consumers remember it to ignore redeliveries. */
  readonly messageId: string;
  readonly type: string;
  /** Version of the payload's shape for this `type`, so a consumer can upcast older messages. */
  readonly schemaVersion: number;
  /** The aggregate id: Kafka partitions by it, which is what keeps one aggregate's messages in order. */
  readonly key: string;
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly payload: JsonValue;
  /** Who took the decision the message reports (absent when the platform itself acted), for audit trails across services. */
  readonly actor?: Actor;
}

const CONTEXT_NAME = /^[a-z][a-z0-9-]*$/;

/** The topic a bounded context publishes on: `contextTopic('grants')` is `yunghap.grants.events`. */
export function contextTopic(context: string): string {
  if (!CONTEXT_NAME.test(context)) throw new RangeError(`Invalid context name for a topic: "${context}"`);
  return `yunghap.${context}.events`;
}

/** Where a consumer parks what it cannot handle: `<topic>.dlq`. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
