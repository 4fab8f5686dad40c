import { PGlite, Transaction } from '@electric-sql/pglite';
import { SqlDatabase, SqlSession } from './sql-database';

/**
 * PGlite (embedded PostgreSQL, file-backed) behind the SqlDatabase seam. PGlite is one session
 * in one process: its transactions are already serialised, and only this process can append,
 * so there is nobody else to LISTEN to.
 */
export class PgliteDatabase implements SqlDatabase {
  readonly description: string;

  private constructor(private readonly db: PGlite) {
    this.description = `PGlite ${db.dataDir ?? 'in memory'}`;
  }

  /** `dataDir` undefined keeps the database in memory (tests); otherwise a folder such as ./data/grants. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    return PgliteDatabase.over(dataDir === undefined ? new PGlite() : new PGlite(dataDir));
  }

  /** Wraps an instance the caller opened (tests use it to reach the same database with plain SQL). */
  static async over(db: PGlite): Promise<PgliteDatabase> {
    await db.waitReady;
    return new PgliteDatabase(db);
  }

  async query<Row>(text: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    return { rows: (await this.db.query<Row>(text, params as unknown[])).rows };
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.db.transaction((tx: Transaction) =>
      work({
        query: async <Row>(text: string, params: readonly unknown[] = []) => ({ rows: (await tx.query<Row>(text, params as unknown[])).rows }),
        exec: async (script: string) => void (await tx.exec(script)),
      }),
    );
  }

  listenForAppends(): () => void {
    return () => undefined;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
