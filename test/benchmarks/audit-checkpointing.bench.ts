// Appends with the audit log keeper following the store (Merkle tree beside the events, signed
// checkpoints to a witness folder) against the same appends with no keeper, same server, same run:
// the ratio is the figure (goal ≥ 0.9, issue 14). The keeper runs in the appending process, as it
// does in a service, so it competes for the same CPU. The baseline is a store that listens for
// appends, as every service's does (its projections and outbox relay subscribe); a store nobody
// listens to is measured too, so that the cost of listening itself shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { AuditLogKeeper, logKeys, WitnessDirectory } from '@yunghap/audit-log';
import { openPostgresEventStore } from '@yunghap/event-store';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { generateNoteKeyPair } from '@yunghap/transparency-log';
import { appendAll, median } from './append-events';
import { recordBenchmark } from './record';

const TOTAL_EVENTS = Number(process.env['BENCH_EVENTS'] ?? 4000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CHECKPOINT_EVERY = 256;

interface Round {
  readonly rate: number;
  /** Milliseconds from the last append until the keeper had signed a checkpoint covering it. */
  readonly catchUpMs: number | null;
  readonly checkpoints: number | null;
}

type Variant = 'keeper' | 'listening' | 'silent';
const VARIANTS: readonly Variant[] = ['keeper', 'listening', 'silent'];

async function round(url: string, batch: number, variant: Variant): Promise<Round & { schema: string }> {
  const withKeeper = variant === 'keeper';
  const schema = uniqueName('bench').toLowerCase();
  const store = await openPostgresEventStore({ connectionString: url, schema });
  const witnessDir = mkdtempSync(path.join(tmpdir(), 'yunghap-bench-witness-'));
  const keys = logKeys(generateNoteKeyPair('bench.yunghap.test').signerKey, 'grants', []);
  const archive = new WitnessDirectory(witnessDir);
  const keeper = withKeeper
    ? new AuditLogKeeper({
        store,
        origin: keys.origin,
        signer: keys.signer,
        verifiers: keys.verifiers,
        archive,
        policy: { everyEvents: CHECKPOINT_EVERY, everyMs: 60_000 },
        clock: () => new Date(),
        logger: pino({ level: 'silent' }),
      })
    : null;
  keeper?.start();
  const unlisten = variant === 'listening' ? store.onAppended(() => undefined) : () => undefined;
  const rate = await appendAll(store, TOTAL_EVENTS, batch);
  unlisten();
  let catchUpMs: number | null = null;
  let checkpoints: number | null = null;
  if (keeper) {
    const done = performance.now();
    await keeper.checkpointCovering(TOTAL_EVENTS);
    catchUpMs = Math.round(performance.now() - done);
    checkpoints = (await archive.entries(keys.origin)).length;
    await keeper.stop();
  }
  await store.close();
  rmSync(witnessDir, { recursive: true, force: true });
  return { rate, catchUpMs, checkpoints, schema };
}

async function main(): Promise<void> {
  const engine = await requireEngine(localEngines().postgres);
  const admin = new Client({ connectionString: engine.url });
  await admin.connect();
  const rows: (string | number)[][] = [];
  for (const batch of [1, 100]) {
    const results: Record<Variant, Round[]> = { keeper: [], listening: [], silent: [] };
    // The order rotates each round so that no variant always runs on a warmer (or busier) server.
    for (let n = 0; n < ROUNDS; n += 1) {
      for (let k = 0; k < VARIANTS.length; k += 1) {
        const variant = VARIANTS[(n + k) % VARIANTS.length];
        const result = await round(engine.url, batch, variant);
        results[variant].push(result);
        await admin.query(`DROP SCHEMA ${result.schema} CASCADE`);
      }
    }
    const [kept, listening, silent] = VARIANTS.map((variant) => median(results[variant].map((r) => r.rate)));
    rows.push([
      batch,
      TOTAL_EVENTS,
      ROUNDS,
      kept,
      listening,
      (kept / listening).toFixed(2),
      silent,
      (kept / silent).toFixed(2),
      median(results.keeper.map((r) => r.catchUpMs ?? 0)),
      median(results.keeper.map((r) => r.checkpoints ?? 0)),
    ]);
  }
  await admin.end();
  recordBenchmark(
    'Appends with the audit log keeper (Merkle tree + signed checkpoints) vs without',
    [
      'events per append',
      'events per round',
      'rounds',
      'with keeper (events/s, median)',
      'without, listening (events/s, median)',
      'ratio',
      'without, nobody listening (events/s)',
      'ratio to that',
      'last checkpoint after the last append (ms, median)',
      'checkpoints signed (median)',
    ],
    rows,
    [
      `PostgreSQL, one client appending flat out, the keeper in the same process following the committed log (hashing each event, storing the completed subtrees, signing a checkpoint every ${CHECKPOINT_EVERY} events into a witness folder, reading after appends have gathered for 250 ms). The ratio that counts is to a store that listens for appends, as every service's store does; the last but two columns show what listening itself costs. "Last checkpoint" is how long after the last append a checkpoint covered it. The order of the three rotates each round.`,
    ],
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
