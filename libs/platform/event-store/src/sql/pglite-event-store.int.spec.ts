import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eventStoreContract, testEvent } from '../testing/event-store.contract';
import { idempotencyLogContract } from '../testing/idempotency-log.contract';
import { transactionContract } from '../testing/transaction.contract';
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

// In memory, as the service tests run it; PGlite serialises transactions itself.
transactionContract('PGlite (embedded, in memory)', async () => SqlEventStore.open(await PgliteDatabase.open()), { writers: 10 });

idempotencyLogContract('PGlite', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-pglite-'));
  dataDirs.push(dataDir);
  const store = await SqlEventStore.open(await PgliteDatabase.over(new PGlite(dataDir)));
  return { log: store.idempotency, store, close: () => store.close() };
});

describe('health probe on PGlite', () => {
  it('answers a ping with its latency', async () => {
    const store = await SqlEventStore.open(await PgliteDatabase.open());
    const answer = await store.ping();
    await store.close();

    expect(answer.latencyMs).toBeGreaterThanOrEqual(0);
  });
});

describe('figures for metrics on PGlite', () => {
  it('counts the outbox backlog with its oldest row, and times every append', async () => {
    const store = await SqlEventStore.open(await PgliteDatabase.open());
    const appends: number[] = [];
    const unobserve = store.observeAppends((seconds) => appends.push(seconds));
    const message = (n: number) => ({ messageId: randomUUID(), topic: 'yunghap.test', key: `k${n}`, type: 'test.Happened', payload: { n } });

    expect(await store.outboxBacklog()).toEqual({ pending: 0, oldestCreatedAt: null });
    await store.appendToStream('s-1', [testEvent('Happened')], { expectedVersion: 'no-stream', outbox: [message(1), message(2)] });
    await store.appendToStream('s-2', [testEvent('Happened')], { expectedVersion: 'no-stream', outbox: [message(3)] });
    const backlog = await store.outboxBacklog();
    const [first] = await store.pendingOutbox(1);
    await store.markPublished([first.outboxId]);
    const after = await store.outboxBacklog();
    unobserve();
    await store.appendToStream('s-3', [testEvent('Happened')], { expectedVersion: 'no-stream' });
    await store.close();

    expect(backlog).toEqual({ pending: 3, oldestCreatedAt: first.createdAt });
    expect(after.pending).toBe(2);
    expect(appends).toHaveLength(2);
    expect(appends.every((seconds) => seconds > 0)).toBe(true);
  });
});
