import { ClientConfig, Pool, PoolClient } from 'pg';
import pino, { Logger } from 'pino';
import { TIMED_OUT, withinDeadline } from '../deadline';
import { asEventStoreUnavailable, isEventStoreUnavailable } from '../store-failure';
import { ListenRetry, PostgresAppendListener } from './postgres-append-listener';
import { SqlDatabase, SqlSession } from './sql-database';

/** How long the store waits for PostgreSQL before it reports the server unavailable. */
export interface NodePostgresTimeouts {
  /** Opening a connection, and waiting for a free one in the pool. Default 5 s. */
  readonly connectMs?: number;
  /** The server cancels a statement running longer (statement_timeout). Default 10 s. */
  readonly statementMs?: number;
  /** The server closes a session idling this long inside a transaction, releasing its locks. Default 30 s. */
  readonly idleInTransactionMs?: number;
}

export interface NodePostgresOptions {
  readonly connectionString: string;
  /** Every table of the store lives in this schema (created when missing). */
  readonly schema?: string;
  readonly maxConnections?: number;
  /**
   * Receives what the store survives on its own (dropped idle connections, LISTEN reconnects).
   * Without it those go unlogged.
   */
  readonly logger?: Logger;
  readonly timeouts?: NodePostgresTimeouts;
  /** Backoff of the LISTEN connection's reconnects. Default 100 ms doubling to 5 s. */
  readonly listenRetry?: ListenRetry;
}

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

const DEFAULT_TIMEOUTS: Required<NodePostgresTimeouts> = { connectMs: 5_000, statementMs: 10_000, idleInTransactionMs: 30_000 };
const DEFAULT_LISTEN_RETRY: ListenRetry = { initialDelayMs: 100, maxDelayMs: 5_000 };
/**
 * The client gives up this long after the server's statement_timeout, so a statement the server
 * can still cancel ends with the server's clear error, and a frozen server or network still ends.
 */
const QUERY_TIMEOUT_MARGIN_MS = 1_000;
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;
/** PostgreSQL keeps the first 63 bytes of application_name; the listener's suffix must survive. */
const APPLICATION_NAME_LENGTH = 56;

function describe(connectionString: string, schema: string): string {
  // The URL's host and database only: the connection string may carry a password.
  const url = URL.canParse(connectionString) ? new URL(connectionString) : null;
  return url ? `PostgreSQL ${url.host}${url.pathname}, schema ${schema}` : `PostgreSQL schema ${schema}`;
}

/**
 * node-postgres behind the SqlDatabase seam: a pool for queries, one connection for LISTEN.
 * Connections are named `yunghap-<schema>` (the LISTEN one `yunghap-<schema>-listen`) in
 * pg_stat_activity, so operators can find them.
 */
export class NodePostgresDatabase implements SqlDatabase {
  readonly description: string;
  private readonly pool: Pool;
  private readonly appendListener: PostgresAppendListener;
  private readonly timeouts: Required<NodePostgresTimeouts>;
  private readonly logger: Logger;
  /** Each pooled connection until its socket is closed, so close() can drop those a frozen server keeps open. */
  private readonly openConnections = new Map<PoolClient, Promise<void>>();

  private constructor(readonly options: NodePostgresOptions) {
    const schema = options.schema ?? 'public';
    if (!SAFE_IDENTIFIER.test(schema)) throw new Error(`Invalid schema name for the event store: ${schema}`);
    this.description = describe(options.connectionString, schema);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.logger = (options.logger ?? pino({ level: 'silent' })).child({ eventStore: this.description });
    const applicationName = `yunghap-${schema}`.slice(0, APPLICATION_NAME_LENGTH);
    const config: ClientConfig = {
      connectionString: options.connectionString,
      options: `-c search_path=${schema}`,
      application_name: applicationName,
      connectionTimeoutMillis: this.timeouts.connectMs,
      statement_timeout: this.timeouts.statementMs,
      query_timeout: this.timeouts.statementMs + QUERY_TIMEOUT_MARGIN_MS,
      idle_in_transaction_session_timeout: this.timeouts.idleInTransactionMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
    };
    this.pool = new Pool({ ...config, max: options.maxConnections ?? 10 });
    // An idle connection the server dropped (a restart, pg_terminate_backend): the pool has already
    // discarded it and opens a new one on demand. Unhandled, this event would end the process.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'PostgreSQL dropped an idle connection'));
    this.pool.on('connect', (client) => {
      const closed = new Promise<void>((resolve) => client.once('end', resolve));
      this.openConnections.set(
        client,
        closed.then(() => void this.openConnections.delete(client)),
      );
    });
    this.appendListener = new PostgresAppendListener(
      schema,
      { ...config, application_name: `${applicationName}-listen` },
      options.listenRetry ?? DEFAULT_LISTEN_RETRY,
      this.timeouts.connectMs,
      this.logger,
    );
  }

  static async connect(options: NodePostgresOptions): Promise<NodePostgresDatabase> {
    const database = new NodePostgresDatabase(options);
    try {
      await database.pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema ?? 'public'}`);
    } catch (error) {
      await database.close();
      throw asEventStoreUnavailable(error, database.description);
    }
    return database;
  }

  async query<Row>(text: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.pool.query(text, params as unknown[]);
    return { rows: result.rows as Row[] };
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A checked-out connection has no listener of the pool's: without one, its failure between
    // two statements would end the process. The next statement reports it anyway.
    const ignoreUntilNextStatement = () => undefined;
    client.on('error', ignoreUntilNextStatement);
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const session: SqlSession = {
        query: async <Row>(text: string, params: readonly unknown[] = []) => ({ rows: (await client.query(text, params as unknown[])).rows as Row[] }),
        exec: async (script: string) => void (await client.query(script)),
      };
      const result = await work(session);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // On a lost or timed-out connection a ROLLBACK would only wait in vain: the server rolls
      // back when the connection closes, and the pool must not hand that connection out again.
      if (isEventStoreUnavailable(error)) broken = error;
      else await client.query('ROLLBACK').catch((rollbackFailure: unknown) => (broken = rollbackFailure));
      throw error;
    } finally {
      client.off('error', ignoreUntilNextStatement);
      client.release(broken === undefined ? undefined : toError(broken));
    }
  }

  listenForAppends(listener: () => void): () => void {
    return this.appendListener.add(listener);
  }

  async close(): Promise<void> {
    await this.appendListener.close();
    await this.pool.end();
    const closed = Promise.all(this.openConnections.values());
    if ((await withinDeadline(closed, this.timeouts.connectMs)) !== TIMED_OUT) return;
    this.logger.warn({ connections: this.openConnections.size }, 'PostgreSQL did not answer the goodbye; dropping its connections');
    this.openConnections.forEach((_closed, client) => client.connection.stream.destroy());
    await closed;
  }
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
