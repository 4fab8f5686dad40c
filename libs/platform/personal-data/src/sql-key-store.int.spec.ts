import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';
import { Client, Pool } from 'pg';
import { SqlPersonalKeyStore } from './sql-key-store';
import { personalKeyStoreContract } from './testing/personal-key-store.contract';

const kek = new Uint8Array(randomBytes(32));
const engine = localEngines().postgres;
const schema = uniqueName('pd_keys').toLowerCase();

beforeAll(async () => {
  await requireEngine(engine);
  const admin = new Client({ connectionString: engine.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await admin.end();
});
afterAll(async () => {
  const admin = new Client({ connectionString: engine.url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const openPostgres = async () => {
  const pool = new Pool({ connectionString: engine.url, options: `-c search_path=${schema}`, max: 10 });
  return SqlPersonalKeyStore.open(pool, kek, () => pool.end());
};

personalKeyStoreContract('PostgreSQL server (own schema)', openPostgres);

personalKeyStoreContract('PGlite (embedded)', async () => {
  const pglite = new PGlite();
  return SqlPersonalKeyStore.open(pglite, kek, () => pglite.close());
});

describe('the key store’s rows without the key-encryption key', () => {
  it('hold no key in the clear, and a wrapped key opens neither under another KEK nor on another person’s row', async () => {
    const pglite = new PGlite();
    const keys = await SqlPersonalKeyStore.open(pglite, kek, async () => undefined);
    const { key } = await keys.keyOf('person:a');
    await keys.keyOf('person:b');
    const { rows } = await pglite.query<{ wrapped_key: string }>("SELECT wrapped_key FROM pd_subject_keys WHERE subject = 'person:a'");
    expect(Buffer.from(rows[0].wrapped_key, 'base64').includes(Buffer.from(key))).toBe(false);

    const otherKek = await SqlPersonalKeyStore.open(pglite, new Uint8Array(randomBytes(32)), async () => undefined);
    await expect(otherKek.find('person:a')).rejects.toThrow();
    await pglite.query(
      "UPDATE pd_subject_keys SET wrapped_key = (SELECT wrapped_key FROM pd_subject_keys WHERE subject = 'person:a') WHERE subject = 'person:b'",
    );
    await expect(keys.find('person:b')).rejects.toThrow();
    await pglite.close();
  });
});

describe('the key store’s record of use', () => {
  it('marks a key used again once its last mark is a day old', async () => {
    const pglite = new PGlite();
    const keys = await SqlPersonalKeyStore.open(pglite, kek, () => pglite.close());
    const first = await keys.keyOf('person:c');
    await pglite.query("UPDATE pd_subject_keys SET last_sealed_at = last_sealed_at - interval '2 days' WHERE subject = 'person:c'");
    const again = await keys.keyOf('person:c');
    expect(Date.parse(again.lastSealedAt)).toBeGreaterThanOrEqual(Date.parse(first.lastSealedAt));
    expect(Buffer.from(again.key).equals(Buffer.from(first.key))).toBe(true);
    await keys.close();
  });
});
