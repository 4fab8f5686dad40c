import { randomUUID } from 'node:crypto';
import { LockAfterAppendError, WrongExpectedVersionError } from '../errors';
import { EventStore, RecordedEvent } from '../event-store.port';
import { TransactionalEventStore } from '../transaction.port';
import { testEvent } from './event-store.contract';

const stream = (prefix: string) => `${prefix}-${randomUUID()}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Appends to several streams as one, and stream locks, for every store that offers transactions.
 * Usage in an adapter's spec: `transactionContract('PGlite', () => openStore(), { writers: 10 })`.
 */
export function transactionContract(name: string, open: () => Promise<EventStore & TransactionalEventStore>, options: { readonly writers: number }): void {
  describe(`transactions: ${name}`, () => {
    let store: EventStore & TransactionalEventStore;

    beforeAll(async () => {
      store = await open();
    }, 60_000);
    afterAll(() => store?.close());

    it('commits appends to several streams together, in order, and delivers them to a live subscriber', async () => {
      const head = await store.headPosition();
      const [grant, line] = [stream('grant'), stream('budget-line')];
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: head, onEvent: async (event) => void seen.push(event) });

      await store.transaction(async (tx) => {
        await tx.appendToStream(line, [testEvent('LineFundsCommitted')], { expectedVersion: 'no-stream' });
        await tx.appendToStream(grant, [testEvent('AwardApproved')], { expectedVersion: 'no-stream' });
      });
      const deadline = Date.now() + 10_000;
      while (seen.length < 2 && Date.now() < deadline) await pause(10);
      await subscription.stop();

      expect((await store.readAll({ after: head })).map((event) => [event.streamId, event.position])).toEqual([
        [line, head + 1],
        [grant, head + 2],
      ]);
      expect(seen.map((event) => event.type)).toEqual(['LineFundsCommitted', 'AwardApproved']);
    });

    it('reads its own appends inside, and rolls back every one of them when the work throws', async () => {
      const head = await store.headPosition();
      const [grant, line] = [stream('grant'), stream('budget-line')];
      await store.appendToStream(line, [testEvent('BudgetLineOpened')], { expectedVersion: 'no-stream' });
      let readInside: number[] = [];

      const failed = store.transaction(async (tx) => {
        await tx.appendToStream(line, [testEvent('LineFundsCommitted')], { expectedVersion: 1 });
        await tx.appendToStream(grant, [testEvent('AwardApproved')], { expectedVersion: 'no-stream' });
        readInside = (await tx.readStream(line)).map((event) => event.version);
        throw new Error('the decision could not be recorded');
      });

      await expect(failed).rejects.toThrow('the decision could not be recorded');
      expect(readInside).toEqual([1, 2]);
      expect((await store.readStream(line)).map((event) => event.type)).toEqual(['BudgetLineOpened']);
      expect(await store.readStream(grant)).toEqual([]);
      expect(await store.headPosition()).toBe(head + 1);
    });

    it('holds a locked stream against another writer until it commits: what it read stays true', async () => {
      const line = stream('budget-line');
      await store.appendToStream(line, [testEvent('BudgetLineOpened')], { expectedVersion: 'no-stream' });
      let outside: Promise<unknown> = Promise.resolve();

      await store.transaction(async (tx) => {
        await tx.lockStream(line);
        const read = await tx.readStream(line);
        // Another writer that read the same version tries now; it must wait for this transaction.
        outside = store.appendToStream(line, [testEvent('LineTransferredOut')], { expectedVersion: 1 }).then(
          () => null,
          (error: unknown) => error,
        );
        await pause(100);
        await tx.appendToStream(line, [testEvent('LineFundsCommitted')], { expectedVersion: read.length });
      });

      const lost = await outside;
      expect(lost).toBeInstanceOf(WrongExpectedVersionError);
      expect((lost as WrongExpectedVersionError).actual).toBe(2);
      expect((await store.readStream(line)).map((event) => event.type)).toEqual(['BudgetLineOpened', 'LineFundsCommitted']);
    });

    it(`serialises ${options.writers} transactions that lock their grant, then one line: none conflicts, none deadlocks`, async () => {
      const line = stream('budget-line');
      const grants = Array.from({ length: options.writers }, () => stream('grant'));
      await store.appendToStream(line, [testEvent('BudgetLineOpened')], { expectedVersion: 'no-stream' });
      for (const grant of grants) await store.appendToStream(grant, [testEvent('AwardProposed')], { expectedVersion: 'no-stream' });

      // Each appends with the exact versions it read and no retry: a race would surface as a conflict.
      const outcomes = await Promise.allSettled(
        grants.map((grant) =>
          store.transaction(async (tx) => {
            await tx.lockStream(grant);
            await tx.lockStream(line);
            const lineVersion = (await tx.readStream(line)).length;
            await tx.appendToStream(line, [testEvent('LineFundsCommitted', { grant })], { expectedVersion: lineVersion });
            await tx.appendToStream(grant, [testEvent('AwardApproved')], { expectedVersion: 1 });
          }),
        ),
      );

      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      const committed = await store.readStream(line);
      expect(committed.map((event) => event.version)).toEqual(Array.from({ length: options.writers + 1 }, (_, i) => i + 1));
      expect(new Set(committed.slice(1).map((event) => (event.data as { grant: string }).grant))).toEqual(new Set(grants));
    }, 60_000);

    it('refuses a lock taken after the transaction appended (LockAfterAppendError), and rolls back', async () => {
      const [grant, line] = [stream('grant'), stream('budget-line')];

      const late = store.transaction(async (tx) => {
        await tx.appendToStream(line, [testEvent('LineFundsCommitted')], { expectedVersion: 'no-stream' });
        await tx.lockStream(grant);
      });

      await expect(late).rejects.toBeInstanceOf(LockAfterAppendError);
      expect(await store.readStream(line)).toEqual([]);
    });
  });
}
