import { Client } from 'pg';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { eventStoreContract } from '../testing/event-store.contract';
import { idempotencyLogContract } from '../testing/idempotency-log.contract';
import { transactionContract } from '../testing/transaction.contract';
import { Decider, DomainCommand, DomainEvent } from '@yunghap/kernel';
import { handleCommand } from '../command-handler';
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

// Each transaction gets its own pooled connection: the locks are really contended on the server.
transactionContract('PostgreSQL (node-postgres, server)', () => openPostgresEventStore({ connectionString: engine.url, schema, maxConnections: 25 }), {
  writers: 20,
});

describe('processed messages on PostgreSQL: a command inside runOnce that loses a race', () => {
  it('re-reads and retries within the same transaction, recording the message once', async () => {
    const store = await openPostgresEventStore({ connectionString: engine.url, schema });
    const streamId = `tally-${Date.now()}`;
    const tally: Decider<DomainCommand<'Add', null>, DomainEvent<'Added', { n: number }>, number> = {
      initialState: () => 0,
      evolve: (count) => count + 1,
      decide: (_command, count) => [{ type: 'Added', data: { n: count + 1 } }],
    };
    const add = { type: 'Add' as const, data: null, metadata: { now: '2026-05-01T00:00:00.000Z', actor: { userId: 'system', role: 'system' as const } } };
    await handleCommand(store, streamId, add, tally);

    let raced = false;
    const outcome = await store.runOnce('tally-consumer', 'message-1', (session) =>
      handleCommand(
        {
          readStream: session.readStream,
          appendToStream: async (...args) => {
            // Another connection commits first, once: the first append inside the transaction conflicts.
            if (!raced) await handleCommand(store, streamId, add, tally);
            raced = true;
            return session.appendToStream(...args);
          },
        },
        streamId,
        add,
        tally,
      ),
    );
    const again = await store.runOnce('tally-consumer', 'message-1', () => Promise.reject(new Error('must not run twice')));
    const events = await store.readStream(streamId);
    await store.close();

    expect(outcome.processed).toBe(true);
    expect(again.processed).toBe(false);
    expect(events.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);
  });
});

idempotencyLogContract('PostgreSQL', async () => {
  const store = await openPostgresEventStore({ connectionString: engine.url, schema, maxConnections: 20 });
  return { log: store.idempotency, store, close: () => store.close() };
});
