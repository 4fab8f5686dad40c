import { NodePostgresDatabase, NodePostgresOptions } from './sql/node-postgres.database';
import { PgliteDatabase } from './sql/pglite.database';
import { SqlEventStore } from './sql/sql-event-store';
import { CatchUpTuning } from './catch-up-subscription';

/** The event store on a PostgreSQL server (distributed mode). */
export async function openPostgresEventStore(options: NodePostgresOptions & { tuning?: CatchUpTuning }): Promise<SqlEventStore> {
  return SqlEventStore.open(await NodePostgresDatabase.connect(options), { tuning: options.tuning });
}

/** The event store embedded in this process (single-process mode); in memory when `dataDir` is omitted. */
export async function openPgliteEventStore(dataDir?: string, options: { tuning?: CatchUpTuning } = {}): Promise<SqlEventStore> {
  return SqlEventStore.open(await PgliteDatabase.open(dataDir), options);
}
