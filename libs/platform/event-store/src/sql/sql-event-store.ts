import {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedVersion,
  JsonValue,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamMetadata,
  SubscribeToAllOptions,
  Subscription,
  VerifyReport,
} from '../event-store.port';
import { LockAfterAppendError, PartialReplayError, WrongExpectedVersionError } from '../errors';
import { AppendSignal } from '../append-signal';
import { CoalescedReads } from '../coalesced-reads';
import { catchUpSubscription, CatchUpTuning, DEFAULT_CATCH_UP_TUNING } from '../catch-up-subscription';
import { OutboxStore, PendingOutboxMessage } from '../outbox.port';
import { ProcessedMessageStore } from '../processed-messages.port';
import { EventStoreTransaction, TransactionalEventStore } from '../transaction.port';
import { SqlIdempotencyLog } from './sql-idempotency-log';
import { SqlAuditTree } from './sql-audit-tree';
import { SCHEMA_SQL, VERIFY_SQL, VERIFY_TAILS_SQL } from './schema.sql';
import { isSqlError, SqlDatabase, SqlSession } from './sql-database';
import { OutageTranslatingDatabase } from './outage-translating.database';
import { EventStoreUnavailableError, isEventStoreUnavailable } from '../store-failure';
import { TIMED_OUT, withinDeadline } from '../deadline';

interface EventRow {
  position: string | number;
  stream_id: string;
  version: number;
  event_id: string;
  event_type: string;
  data: JsonValue;
  metadata: NewEvent['metadata'];
  recorded_at: Date | string;
  hash: string;
  previous_hash: string | null;
}

/** Long enough for a loaded server, short enough for a health check that must not hang. */
const DEFAULT_PING_TIMEOUT_MS = 2_000;

/** A stream is created once; losing that race twice in a row means something else is wrong. */
const MAX_CREATION_RACES = 3;

const EVENT_COLUMNS = 'position, stream_id, version, event_id, event_type, data, metadata, recorded_at, hash, previous_hash';

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    version: row.version,
    position: Number(row.position),
    recordedAt: new Date(row.recorded_at).toISOString(),
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}

function expectedAsText(expected: ExpectedVersion): string {
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0) throw new RangeError(`expectedVersion must be a non-negative integer, got ${expected}`);
    return String(expected);
  }
  return expected;
}

/**
 * The PostgreSQL event store, over node-postgres or PGlite (see `SqlDatabase`). Also the
 * outbox, the processed-message log and transactions over several streams, because each must
 * commit with the events.
 * An outage of the database (connection lost or refused, a timeout) leaves every method as an
 * EventStoreUnavailableError; refusals keep their own errors.
 */
export class SqlEventStore implements EventStore, TransactionalEventStore, OutboxStore, ProcessedMessageStore {
  private readonly appended: AppendSignal;
  private readonly subscriptionReads: CoalescedReads;
  private readonly appendObservers = new Set<(seconds: number) => void>();
  /** The `Idempotency-Key` log, in the same database as the events it protects. */
  readonly idempotency: SqlIdempotencyLog;
  /** The Merkle tree and checkpoints over these events, beside them. */
  readonly auditTree: SqlAuditTree;
  private seal: ((events: readonly NewEvent[]) => Promise<readonly NewEvent[]>) | null = null;

  private constructor(
    private readonly db: SqlDatabase,
    private readonly tuning: CatchUpTuning,
    private readonly clock: () => Date,
  ) {
    this.appended = new AppendSignal((listener) => db.listenForAppends(listener));
    this.subscriptionReads = new CoalescedReads(
      (range) => this.readAll(range),
      () => this.appended.generation,
    );
    this.idempotency = new SqlIdempotencyLog(db);
    this.auditTree = new SqlAuditTree(db);
  }

  /** Creates the schema when missing (concurrent starts are serialised by an advisory lock). */
  static async open(database: SqlDatabase, options: { tuning?: CatchUpTuning; clock?: () => Date } = {}): Promise<SqlEventStore> {
    const db = new OutageTranslatingDatabase(database);
    await db.transaction(async (session) => {
      await session.query("SELECT pg_advisory_xact_lock(hashtext('yunghap_event_store_schema'))");
      await session.exec(SCHEMA_SQL);
    });
    return new SqlEventStore(db, options.tuning ?? DEFAULT_CATCH_UP_TUNING, options.clock ?? (() => new Date()));
  }

  /**
   * Has every append pass its events through `seal` before they are hashed and stored (personal
   * data sealed under each person's key); reads return what was stored. Set once, at start.
   */
  sealEventsWith(seal: (events: readonly NewEvent[]) => Promise<readonly NewEvent[]>): void {
    this.seal = seal;
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.appendWith(this.db, streamId, events, options).then((result) => {
      this.appended.notify();
      return result;
    });
  }

