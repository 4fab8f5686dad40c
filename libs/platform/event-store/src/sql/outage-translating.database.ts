import { asEventStoreUnavailable } from '../store-failure';
import { SqlDatabase, SqlSession } from './sql-database';

/**
 * Wraps a SqlDatabase so that every outage of it (see isEventStoreUnavailable) leaves as an
 * EventStoreUnavailableError naming the database, whichever store method met it. Errors thrown by
 * the caller's own work inside a transaction pass unchanged: an outage of some other system there
 * is not the event store's.
 */
export class OutageTranslatingDatabase implements SqlDatabase {
  readonly description: string;

  constructor(private readonly db: SqlDatabase) {
    this.description = db.description;
  }

  query<Row>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    return this.translated(this.db.query<Row>(text, params));
  }

  exec(script: string): Promise<void> {
    return this.translated(this.db.exec(script));
  }

  async transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const thrownByWork = new Set<unknown>();
    try {
      return await this.db.transaction(async (session) => {
        try {
          return await work(this.translatingSession(session));
        } catch (error) {
          thrownByWork.add(error);
          throw error;
        }
      });
    } catch (error) {
      if (thrownByWork.has(error)) throw error;
      throw asEventStoreUnavailable(error, this.description);
    }
  }

  listenForAppends(listener: () => void): () => void {
    return this.db.listenForAppends(listener);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private translatingSession(session: SqlSession): SqlSession {
    return {
      query: <Row>(text: string, params?: readonly unknown[]) => this.translated(session.query<Row>(text, params)),
      exec: (script: string) => this.translated(session.exec(script)),
    };
  }

  private translated<T>(work: Promise<T>): Promise<T> {
    return work.catch((error: unknown) => {
      throw asEventStoreUnavailable(error, this.description);
    });
  }
}
