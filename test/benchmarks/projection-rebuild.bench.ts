// Projection rebuild from position 0 out of PostgreSQL, into FerretDB (the distributed mode's
// read-model store) and into the in-memory read model, against a baseline in the same run:
// reading the same events without projecting. Two shapes of event log: each stream's events
// together (every document written once per rebuild), and streams interleaved (every document
// written again in most batches), since FerretDB's cost is per document written.
import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, openPostgresEventStore } from '@yunghap/event-store';
import { InMemoryReadModelStore, MongooseReadModelStore, Projection, ProjectionRunner, ReadModelStore } from '@yunghap/read-models';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { Client } from 'pg';
import { perSecond, recordBenchmark } from './record';

const EVENTS = Number(process.env['BENCH_REBUILD_EVENTS'] ?? 100_000);
const STREAMS = 1_000;
const SHAPES = [
  { name: 'streams together', eventsPerAppend: 100 },
  { name: 'streams interleaved', eventsPerAppend: 10 },
];

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

/** Appends `eventsPerAppend` events at a time to streams in turn: stream n % STREAMS. */
async function fill(store: EventStore, eventsPerAppend: number): Promise<void> {
  for (let n = 0; n < EVENTS / eventsPerAppend; n += 1) {
    const events: NewEvent[] = Array.from({ length: eventsPerAppend }, (_, i) => ({
      eventId: randomUUID(),
      type: 'ApplicationChanged',
      data: { status: ['submitted', 'screened', 'in-evaluation'][i % 3], requestedWon: 100_000_000 + i },
      metadata: {
        actor: { userId: 'bench', role: 'center-staff' },
        correlationId: randomUUID(),
        causationId: null,
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
    }));
    await store.appendToStream(`application-${n % STREAMS}`, events, { expectedVersion: 'any' });
  }
}

async function readRate(store: EventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let after = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1_000 });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].position;
  }
  return perSecond(EVENTS, process.hrtime.bigint() - started);
}

async function rebuildRate(store: EventStore, readModels: ReadModelStore, documents: number): Promise<number> {
  const runner = new ProjectionRunner({ eventStore: store, readModels, projections: [applicationList] });
  const started = process.hrtime.bigint();
  await runner.start();
  await runner.waitFor(await store.headPosition(), { timeoutMs: 1_800_000 });
  const rate = perSecond(EVENTS, process.hrtime.bigint() - started);
  await runner.stop();
  const rows = await readModels.collection<ApplicationRow>(applicationList.collection).count();
  if (rows !== documents) throw new Error(`rebuild left ${rows} documents, not ${documents}`);
  return rate;
}

async function main(): Promise<void> {
  const postgres = await requireEngine(localEngines().postgres);
  const mongo = await requireEngine(localEngines().mongo);
  const rows: (string | number)[][] = [];
  for (const shape of SHAPES) {
    const schema = uniqueName('bench_rebuild').toLowerCase();
    const store = await openPostgresEventStore({ connectionString: postgres.url, schema });
    const ferret = await MongooseReadModelStore.connect(mongo.url(''), uniqueName('bench_rebuild'));
    try {
      await fill(store, shape.eventsPerAppend);
      const read = await readRate(store);
      const documents = Math.min(STREAMS, EVENTS / shape.eventsPerAppend);
      const inMemory = await rebuildRate(store, new InMemoryReadModelStore(), documents);
      const intoFerret = await rebuildRate(store, ferret, documents);
      rows.push([shape.name, EVENTS, read, inMemory, intoFerret, (intoFerret / read).toFixed(3)]);
    } finally {
      await ferret.dropAll();
      await ferret.close();
      await store.close();
      const admin = new Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }

  recordBenchmark(
    'Projection rebuild from PostgreSQL into FerretDB and in memory',
    ['event log', 'events', 'read only (events/s)', 'rebuild in memory (events/s)', 'rebuild into FerretDB (events/s)', 'FerretDB / read'],
    rows,
    [
      `${STREAMS} streams; one projection that keeps a document per stream. "Streams together": 100 events per append, so a batch of 1,000 events touches about 10 documents; "interleaved": 10 per append, so it touches about 100, each written again in most batches. "Read only" pages through readAll(1000) without projecting: the baseline no rebuild can beat. Goal: ≥ 5,000 events/s into FerretDB.`,
    ],
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
