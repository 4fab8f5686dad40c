import { Client } from 'pg';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { openPostgresEventStore } from '../open-event-store';
import { testEvent } from '../testing/event-store.contract';
import { SqlEventStore } from './sql-event-store';

const engine = localEngines().postgres;
// A database of its own, shared by two schemas as the services of one deployment share theirs.
const database = uniqueName('es_notify').toLowerCase();
const admin = new Client({ connectionString: engine.url });
const url = Object.assign(new URL(engine.url), { pathname: `/${database}` }).toString();
const stores: SqlEventStore[] = [];

async function open(schema: string): Promise<SqlEventStore> {
  const store = await openPostgresEventStore({ connectionString: url, schema });
  stores.push(store);
  return store;
}

/** Resolves once `store` has heard of `count` appends (its LISTEN connection coming up is the first). */
function wakes(store: SqlEventStore): { readonly count: () => number; readonly reach: (count: number) => Promise<void> } {
  let heard = 0;
  let waiting: { readonly count: number; readonly resolve: () => void } | null = null;
  store.onOutboxAppended(() => {
    heard += 1;
    if (waiting && heard >= waiting.count) waiting.resolve();
  });
  return {
    count: () => heard,
    reach: (count) => (heard >= count ? Promise.resolve() : new Promise<void>((resolve) => (waiting = { count, resolve }))),
  };
}

beforeAll(async () => {
  await requireEngine(engine);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
});
afterAll(async () => {
  for (const store of stores) await store.close();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe('append notifications between processes sharing one PostgreSQL database', () => {
  it("wake a store for its own schema's appends made elsewhere, and never for another schema's", async () => {
    const grants = await open('notify_grants');
    const grantsElsewhere = await open('notify_grants');
    const centers = await open('notify_centers');
    const heard = wakes(grants);
    await heard.reach(1);

    await grantsElsewhere.appendToStream('grant-1', [testEvent('GrantProposed')], { expectedVersion: 'no-stream' });
    await heard.reach(2);
    for (let i = 0; i < 5; i++) await centers.appendToStream(`center-${i}`, [testEvent('CenterRegistered')], { expectedVersion: 'no-stream' });
    // Notifications reach a listener in commit order: once this one is heard, the centers' ones were delivered too.
    await grantsElsewhere.appendToStream('grant-2', [testEvent('GrantProposed')], { expectedVersion: 'no-stream' });
    await heard.reach(3);

    expect(heard.count()).toBe(3);
  });
});
