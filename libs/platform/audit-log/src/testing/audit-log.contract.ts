import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqlEventStore } from '@yunghap/event-store';
import { testEvent } from '@yunghap/event-store/testing';
import { generateNoteKeyPair } from '@yunghap/transparency-log';
import pino from 'pino';
import { logKeys } from '../audit-keys';
import { AuditLogKeeper } from '../log-keeper';
import { auditLog } from '../log-verification';
import { WitnessDirectory } from '../witness-directory';

/** A fresh store on its own data, with superuser SQL behind its back. */
export interface AuditedStoreSubject {
  readonly store: SqlEventStore;
  /** Runs a script as a database superuser would (several statements, no parameters). */
  readonly superuserSql: (script: string) => Promise<void>;
  /** Closes the store and opens it again on the same data, as a restarted service does. */
  readonly reopen: () => Promise<SqlEventStore>;
  readonly close: () => Promise<void>;
}

const STREAMS = ['grant-a', 'grant-b', 'grant-c', 'budget-line-rnd'];
const EVENTS = 24;

// Triggers are what keep es_events append-only; a superuser turns them off for the session.
const unguarded = (sql: string) => `SET session_replication_role = replica; ${sql}; SET session_replication_role = origin;`;

/**
 * What a superuser does to hide an edit: recompute the stream's hash chain with the database's own
 * function and point the stream's head at the new last hash, so that the chain verifies again.
 */
const RECHAIN = `
CREATE OR REPLACE FUNCTION tamper_rechain(p_stream text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE r record; v_previous text := NULL; v_count integer := 0;
BEGIN
  FOR r IN SELECT * FROM es_events WHERE stream_id = p_stream ORDER BY version LOOP
    v_count := v_count + 1;
    UPDATE es_events SET version = v_count, previous_hash = v_previous,
           hash = es_event_hash(v_previous, r.stream_id, v_count, r.event_id, r.event_type, r.data, r.metadata, r.recorded_at)
     WHERE position = r.position RETURNING hash INTO v_previous;
  END LOOP;
  UPDATE es_streams SET version = v_count, last_hash = v_previous WHERE stream_id = p_stream;
END
$fn$;`;

/**
 * The audit log against a database superuser, on one engine: each tampering the issue names is
 * staged with SQL, the hash chain is made to verify again where that is possible, and `auditLog`
 * must name the first affected position; the keeper must refuse to sign over a rewritten tree.
 */
