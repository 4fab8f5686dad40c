// Durable appends through the PostgreSQL adapter against a raw multi-row INSERT of equivalent
// rows, on the same server in the same run: the ratio is the figure (goal ≥ 0.6).
import { Client } from 'pg';
import { openPostgresEventStore } from '@yunghap/event-store';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { appendAll, benchEvent, median } from './append-events';
import { perSecond, recordBenchmark } from './record';

const TOTAL_EVENTS = Number(process.env['BENCH_EVENTS'] ?? 4000);

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
      const e = benchEvent(position);
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

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

async function ourAppends(url: string, batch: number): Promise<{ rate: number; schema: string }> {
  const schema = uniqueName('bench').toLowerCase();
  const store = await openPostgresEventStore({ connectionString: url, schema });
  const rate = await appendAll(store, TOTAL_EVENTS, batch);
  await store.close();
  return { rate, schema };
}

async function main(): Promise<void> {
  const engine = await requireEngine(localEngines().postgres);
  const rows: (string | number)[][] = [];
  for (const batch of [1, 100]) {
    const ours: number[] = [];
    const raw: number[] = [];
    // Rounds alternate so that neither side always runs on a warmer (or busier) server.
    for (let round = 0; round < ROUNDS; round += 1) {
      const { rate, schema } = await ourAppends(engine.url, batch);
      ours.push(rate);
      const client = new Client({ connectionString: engine.url, options: `-c search_path=${schema}` });
      await client.connect();
      raw.push(await rawInserts(client, batch));
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
    rows.push([batch, TOTAL_EVENTS, ROUNDS, median(ours), median(raw), (median(ours) / median(raw)).toFixed(2)]);
  }
  recordBenchmark(
    'Event store append (PostgreSQL adapter vs raw INSERT)',
    ['events per append', 'events per round', 'rounds', 'our appends (events/s, median)', 'raw INSERT (events/s, median)', 'ratio'],
    rows,
    [
      'One client, one transaction per append (fsync on), each append creating its stream. Our append is one call to es_append: stream lock, global-head lock, idempotency check, hash chain, outbox, NOTIFY. The raw baseline inserts the same columns with a precomputed hash and no locks. Rounds alternate between the two.',
    ],
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
