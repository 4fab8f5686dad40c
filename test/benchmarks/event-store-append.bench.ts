// Durable appends through the PostgreSQL adapter against a raw multi-row INSERT of equivalent
// rows, on the same server in the same run: the ratio is the figure (goal ≥ 0.6).
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { NewEvent, openPostgresEventStore } from '@yunghap/event-store';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { perSecond, recordBenchmark } from './record';

const TOTAL_EVENTS = Number(process.env['BENCH_EVENTS'] ?? 4000);

function event(i: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'GrantCommitted',
    data: { grantId: `grant-${i}`, amountWon: 250_000_000, lineId: 'advanced-technology-innovation' },
    metadata: { actor: { userId: 'pm-bench', role: 'program-manager' }, correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

async function rawInserts(client: Client, batch: number): Promise<number> {
  await client.query(`CREATE TABLE raw_events (position bigint PRIMARY KEY, stream_id text NOT NULL, version integer NOT NULL, event_id uuid NOT NULL,
    event_type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL, hash text NOT NULL, previous_hash text,
    UNIQUE (stream_id, version), UNIQUE (stream_id, event_id))`);
  let position = 0;
  const started = process.hrtime.bigint();
  for (let n = 0; n < TOTAL_EVENTS / batch; n += 1) {
    const params: unknown[] = [];
    const values: string[] = [];
    for (let v = 1; v <= batch; v += 1) {
      const e = event(position);
      position += 1;
      const o = params.length;
      values.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, now(), $${o + 8}, NULL)`);
      params.push(position, `raw-${n}`, v, e.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), 'x'.repeat(64));
    }
    await client.query(`INSERT INTO raw_events VALUES ${values.join(', ')}`, params);
  }
  const rate = perSecond(TOTAL_EVENTS, process.hrtime.bigint() - started);
  await client.query('DROP TABLE raw_events');
  return rate;
}

async function main(): Promise<void> {
  const engine = await requireEngine(localEngines().postgres);
  const rows: (string | number)[][] = [];
  for (const batch of [1, 100]) {
    const schema = uniqueName('bench').toLowerCase();
    const store = await openPostgresEventStore({ connectionString: engine.url, schema });
    const started = process.hrtime.bigint();
    for (let n = 0; n < TOTAL_EVENTS / batch; n += 1) {
      await store.appendToStream(`grant-${n}`, Array.from({ length: batch }, (_, i) => event(i)), { expectedVersion: 'no-stream' });
    }
    const ours = perSecond(TOTAL_EVENTS, process.hrtime.bigint() - started);

    const client = new Client({ connectionString: engine.url, options: `-c search_path=${schema}` });
    await client.connect();
    const raw = await rawInserts(client, batch);
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
    await store.close();
    rows.push([batch, TOTAL_EVENTS, ours, raw, (ours / raw).toFixed(2)]);
  }
  recordBenchmark('Event store append (PostgreSQL adapter vs raw INSERT)', ['events per append', 'events', 'our appends (events/s)', 'raw INSERT (events/s)', 'ratio'], rows, [
    'One client, one transaction per append (fsync on). Our append is one call to es_append: stream lock, global-head lock, hash chain, outbox, NOTIFY. The raw baseline inserts the same columns with a precomputed hash and no locks.',
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
