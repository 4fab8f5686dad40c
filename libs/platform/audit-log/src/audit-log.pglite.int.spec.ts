import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPgliteEventStore, SqlEventStore } from '@yunghap/event-store';
import { auditLogContract } from './testing/audit-log.contract';

// PGlite files as the single-process mode keeps them in ./data: whoever can read the folder is its superuser.
auditLogContract('PGlite files', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-audit-pglite-'));
  let store = await openPgliteEventStore(dataDir);
  const superuserSql = async (script: string) => {
    // The service's store is closed while someone else opens its files, as an attacker with the folder would.
    await store.close();
    const pglite = new PGlite(dataDir);
    await pglite.exec(script);
    await pglite.close();
    store = await openPgliteEventStore(dataDir);
    current.store = store;
  };
  const current: { store: SqlEventStore } = { store };
  return {
    get store() {
      return current.store;
    },
    superuserSql,
    reopen: async () => {
      await store.close();
      store = await openPgliteEventStore(dataDir);
      current.store = store;
      return store;
    },
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