export function auditLogContract(name: string, open: () => Promise<AuditedStoreSubject>): void {
  describe(`audit log against a superuser: ${name}`, () => {
    const keys = logKeys(generateNoteKeyPair('audit.yunghap.test').signerKey, 'grants', []);
    const logger = pino({ level: 'silent' });
    let subject: AuditedStoreSubject;
    let store: SqlEventStore;
    let witnessDir: string;
    let archive: WitnessDirectory;

    const keeperOver = (over: SqlEventStore) =>
      new AuditLogKeeper({
        store: over,
        origin: keys.origin,
        signer: keys.signer,
        verifiers: keys.verifiers,
        archive,
        policy: { everyEvents: 1_000, everyMs: 60_000 },
        clock: () => new Date(),
        logger,
      });
    // The PGlite subject reopens the store after working on its files: the store to use is the subject's latest.
    const tamper = async (script: string) => {
      await subject.superuserSql(script);
      store = subject.store;
    };
    const audit = () => auditLog(store, archive, keys.origin, keys.verifiers);
    const positionOf = async (streamId: string, version: number) => (await store.readStream(streamId)).find((e) => e.version === version)!.position;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
      witnessDir = mkdtempSync(path.join(tmpdir(), 'yunghap-witness-'));
      archive = new WitnessDirectory(witnessDir);
      // Checkpoints while the log grows: four of them, at 6, 12, 18 and 24 events.
      const keeper = keeperOver(store);
      keeper.start();
      for (let i = 0; i < EVENTS; i += 1) {
        const streamId = STREAMS[i % STREAMS.length];
        await store.appendToStream(streamId, [testEvent('AmountRecorded', { amountWon: 1_000_000 * (i + 1) })], { expectedVersion: 'any' });
        if ((i + 1) % 6 === 0) await keeper.checkpointCovering(i + 1);
      }
      await keeper.stop();
      await tamper(RECHAIN);
    });
    afterEach(async () => {
      await subject.close();
      rmSync(witnessDir, { recursive: true, force: true });
    });

    it('verifies a clean log against its witnessed checkpoints, and counts what no checkpoint covers yet', async () => {
      expect(readdirSync(path.join(witnessDir, readdirSync(witnessDir)[0])).length).toBe(4);
      expect(await audit()).toMatchObject({
        ok: true,
        logSize: EVENTS,
        witnessed: { treeSize: EVENTS, checkpoints: 4 },
        uncovered: 0,
        firstAffectedPosition: null,
      });

      await store.appendToStream('grant-a', [testEvent('AmountRecorded', { amountWon: 5 })], { expectedVersion: 'any' });
      expect(await audit()).toMatchObject({ ok: true, logSize: EVENTS + 1, uncovered: 1 });
    });

    it('names an edited event even when its stream’s hash chain was recomputed', async () => {
      const position = await positionOf('grant-c', 3);
      await tamper(unguarded(`UPDATE es_events SET data = '{"amountWon": 999000000}' WHERE position = ${position}; SELECT tamper_rechain('grant-c')`));

      expect((await store.verify('all')).ok).toBe(true);
      expect(await audit()).toMatchObject({ ok: false, firstAffectedPosition: position });
    });

    it('names the first of the newest events deleted, the stream heads moved back', async () => {
      await tamper(unguarded(`DELETE FROM es_events WHERE position > ${EVENTS - 3}; ${STREAMS.map((s) => `SELECT tamper_rechain('${s}')`).join('; ')}`));

      expect((await store.verify('all')).ok).toBe(true);
      expect(await audit()).toMatchObject({ ok: false, logSize: EVENTS - 3, firstAffectedPosition: EVENTS - 2 });
    });

    it('names an event deleted in the middle, with or without the positions closed up behind it', async () => {
      await tamper(unguarded(`DELETE FROM es_events WHERE position = 9`));
      expect(await audit()).toMatchObject({ ok: false, firstAffectedPosition: 9 });

      await tamper(
        unguarded(
          `UPDATE es_events SET position = -position WHERE position > 9; UPDATE es_events SET position = -position - 1 WHERE position < 0; SELECT tamper_rechain('${STREAMS[0]}')`,
        ),
      );
      expect((await store.verify('all')).ok).toBe(true);
      expect(await audit()).toMatchObject({ ok: false, firstAffectedPosition: 9 });
    });

    it('names the first of two events swapped in the global order', async () => {
      await tamper(
        unguarded(
          `UPDATE es_events SET position = -7 WHERE position = 7; UPDATE es_events SET position = 7 WHERE position = 8; UPDATE es_events SET position = 8 WHERE position = -7`,
        ),
      );

      expect((await store.verify('all')).ok).toBe(true);
      expect(await audit()).toMatchObject({ ok: false, firstAffectedPosition: 7 });
    });

    it('names position 1 when the whole store is replaced by a self-consistent rewrite, and the keeper will not sign it', async () => {
      await tamper('TRUNCATE es_events, es_streams, es_merkle_nodes, es_checkpoints');
      for (let i = 0; i < EVENTS; i += 1) {
        await store.appendToStream(STREAMS[i % STREAMS.length], [testEvent('AmountRecorded', { amountWon: 1_000 })], { expectedVersion: 'any' });
      }
      const keeper = keeperOver(store);
      keeper.start();
      await expect(keeper.checkpointCovering(EVENTS)).rejects.toThrow(/witnessed/);
      await keeper.stop();

      expect((await store.verify('all')).ok).toBe(true);
      expect(await audit()).toMatchObject({ ok: false, firstAffectedPosition: 1 });
      expect((await archive.entries(keys.origin)).length).toBe(4);
    });

    it('refuses to sign on after a restart when the stored tree was altered, while the events still verify', async () => {
      // The 16 leaves from 0: a subtree the root at 24 is folded from.
      await tamper(unguarded(`UPDATE es_merkle_nodes SET hash = sha256(hash) WHERE level = 4 AND index = 0`));
      store = await subject.reopen();
      await store.appendToStream('grant-a', [testEvent('AmountRecorded', { amountWon: 7 })], { expectedVersion: 'any' });
      const keeper = keeperOver(store);
      keeper.start();

      await expect(keeper.checkpointCovering(EVENTS + 1)).rejects.toThrow(/root/);
      expect(keeper.state.kind).toBe('refusing');
      await keeper.stop();
      expect(await audit()).toMatchObject({ ok: true, uncovered: 1 });
    });

    it('resumes after a restart and signs checkpoints that extend the witnessed ones', async () => {
      store = await subject.reopen();
      await store.appendToStream('grant-b', [testEvent('AmountRecorded', { amountWon: 8 })], { expectedVersion: 'any' });
      const keeper = keeperOver(store);
      keeper.start();
      await keeper.checkpointCovering(EVENTS + 1);
      await keeper.stop();

      const entries = await archive.entries(keys.origin);
      expect(entries.map((entry) => [entry.previousTreeSize, entry.treeSize]).slice(-2)).toEqual([
        [18, EVENTS],
        [EVENTS, EVENTS + 1],
      ]);
      expect(await audit()).toMatchObject({ ok: true, uncovered: 0, witnessed: { treeSize: EVENTS + 1 } });
    });
  });
}
