import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { PartialReplayError, WrongExpectedVersionError } from '../errors';

/** What a contract run needs from an adapter under test. */
export interface ContractSubject {
  readonly store: EventStore;
  /** Runs plain SQL behind the store's back (tampering cases); absent where the engine has no SQL. */
  readonly rawSql?: (sql: string, params?: unknown[]) => Promise<unknown>;
  /** Closes the store and opens it again on the same data (restart cases). */
  readonly reopen?: () => Promise<EventStore>;
}

export interface ContractOptions {
  /** Concurrent writers per race; kept modest for engines that serialise everything anyway. */
  readonly writers: number;
  /**
   * Whether the engine lets plain SQL edit or delete stored events, so that tampering can be
   * staged and verify must find it. EventStoreDB has no such path: its events cannot be edited.
   */
  readonly sqlTampering: boolean;
}

export function testEvent(type: string, data: Record<string, unknown> = {}, correlationId = randomUUID()): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data: data as NewEvent['data'],
    metadata: {
      actor: { userId: 'pm-kim', role: 'program-manager' },
      correlationId,
      causationId: null,
      occurredAt: '2026-03-02T09:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

const stream = (prefix: string) => `${prefix}-${randomUUID()}`;

async function expectConflict(attempt: Promise<unknown>, actual: number): Promise<void> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect((error as WrongExpectedVersionError).actual).toBe(actual);
}

/**
 * The behaviour every event-store adapter must show, run against a real engine.
 * Usage in an adapter's spec: `eventStoreContract('PGlite', () => openSubject(), { writers: 10 })`.
 */
