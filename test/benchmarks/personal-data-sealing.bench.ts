// Appends whose events carry personal data, sealed per person by the event store (issue 14), against
// the same appends stored in the clear, same server, same run. Sealing costs a round trip to the key
// store per event that names a person (and a key made and wrapped for a person never seen), plus
// AES-GCM; events that name nobody pass untouched, which the last variant shows.
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { CENTERS_PERSONAL_DATA } from '@yunghap/centers-domain';
import { NewEvent, openPostgresEventStore } from '@yunghap/event-store';
import { PersonalDataSealing, SqlPersonalKeyStore } from '@yunghap/personal-data';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { appendAll, benchEvent, median } from './append-events';
import { recordBenchmark } from './record';

const TOTAL_EVENTS = Number(process.env['BENCH_EVENTS'] ?? 2000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const PEOPLE_KNOWN = 50;

type Variant = 'new people' | 'known people' | 'clear' | 'nobody named, sealing on' | 'nobody named, sealing off';
const VARIANTS: readonly Variant[] = ['new people', 'known people', 'clear', 'nobody named, sealing on', 'nobody named, sealing off'];

function registration(userId: string): NewEvent {
  return {
    ...benchEvent(0),
    type: 'ApplicantRegistered',
    data: {
      userId,
      name: '김벤치',
      email: `${userId}@example.kr`,
      phone: '010-1234-5678',
      registrationNumber: '3148123478',
      firmName: '벤치정밀',
      province: '대전',
      centerId: 'jungbu',
      registeredAt: new Date().toISOString(),
    },
  };
}

const eventsOf: Record<Variant, (i: number, n: number) => NewEvent> = {
  'new people': () => registration(`u-${randomUUID()}`),
  'known people': (_i, n) => registration(`u-known-${n % PEOPLE_KNOWN}`),
  clear: () => registration(`u-${randomUUID()}`),
  'nobody named, sealing on': (i) => benchEvent(i),
  'nobody named, sealing off': (i) => benchEvent(i),
};
const sealed = (variant: Variant) => variant === 'new people' || variant === 'known people' || variant === 'nobody named, sealing on';

async function round(url: string, variant: Variant): Promise<{ rate: number; schemas: string[] }> {
  const schema = uniqueName('bench').toLowerCase();
  const keySchema = `${schema}_keys`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${keySchema}`);
  await admin.end();
  const store = await openPostgresEventStore({ connectionString: url, schema });
  const pool = new Pool({ connectionString: url, options: `-c search_path=${keySchema}`, max: 4 });
  const keys = await SqlPersonalKeyStore.open(pool, new Uint8Array(randomBytes(32)), () => pool.end());
  if (sealed(variant)) {
    const sealing = new PersonalDataSealing(CENTERS_PERSONAL_DATA, keys);
    store.sealEventsWith((events) => sealing.seal(events));
  }
  const rate = await appendAll(store, TOTAL_EVENTS, 1, eventsOf[variant]);
  await store.close();
  await keys.close();
  return { rate, schemas: [schema, keySchema] };
}

async function main(): Promise<void> {
  const engine = await requireEngine(localEngines().postgres);
  const admin = new Client({ connectionString: engine.url });
  await admin.connect();
  const results = new Map<Variant, number[]>(VARIANTS.map((variant) => [variant, []]));
  // The order rotates each round so that no variant always runs on a warmer (or busier) server.
  for (let n = 0; n < ROUNDS; n += 1) {
    for (let k = 0; k < VARIANTS.length; k += 1) {
      const variant = VARIANTS[(n + k) % VARIANTS.length];
      const { rate, schemas } = await round(engine.url, variant);
      results.get(variant)?.push(rate);
      for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    }
  }
  await admin.end();
  const rate = (variant: Variant) => median(results.get(variant) ?? []);
  recordBenchmark(
    'Appends with personal data sealed per person vs in the clear',
    [
      'events',
      'rounds',
      'new person each event (events/s)',
      'ratio',
      '50 people again and again (events/s)',
      'ratio',
      'in the clear (events/s)',
      'nobody named: sealing on / off',
    ],
    [
      [
        TOTAL_EVENTS,
        ROUNDS,
        rate('new people'),
        (rate('new people') / rate('clear')).toFixed(2),
        rate('known people'),
        (rate('known people') / rate('clear')).toFixed(2),
        rate('clear'),
        (rate('nobody named, sealing on') / rate('nobody named, sealing off')).toFixed(2),
      ],
    ],
    [
      'PostgreSQL, one client appending one `ApplicantRegistered` (name, e-mail, phone) per append flat out; the key store in a schema of its own on the same server. "New person" makes, wraps and stores a key per event (every registration is a new person); "again and again" only looks it up (a key is marked used at most once a day). Ratios are to the same events stored in the clear. The last column compares grant events (which name nobody) with sealing configured and without. Medians of the rounds; the order of the variants rotates each round.',
    ],
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
