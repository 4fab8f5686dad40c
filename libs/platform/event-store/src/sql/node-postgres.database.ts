import { Client, Pool, PoolConfig } from 'pg';
import { SqlDatabase, SqlSession } from './sql-database';

export interface NodePostgresOptions {
  readonly connectionString: string;
  /** Every table of the store lives in this schema (created when missing). */
  readonly schema?: string;
  readonly maxConnections?: number;
}

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** node-postgres behind the SqlDatabase seam: a pool for queries, one client for LISTEN. */
export class NodePostgresDatabase implements SqlDatabase {
  private readonly pool: Pool;
  private readonly config: PoolConfig;
  private listenerClient: Promise<Client> | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(readonly options: NodePostgresOptions) {
    const schema = options.schema ?? 'public';
    if (!SAFE_IDENTIFIER.test(schema)) throw new Error(`Invalid schema name for the event store: ${schema}`);
    this.config = { connectionString: options.connectionString, options: `-c search_path=${schema}` };
    this.pool = new Pool({ ...this.config, max: options.maxConnections ?? 10 });
  }

  static async connect(options: NodePostgresOptions): Promise<NodePostgresDatabase> {
    const database = new NodePostgresDatabase(options);
    const schema = options.schema ?? 'public';
    await database.pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
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
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  listenForAppends(listener: () => void): () => void {
    this.listeners.add(listener);
    this.listenerClient ??= this.startListening();
    return () => this.listeners.delete(listener);
  }

  private async startListening(): Promise<Client> {
    const client = new Client(this.config);
    await client.connect();
    client.on('notification', () => this.listeners.forEach((listener) => listener()));
    // A lost LISTEN connection only slows subscribers down to their polling bound.
    client.on('error', () => (this.listenerClient = null));
    await client.query('LISTEN es_appended');
    return client;
  }

  async close(): Promise<void> {
    const listener = this.listenerClient;
    this.listenerClient = null;
    if (listener) await (await listener).end().catch(() => undefined);
    await this.pool.end();
  }
}