export function eventStoreContract(name: string, open: () => Promise<ContractSubject>, options: ContractOptions): void {
  describe(`event store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    }, 60_000);

    afterAll(async () => {
      await store?.close();
    });

    describe('appending and reading a stream', () => {
      it('stores events with versions from 1, increasing global positions and every metadata field', async () => {
        const id = stream('grant');
        const events = [testEvent('GrantProposed', { amountWon: 480_000_000, note: '융합 과제' }), testEvent('GrantApproved')];

        const result = await store.appendToStream(id, events, { expectedVersion: 'no-stream' });
        const read = await store.readStream(id);

        expect(result.nextExpectedVersion).toBe(2);
        expect(read.map((e) => [e.eventId, e.type, e.version])).toEqual([
          [events[0].eventId, 'GrantProposed', 1],
          [events[1].eventId, 'GrantApproved', 2],
        ]);
        expect(read[0].data).toEqual({ amountWon: 480_000_000, note: '융합 과제' });
        expect(read[0].metadata).toEqual(events[0].metadata);
        expect(read[1].position).toBe(read[0].position + 1);
        expect(result.lastPosition).toBe(read[1].position);
        expect(read.every((e) => e.streamId === id && !Number.isNaN(Date.parse(e.recordedAt)))).toBe(true);
      });

      it('chains each event to the hash of its predecessor', async () => {
        const id = stream('line');
        await store.appendToStream(id, [testEvent('A'), testEvent('B')], { expectedVersion: 'no-stream' });
        await store.appendToStream(id, [testEvent('C')], { expectedVersion: 2 });

        const [a, b, c] = await store.readStream(id);

        expect(a.previousHash).toBeNull();
        expect(b.previousHash).toBe(a.hash);
        expect(c.previousHash).toBe(b.hash);
        expect(new Set([a.hash, b.hash, c.hash]).size).toBe(3);
      });

      it('reads backwards from a version, and in pages', async () => {
        const id = stream('application');
        await store.appendToStream(
          id,
          ['A', 'B', 'C', 'D', 'E'].map((t) => testEvent(t)),
          { expectedVersion: 'no-stream' },
        );

        const backwards = await store.readStream(id, { direction: 'backwards', fromVersion: 4, maxCount: 2 });
        const page = await store.readStream(id, { fromVersion: 2, maxCount: 3 });
        const last = await store.readStream(id, { direction: 'backwards', maxCount: 1 });

        expect(backwards.map((e) => e.type)).toEqual(['D', 'C']);
        expect(page.map((e) => e.type)).toEqual(['B', 'C', 'D']);
        expect(last.map((e) => e.version)).toEqual([5]);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(stream('nobody'))).toEqual([]);
      });
    });

    describe('expected version', () => {
      it('refuses no-stream on an existing stream, reporting the actual version', async () => {
        const id = stream('call');
        await store.appendToStream(id, [testEvent('A'), testEvent('B')], { expectedVersion: 'no-stream' });
        await expectConflict(store.appendToStream(id, [testEvent('C')], { expectedVersion: 'no-stream' }), 2);
      });

      it('refuses a stale exact version and accepts the current one', async () => {
        const id = stream('call');
        await store.appendToStream(id, [testEvent('A')], { expectedVersion: 'no-stream' });
        await store.appendToStream(id, [testEvent('B')], { expectedVersion: 1 });

        await expectConflict(store.appendToStream(id, [testEvent('C')], { expectedVersion: 1 }), 2);
        await expect(store.appendToStream(id, [testEvent('C')], { expectedVersion: 2 })).resolves.toMatchObject({ nextExpectedVersion: 3 });
      });

      it('refuses stream-exists on a missing stream and always accepts any', async () => {
        const id = stream('center');
        await expectConflict(store.appendToStream(id, [testEvent('A')], { expectedVersion: 'stream-exists' }), 0);
        await store.appendToStream(id, [testEvent('A')], { expectedVersion: 'any' });
        await store.appendToStream(id, [testEvent('B')], { expectedVersion: 'any' });
        expect((await store.readStream(id)).map((e) => e.version)).toEqual([1, 2]);
      });

      it(`lets exactly one of ${options.writers} concurrent writers win each version, with no gaps`, async () => {
        const id = stream('budget-line');
        await store.appendToStream(id, [testEvent('LineOpened')], { expectedVersion: 'no-stream' });

        const outcomes = await Promise.allSettled(
          Array.from({ length: options.writers }, (_, i) => store.appendToStream(id, [testEvent('Committed', { writer: i })], { expectedVersion: 1 })),
        );

        const winners = outcomes.filter((o) => o.status === 'fulfilled');
        const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(options.writers - 1);
        expect(losers.every((o) => o.reason instanceof WrongExpectedVersionError && o.reason.actual === 2)).toBe(true);
        expect((await store.readStream(id)).map((e) => e.version)).toEqual([1, 2]);
      });

      it(`lets exactly one of ${options.writers} writers create a new stream with no-stream`, async () => {
        const id = stream('new-call');
        const outcomes = await Promise.allSettled(
          Array.from({ length: options.writers }, (_, i) =>
            store.appendToStream(id, [testEvent('CallOpened', { writer: i })], { expectedVersion: 'no-stream' }),
          ),
        );

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(losers.every((o) => o.reason instanceof WrongExpectedVersionError && o.reason.actual === 1)).toBe(true);
        expect((await store.readStream(id)).map((e) => e.version)).toEqual([1]);
      });

      it(`lands every one of ${options.writers} concurrent any-version appends to a new stream`, async () => {
        const id = stream('new-line');
        await Promise.all(
          Array.from({ length: options.writers }, (_, i) => store.appendToStream(id, [testEvent('Committed', { writer: i })], { expectedVersion: 'any' })),
        );

        const events = await store.readStream(id);
        expect(events.map((e) => e.version)).toEqual(Array.from({ length: options.writers }, (_, i) => i + 1));
        expect((await store.verify({ streamId: id })).ok).toBe(true);
      });

      it('serialises writers that retry on conflict: every write lands once, versions stay gap-free', async () => {
        const id = stream('budget-line');
        const writeWithRetry = async (writer: number) => {
          for (;;) {
            const [last] = await store.readStream(id, { direction: 'backwards', maxCount: 1 });
            try {
              return await store.appendToStream(id, [testEvent('Committed', { writer })], { expectedVersion: last?.version ?? 'no-stream' });
            } catch (error) {
              if (!(error instanceof WrongExpectedVersionError)) throw error;
            }
          }
        };

        await Promise.all(Array.from({ length: options.writers }, (_, i) => writeWithRetry(i)));

        const events = await store.readStream(id);
        expect(events.map((e) => e.version)).toEqual(Array.from({ length: options.writers }, (_, i) => i + 1));
        expect(new Set(events.map((e) => (e.data as { writer: number }).writer)).size).toBe(options.writers);
      }, 60_000);
    });

    describe('idempotent re-append', () => {
      it('treats the same event ids as already appended, whatever the expected version', async () => {
        const id = stream('award');
        const events = [testEvent('AwardProposed'), testEvent('AwardApproved')];
        const first = await store.appendToStream(id, events, { expectedVersion: 'no-stream' });

        const again = await store.appendToStream(id, events, { expectedVersion: 'no-stream' });

        expect(again).toEqual(first);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('refuses a batch of which only part was appended before', async () => {
        const id = stream('award');
        const earlier = testEvent('AwardProposed');
        await store.appendToStream(id, [earlier], { expectedVersion: 'no-stream' });

        await expect(store.appendToStream(id, [earlier, testEvent('AwardApproved')], { expectedVersion: 1 })).rejects.toBeInstanceOf(PartialReplayError);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('global order and subscriptions', () => {
      it('reads all streams in global order after a position', async () => {
        const head = await store.headPosition();
        const a = stream('a');
        const b = stream('b');
        await store.appendToStream(a, [testEvent('A1')], { expectedVersion: 'no-stream' });
        await store.appendToStream(b, [testEvent('B1'), testEvent('B2')], { expectedVersion: 'no-stream' });
        await store.appendToStream(a, [testEvent('A2')], { expectedVersion: 1 });

        const all = await store.readAll({ after: head });
        const firstTwo = await store.readAll({ after: head, maxCount: 2 });

        expect(all.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        expect(all.map((e) => e.position)).toEqual([head + 1, head + 2, head + 3, head + 4]);
        expect(firstTwo.map((e) => e.type)).toEqual(['A1', 'B1']);
        expect(await store.headPosition()).toBe(head + 4);
      });

      it('delivers every event once and in order to a live subscriber while many writers append to many streams', async () => {
        const start = await store.headPosition();
        const seen: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({ after: start, onEvent: async (e) => void seen.push(e) });
        const perWriter = 20;

        await Promise.all(
          Array.from({ length: options.writers }, async (_, w) => {
            for (let i = 0; i < perWriter; i += 1) {
              const target = `race-${w % 3}-${start}`;
              await store.appendToStream(target, [testEvent('Raced', { w, i })], { expectedVersion: 'any' });
            }
          }),
        );
        const total = options.writers * perWriter;
        const deadline = Date.now() + 20_000;
        while (seen.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        await subscription.stop();

        expect(seen.map((e) => e.position)).toEqual(Array.from({ length: total }, (_, i) => start + i + 1));
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(total);
        expect(subscription.position).toBe(start + total);
      }, 60_000);

      it('resumes from its checkpoint after a restart without missing or repeating an event', async () => {
        const start = await store.headPosition();
        const id = stream('resume');
        await store.appendToStream(
          id,
          ['E1', 'E2', 'E3'].map((t) => testEvent(t)),
          { expectedVersion: 'no-stream' },
        );

        const before: string[] = [];
        let checkpoint = start;
        const first = store.subscribeToAll({
          after: start,
          onEvent: async (e) => {
            if (e.streamId !== id) return;
            before.push(e.type);
            checkpoint = e.position;
            if (e.type === 'E2') void first.stop();
          },
        });
        while (before.length < 2) await new Promise((r) => setTimeout(r, 10));
        await first.stop();

        if (subject.reopen) store = await subject.reopen();
        await store.appendToStream(id, [testEvent('E4')], { expectedVersion: 3 });

        const after: string[] = [];
        const second = store.subscribeToAll({ after: checkpoint, onEvent: async (e) => void (e.streamId === id && after.push(e.type)) });
        const deadline = Date.now() + 10_000;
        while (after.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        await second.stop();

        expect(before).toEqual(['E1', 'E2']);
        expect(after).toEqual(['E3', 'E4']);
      }, 30_000);
    });

    describe('stream metadata', () => {
      it('round-trips metadata without creating events', async () => {
        const id = stream('committee');
        await store.setStreamMetadata(id, { retention: 'forever', center: 'honam' });

        expect(await store.getStreamMetadata(id)).toEqual({ retention: 'forever', center: 'honam' });
        expect(await store.getStreamMetadata(stream('other'))).toEqual({});
        await store.appendToStream(id, [testEvent('CommitteeFormed')], { expectedVersion: 'no-stream' });
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('verify', () => {
      it('reports an intact store as ok, counting what it checked', async () => {
        const id = stream('verified');
        await store.appendToStream(id, [testEvent('A'), testEvent('B')], { expectedVersion: 'no-stream' });

        const report = await store.verify({ streamId: id });

        expect(report).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 2, firstBreak: null });
        expect((await store.verify('all')).ok).toBe(true);
      });

      const tamperingCase = (title: string, fn: (rawSql: NonNullable<ContractSubject['rawSql']>) => Promise<void>) =>
        options.sqlTampering &&
        it(title, async () => {
          if (!subject.rawSql) throw new Error(`${name} offers no raw SQL access: tampering cases cannot run`);
          await fn(subject.rawSql);
        });

      tamperingCase('refuses UPDATE and DELETE on stored events (append-only)', async (rawSql) => {
        const id = stream('guarded');
        await store.appendToStream(id, [testEvent('A')], { expectedVersion: 'no-stream' });
        await expect(rawSql(`UPDATE es_events SET data = '{}' WHERE stream_id = $1`, [id])).rejects.toThrow(/append-only/);
        await expect(rawSql(`DELETE FROM es_events WHERE stream_id = $1`, [id])).rejects.toThrow(/append-only/);
      });

      // A determined tamperer with superuser rights can switch the guard off; the chain still tells.
      const behindTheGuard = (sql: string) => `SET session_replication_role = replica; ${sql}; SET session_replication_role = origin;`;

      tamperingCase('finds an edited event by its hash', async (rawSql) => {
        const id = stream('tampered');
        await store.appendToStream(id, [testEvent('A', { amountWon: 100 }), testEvent('B'), testEvent('C')], { expectedVersion: 'no-stream' });
        const [, b] = await store.readStream(id);
        await rawSql(behindTheGuard(`UPDATE es_events SET data = '{"amountWon": 999}' WHERE stream_id = '${id}' AND version = 2`));

        const report = await store.verify({ streamId: id });

        expect(report.ok).toBe(false);
        expect(report.firstBreak).toMatchObject({ streamId: id, version: 2, position: b.position });
        expect(report.firstBreak?.reason).toMatch(/hash/);
      });

      tamperingCase('finds a deleted event at the event that follows it, in one stream and across all', async (rawSql) => {
        const id = stream('deleted');
        await store.appendToStream(id, [testEvent('A'), testEvent('B'), testEvent('C')], { expectedVersion: 'no-stream' });
        const [, , c] = await store.readStream(id);
        await rawSql(behindTheGuard(`DELETE FROM es_events WHERE stream_id = '${id}' AND version = 2`));

        const one = await store.verify({ streamId: id });
        const all = await store.verify('all');

        expect(one.firstBreak).toMatchObject({ streamId: id, version: 3, position: c.position });
        expect(one.firstBreak?.reason).toMatch(/missing/);
        expect(all.ok).toBe(false);
        expect(all.firstBreak?.position).toBeLessThanOrEqual(c.position);
      });

      tamperingCase('finds events removed from the end of a stream', async (rawSql) => {
        const id = stream('truncated');
        await store.appendToStream(id, [testEvent('A'), testEvent('B')], { expectedVersion: 'no-stream' });
        await rawSql(behindTheGuard(`DELETE FROM es_events WHERE stream_id = '${id}' AND version = 2`));

        const report = await store.verify({ streamId: id });

        expect(report.firstBreak).toMatchObject({ streamId: id, version: 2 });
        expect(report.firstBreak?.reason).toMatch(/removed or altered at the end/);
      });
    });
  });
}
