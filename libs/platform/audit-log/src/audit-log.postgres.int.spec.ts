import { Client } from 'pg';
import { openPostgresEventStore, SqlEventStore } from '@yunghap/event-store';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { auditLogContract } from './testing/audit-log.contract';

const engine = localEngines().postgres;
beforeAll(() => requireEngine(engine));

// A schema per case, and a second connection as the superuser working behind the service's back.
auditLogContract('PostgreSQL server', async () => {
  const schema = uniqueName('audit').toLowerCase();
  const open = () => openPostgresEventStore({ connectionString: engine.url, schema });
  let store: SqlEventStore = await open();
  const admin = new Client({ connectionString: engine.url, options: `-c search_path=${schema}` });
  await admin.connect();
  return {
    get store() {
      return store;
    },
    superuserSql: async (script) => {
      await admin.query(script);
    },
    reopen: async () => {
      await store.close();
      store = await open();
      return store;
    },
    close: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
});
