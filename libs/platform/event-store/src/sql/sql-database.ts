/** The little the event store needs from a PostgreSQL connection, so pg and PGlite share one adapter. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements without parameters (the schema). */
  exec(script: string): Promise<void>;
}

export interface SqlDatabase extends SqlSession {
  /** Names the database in errors and logs, without credentials: "PostgreSQL 127.0.0.1:55432/yunghap, schema grants". */
  readonly description: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` when another process appends (LISTEN/NOTIFY). Appends made through this
   * process are signalled by the store itself; an engine without NOTIFY returns a no-op.
   */
  listenForAppends(listener: () => void): () => void;
  close(): Promise<void>;
}

/** A PostgreSQL error as both drivers report it. */
export interface SqlError {
  readonly code?: string;
  readonly detail?: string;
  readonly message: string;
}

export function isSqlError(error: unknown): error is SqlError {
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}
