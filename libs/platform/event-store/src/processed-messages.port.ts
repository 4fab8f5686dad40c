import { EventStoreTransaction } from './transaction.port';

/**
 * Exactly-once effects for at-least-once delivery: the message id is recorded in the same
 * transaction as the events the effect appends, so a redelivered message changes nothing.
 * Example: `await processed.runOnce('grants.on-evaluation-completed', message.id, (tx) => handle(tx, …))`
 */
export interface ProcessedMessageStore {
  runOnce<T>(
    consumer: string,
    messageId: string,
    effect: (session: EventStoreTransaction) => Promise<T>,
  ): Promise<{ processed: true; result: T } | { processed: false }>;
}
