import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eventStoreContract } from '../testing/event-store.contract';
import { idempotencyLogContract } from '../testing/idempotency-log.contract';
import { PgliteDatabase } from './pglite.database';
import { SqlEventStore } from './sql-event-store';

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// File-backed, like the single-process mode's ./data, so the restart case reopens the same files.
eventStoreContract(
  'PGlite (embedded, file-backed)',
  async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-pglite-'));
    dataDirs.push(dataDir);
    let pglite = new PGlite(dataDir);
    const store = await SqlEventStore.open(await PgliteDatabase.over(pglite));
    return {
      store,
      rawSql: async (sql, params) => (params ? pglite.query(sql, params) : pglite.exec(sql)),
      reopen: async () => {
        await store.close();
        pglite = new PGlite(dataDir);
        return SqlEventStore.open(await PgliteDatabase.over(pglite));
      },
    };
  },
  { writers: 10, sqlTampering: true },
);

idempotencyLogContract('PGlite', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-pglite-'));
  dataDirs.push(dataDir);
  const store = await SqlEventStore.open(await PgliteDatabase.over(new PGlite(dataDir)));
  return { log: store.idempotency, store, close: () => store.close() };
});