  /**
   * Inside a transaction the append runs under a savepoint, so a refused append leaves the
   * transaction usable and the caller (handleCommand) can read again and retry in it.
   */
  private async appendWith(
    session: SqlSession,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
    inTransaction = false,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError(`Nothing to append to stream ${streamId}`);
    const started = process.hrtime.bigint();
    const expected = expectedAsText(options.expectedVersion);
    const stored = this.seal === null ? events : await this.seal(events);
    const params = [streamId, expected, JSON.stringify(stored), JSON.stringify(options.outbox ?? []), this.clock().toISOString()];
    for (let attempt = 1; ; attempt += 1) {
      if (inTransaction) await session.query('SAVEPOINT es_append');
      try {
        const { rows } = await session.query<{ next_version: number; last_position: string | number }>(
          'SELECT next_version, last_position FROM es_append($1, $2, $3::jsonb, $4::jsonb, $5::timestamptz)',
          params,
        );
        if (inTransaction) await session.query('RELEASE SAVEPOINT es_append');
        const [row] = rows;
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        for (const observer of this.appendObservers) observer(seconds);
        return { nextExpectedVersion: row.next_version, lastPosition: Number(row.last_position) };
      } catch (error) {
        // After an outage the transaction is lost anyway; a ROLLBACK TO would only wait for it again.
        if (inTransaction && !isEventStoreUnavailable(error)) await session.query('ROLLBACK TO SAVEPOINT es_append');
        // Another append created the stream between our look and our lock: look again.
        if (isSqlError(error) && error.code === 'YH004' && attempt < MAX_CREATION_RACES) continue;
        if (isSqlError(error) && error.code === 'YH001') throw new WrongExpectedVersionError(streamId, options.expectedVersion, Number(error.detail));
        if (isSqlError(error) && error.code === 'YH002') throw new PartialReplayError(streamId, events[0].eventId);
        throw error;
      }
    }
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamWith(this.db, streamId, options);
  }

