import { OutboxMessage } from './event-store.port';

export interface PendingOutboxMessage extends OutboxMessage {
  /** Order of the outbox: relay in this order to keep per-key order on the topic. */
  readonly outboxId: number;
  readonly createdAt: string;
}

/**
 * Integration messages written with the events (`AppendOptions.outbox`) and waiting to be
 * relayed. Example: `const batch = await outbox.pendingOutbox(100); …publish…; await outbox.markPublished(batch.map((m) => m.outboxId));`
 */
export interface OutboxStore {
  pendingOutbox(limit: number): Promise<PendingOutboxMessage[]>;
  /** Marking twice is harmless; a message marked is never handed out again. */
  markPublished(outboxIds: readonly number[]): Promise<void>;
  /** Wake-up when new messages may be waiting; returns the unregister function. */
  onOutboxAppended(listener: () => void): () => void;
}
