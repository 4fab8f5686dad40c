import { EventStore } from './event-store.port';

/** Reading and appending: on the store itself (each append its own transaction) or inside a transaction. */
export type EventStoreSession = Pick<EventStore, 'appendToStream' | 'readStream'>;

/**
 * A session inside one store transaction: its appends, to any streams, commit together or not at all.
 * Example: `await tx.lockStream('grant-42'); await tx.lockStream('budget-line-2026-it'); …appends…`
 */
export interface EventStoreTransaction extends EventStoreSession {
  /**
   * Holds the stream against every other writer until the transaction ends, so what the
   * transaction reads from it stays true until it commits: two transactions that lock one stream
   * run one after the other instead of racing. Lock every stream before the first append, and in
   * one order wherever streams are locked together (grants: the decision's stream, then its budget
   * lines in stream-id order), so that no two transactions can wait for each other. A stream that does not exist yet
   * holds nothing: its first append is guarded by its expected version as ever.
   * Throws `LockAfterAppendError` once the transaction has appended.
   */
  lockStream(streamId: string): Promise<void>;
}

/**
 * A store that commits appends to several streams as one. The SQL adapters are; EventStoreDB writes
 * one stream per call and is not (docs/decisions/0002), so code that needs a transaction asks for
 * this type rather than `EventStore`.
 * Example: `await store.transaction(async (tx) => { await tx.lockStream(grant); …; await tx.appendToStream(grant, events, { expectedVersion }); })`
 */
export interface TransactionalEventStore {
  /** Commits when `work` resolves; rolls back everything it appended when it throws. */
  transaction<T>(work: (session: EventStoreTransaction) => Promise<T>): Promise<T>;
}