  private async readStreamWith(session: SqlSession, streamId: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromVersion ?? (backwards ? 2 ** 31 - 1 : 1);
    const { rows } = await session.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = $1 AND version ${backwards ? '<=' : '>='} $2
        ORDER BY version ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, from, options.maxCount ?? null],
    );
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE position > $1 ORDER BY position LIMIT $2`, [
      options.after ?? 0,
      options.maxCount ?? null,
    ]);
    return rows.map(toRecorded);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return catchUpSubscription(
      {
        readAll: (range) => this.subscriptionReads.readAll(range),
        onAppended: (listener) => this.appended.listen(listener),
      },
      options,
      this.tuning,
    );
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.db.query<{ position: string | number }>('SELECT coalesce(max(position), 0) AS position FROM es_events');
    return Number(rows[0].position);
  }

  async getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    const { rows } = await this.db.query<{ metadata: StreamMetadata }>('SELECT metadata FROM es_streams WHERE stream_id = $1', [streamId]);
    return rows[0]?.metadata ?? {};
  }

  async setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    await this.db.query(
      `INSERT INTO es_streams (stream_id, metadata) VALUES ($1, $2::jsonb)
       ON CONFLICT (stream_id) DO UPDATE SET metadata = excluded.metadata`,
      [streamId, JSON.stringify(metadata)],
    );
  }

  async verify(scope: { readonly streamId: string } | 'all'): Promise<VerifyReport> {
    const streamId = scope === 'all' ? null : scope.streamId;
    const counts = await this.db.query<{ events: string | number; streams: string | number }>(
      'SELECT count(*) AS events, count(DISTINCT stream_id) AS streams FROM es_events WHERE $1::text IS NULL OR stream_id = $1',
      [streamId],
    );
    const eventsChecked = Number(counts.rows[0].events);
    const streamsChecked = Number(counts.rows[0].streams);
    const report = (firstBreak: VerifyReport['firstBreak']): VerifyReport => ({ ok: firstBreak === null, eventsChecked, streamsChecked, firstBreak });

    const breaks = await this.db.query<{ stream_id: string; version: number; position: string | number; reason: string }>(VERIFY_SQL, [streamId]);
    if (breaks.rows.length > 0) {
      const [row] = breaks.rows;
      return report({ streamId: row.stream_id, version: row.version, position: Number(row.position), reason: row.reason });
    }
    const tails = await this.db.query<{ stream_id: string; version: number; last_version: number | null }>(VERIFY_TAILS_SQL, [streamId]);
    if (tails.rows.length > 0) {
      const [row] = tails.rows;
      const reason = `stream head says version ${row.version} but the last stored event is ${row.last_version ?? 'none'}: events were removed or altered at the end`;
      return report({ streamId: row.stream_id, version: (row.last_version ?? 0) + 1, position: null, reason });
    }
    return report(null);
  }

  /** Calls `observer` with the duration of every successful append (metrics); returns the unregister function. */
  observeAppends(observer: (seconds: number) => void): () => void {
    this.appendObservers.add(observer);
    return () => this.appendObservers.delete(observer);
  }

  /** Messages not yet relayed and the creation time of the oldest, from the outbox's pending index. */
  async outboxBacklog(): Promise<{ readonly pending: number; readonly oldestCreatedAt: string | null }> {
    const { rows } = await this.db.query<{ pending: string | number; oldest: Date | string | null }>(
      'SELECT count(*) AS pending, min(created_at) AS oldest FROM es_outbox WHERE published_at IS NULL',
    );
    const [row] = rows;
    return { pending: Number(row.pending), oldestCreatedAt: row.oldest === null ? null : new Date(row.oldest).toISOString() };
  }

  async pendingOutbox(limit: number): Promise<PendingOutboxMessage[]> {
    const { rows } = await this.db.query<{
      id: string | number;
      message_id: string;
      topic: string;
      message_key: string;
      message_type: string;
      payload: JsonValue;
      headers: Record<string, string>;
      created_at: Date | string;
    }>('SELECT id, message_id, topic, message_key, message_type, payload, headers, created_at FROM es_outbox WHERE published_at IS NULL ORDER BY id LIMIT $1', [
      limit,
    ]);
    return rows.map((row) => ({
      outboxId: Number(row.id),
      messageId: row.message_id,
      topic: row.topic,
      key: row.message_key,
      type: row.message_type,
      payload: row.payload,
      headers: row.headers,
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  async markPublished(outboxIds: readonly number[]): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.db.query('UPDATE es_outbox SET published_at = $2::timestamptz WHERE id = ANY($1::bigint[]) AND published_at IS NULL', [
      outboxIds,
      this.clock().toISOString(),
    ]);
  }

  onOutboxAppended(listener: () => void): () => void {
    return this.onAppended(listener);
  }

  /** Calls `listener` after appends (this process's at once, other processes' through NOTIFY); returns the unregister function. */
  onAppended(listener: () => void): () => void {
    return this.appended.listen(listener);
  }

  transaction<T>(work: (session: EventStoreTransaction) => Promise<T>): Promise<T> {
    return this.inTransaction((_sql, session) => work(session));
  }

  runOnce<T>(
    consumer: string,
    messageId: string,
    effect: (session: EventStoreTransaction) => Promise<T>,
  ): Promise<{ processed: true; result: T } | { processed: false }> {
    return this.inTransaction(async (sql, session) => {
      const { rows } = await sql.query(
        'INSERT INTO es_processed_messages (consumer, message_id, processed_at) VALUES ($1, $2, $3::timestamptz) ON CONFLICT DO NOTHING RETURNING message_id',
        [consumer, messageId, this.clock().toISOString()],
      );
      if (rows.length === 0) return { processed: false as const };
      return { processed: true as const, result: await effect(session) };
    });
  }

  /** Subscribers hear of the transaction's appends once it has committed them, not before. */
  private async inTransaction<T>(work: (sql: SqlSession, session: EventStoreTransaction) => Promise<T>): Promise<T> {
    let appended = false;
    const result = await this.db.transaction((sql) =>
      work(
        sql,
        this.transactionOver(sql, () => (appended = true)),
      ),
    );
    if (appended) this.appended.notify();
    return result;
  }

  /**
   * A stream is locked through its row in es_streams, the row es_append locks first: a lock held
   * here makes every other append to the stream wait, and the transaction's own appends find it
   * already theirs. Locks come before the first append, which takes the store-wide append lock.
   */
  private transactionOver(sql: SqlSession, onAppend: () => void): EventStoreTransaction {
    let appending = false;
    return {
      readStream: (streamId, options = {}) => this.readStreamWith(sql, streamId, options),
      appendToStream: (streamId, events, options) => {
        appending = true;
        onAppend();
        return this.appendWith(sql, streamId, events, options, true);
      },
      lockStream: async (streamId) => {
        if (appending) throw new LockAfterAppendError(streamId);
        await sql.query('SELECT 1 FROM es_streams WHERE stream_id = $1 FOR UPDATE', [streamId]);
      },
    };
  }

  /**
   * A health probe: one round trip to the database, answered within `timeoutMs` either way.
   * Example: `const { latencyMs } = await store.ping();` (throws EventStoreUnavailableError).
   */
  async ping(timeoutMs = DEFAULT_PING_TIMEOUT_MS): Promise<{ readonly latencyMs: number }> {
    const started = performance.now();
    const answer = await withinDeadline(this.db.query('SELECT 1'), timeoutMs);
    if (answer === TIMED_OUT) throw EventStoreUnavailableError.because(this.db.description, new Error(`no answer to SELECT 1 within ${timeoutMs} ms`));
    return { latencyMs: performance.now() - started };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
