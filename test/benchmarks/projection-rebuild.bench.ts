// Projection rebuild from position 0 into the in-memory read model, from PGlite and from
// PostgreSQL, against a baseline in the same run: reading the same events without projecting.
import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, openPgliteEventStore, openPostgresEventStore } from '@yunghap/event-store';
import { InMemoryReadModelStore, Projection, ProjectionRunner } from '@yunghap/read-models';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { Client } from 'pg';
import { perSecond, recordBenchmark } from './record';

const EVENTS = Number(process.env['BENCH_REBUILD_EVENTS'] ?? 100_000);
const STREAMS = 1_000;

interface ApplicationRow {
  readonly _id: string;
  readonly status: string;
  readonly requestedWon: number;
  readonly changes: number;
}

const applicationList: Projection<ApplicationRow> = {
  name: 'bench-application-list',
  collection: 'applications',
  handles: ['ApplicationChanged'],
  documentId: (event) => event.streamId,
  apply: (doc, event) => {
    const data = event.data as { status: string; requestedWon: number };
    return { _id: event.streamId, status: data.status, requestedWon: data.requestedWon, changes: (doc?.changes ?? 0) + 1 };
  },
};

async function fill(store: EventStore): Promise<void> {
  const perAppend = 100;
  for (let n = 0; n < EVENTS / perAppend; n += 1) {
    const events: NewEvent[] = Array.from({ length: perAppend }, (_, i) => ({
      eventId: randomUUID(),
      type: 'ApplicationChanged',
      data: { status: ['submitted', 'screened', 'in-evaluation'][i % 3], requestedWon: 100_000_000 + i },
      metadata: { actor: { userId: 'bench', role: 'center-staff' }, correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
    }));
    await store.appendToStream(`application-${n % STREAMS}`, events, { expectedVersion: 'any' });
  }
}

async function measure(store: EventStore): Promise<{ readRate: number; rebuildRate: number }> {
  const readStarted = process.hrtime.bigint();
  let after = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 500 });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].position;
  }
  const readRate = perSecond(EVENTS, process.hrtime.bigint() - readStarted);

  const runner = new ProjectionRunner({ eventStore: store, readModels: new InMemoryReadModelStore(), projections: [applicationList] });
  const started = process.hrtime.bigint();
  await runner.start();
  await runner.waitFor(await store.headPosition(), { timeoutMs: 600_000 });
  const rebuildRate = perSecond(EVENTS, process.hrtime.bigint() - started);
  await runner.stop();
  return { readRate, rebuildRate };
}

async function main(): Promise<void> {
  const rows: (string | number)[][] = [];

  const pglite = await openPgliteEventStore();
  await fill(pglite);
  const embedded = await measure(pglite);
  await pglite.close();
  rows.push(['PGlite (in memory)', EVENTS, embedded.readRate, embedded.rebuildRate, (embedded.rebuildRate / embedded.readRate).toFixed(2)]);

  const engine = await requireEngine(localEngines().postgres);
  const schema = uniqueName('bench_rebuild').toLowerCase();
  const postgres = await openPostgresEventStore({ connectionString: engine.url, schema });
  await fill(postgres);
  const server = await measure(postgres);
  await postgres.close();
  const admin = new Client({ connectionString: engine.url });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
  rows.push(['PostgreSQL', EVENTS, server.readRate, server.rebuildRate, (server.rebuildRate / server.readRate).toFixed(2)]);

  recordBenchmark('Projection rebuild into the in-memory read model', ['source', 'events', 'read only (events/s)', 'rebuild (events/s)', 'rebuild / read'], rows, [
    `${STREAMS} streams; one projection that keeps a document per stream. "Read only" pages through readAll(500) without projecting: the baseline the rebuild cannot beat. Goal: ≥ 100,000 events/s in memory.`,
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
