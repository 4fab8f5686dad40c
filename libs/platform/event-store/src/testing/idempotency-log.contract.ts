import { randomUUID } from 'node:crypto';
import { EventStore } from '../event-store.port';
import { IdempotencyClaim, IdempotencyLog } from '../idempotency.port';

const HOUR = 60 * 60 * 1000;

/** The `Idempotency-Key` log's behaviour, run against every SQL engine it is kept in. */
export function idempotencyLogContract(name: string, open: () => Promise<{ log: IdempotencyLog; store: EventStore; close(): Promise<void> }>): void {
  describe(`Idempotency-Key log: ${name}`, () => {
    let log: IdempotencyLog;
    let store: EventStore;
    let close: () => Promise<void>;
    const t0 = new Date('2026-12-03T01:00:00.000Z');

    beforeAll(async () => {
      ({ log, store, close } = await open());
    });
    afterAll(() => close());

    const claimOf = (overrides: Partial<IdempotencyClaim> = {}): IdempotencyClaim => ({
      scope: 'user-1',
      key: randomUUID(),
      fingerprint: 'f1',
      correlationId: randomUUID(),
      now: t0,
      retentionMs: 24 * HOUR,
      leaseMs: 60_000,
      ...overrides,
    });
    const answer = { status: 201, headers: { location: '/x/1' }, body: '{"b":1,"a":2}' };

    it('claims a new key, holds it while pending, then replays the stored answer byte for byte', async () => {
      const claim = claimOf();
      expect(await log.claim(claim)).toEqual({ kind: 'claimed' });
      expect(await log.claim(claim)).toEqual({ kind: 'in-progress' });
      await log.complete(claim.scope, claim.key, answer, t0);
      expect(await log.claim({ ...claim, now: new Date(t0.getTime() + 23 * HOUR) })).toEqual({ kind: 'replay', response: answer });
    });

    it('refuses the same key with another request, keeps keys apart per scope, and forgets after the retention', async () => {
      const claim = claimOf();
      await log.claim(claim);
      await log.complete(claim.scope, claim.key, answer, t0);
      expect(await log.claim({ ...claim, fingerprint: 'f2' })).toEqual({ kind: 'fingerprint-mismatch' });
      expect(await log.claim({ ...claim, scope: 'user-2' })).toEqual({ kind: 'claimed' });
      expect(await log.claim({ ...claim, now: new Date(t0.getTime() + 25 * HOUR) })).toEqual({ kind: 'claimed' });
    });

    it('forgets the answers claimed before an instant, and only those', async () => {
      const old = claimOf({ now: new Date(t0.getTime() - 48 * HOUR) });
      const recent = claimOf();
      for (const claim of [old, recent]) {
        await log.claim(claim);
        await log.complete(claim.scope, claim.key, answer, claim.now);
      }
      expect(await log.forgetBefore(new Date(t0.getTime() - 24 * HOUR))).toBeGreaterThanOrEqual(1);
      expect(await log.claim({ ...old, now: t0, fingerprint: 'f2' })).toEqual({ kind: 'claimed' });
      expect(await log.claim(recent)).toEqual({ kind: 'replay', response: answer });
    });

    it('gives a released key to the next request', async () => {
      const claim = claimOf();
      await log.claim(claim);
      await log.release(claim.scope, claim.key);
      expect(await log.claim(claim)).toEqual({ kind: 'claimed' });
    });

    it('takes over a key whose request died before recording anything, and not one whose request recorded events', async () => {
      const later = new Date(t0.getTime() + 2 * 60_000);
      const silent = claimOf();
      await log.claim(silent);
      expect(await log.claim({ ...silent, correlationId: randomUUID(), now: later })).toEqual({ kind: 'claimed' });

      const recorded = claimOf();
      await log.claim(recorded);
      const { lastPosition } = await store.appendToStream(
        `idem-${recorded.key}`,
        [
          {
            eventId: randomUUID(),
            type: 'Moved',
            data: {},
            metadata: {
              actor: { userId: 'u', role: 'finance' },
              correlationId: recorded.correlationId,
              causationId: null,
              occurredAt: t0.toISOString(),
              schemaVersion: 1,
            },
          },
        ],
        { expectedVersion: 'no-stream' },
      );
      expect(await log.claim({ ...recorded, correlationId: randomUUID(), now: later })).toEqual({ kind: 'outcome-unknown', positions: [lastPosition] });
    });

    it('lets exactly one of many simultaneous requests claim a key', async () => {
      const claim = claimOf();
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => log.claim(claim)));
      expect(outcomes.filter((outcome) => outcome.kind === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.kind === 'in-progress')).toHaveLength(9);
    });
  });
}
