import { Client } from 'pg';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { eventStoreContract } from '../testing/event-store.contract';
import { openPostgresEventStore } from '../open-event-store';

const engine = localEngines().postgres;
const schema = uniqueName('es_contract').toLowerCase();
const admin = new Client({ connectionString: engine.url, options: `-c search_path=${schema}` });

beforeAll(async () => {
  await requireEngine(engine);
  await admin.connect();
});
afterAll(async () => {
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

// Each writer of a race gets its own pooled connection: real concurrency on the server.
eventStoreContract(
  'PostgreSQL (node-postgres, server)',
  async () => {
    const open = () => openPostgresEventStore({ connectionString: engine.url, schema, maxConnections: 20 });
    const store = await open();
    return {
      store,
      rawSql: (sql, params) => admin.query(sql, params),
      reopen: async () => {
        await store.close();
        return open();
      },
    };
  },
  { writers: 20, sqlTampering: true },
);
