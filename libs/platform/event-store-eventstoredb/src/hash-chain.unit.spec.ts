import { testEvent } from '@yunghap/event-store/testing';
import { chainEvents, eventHash } from './hash-chain';

describe('hash chain', () => {
  const metadata = {
    actor: { userId: 'pm-kim', role: 'program-manager' as const },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2026-03-02T09:00:00.000Z',
    schemaVersion: 1,
  };
  const base = {
    streamId: 'grant-42',
    version: 1,
    eventId: '6f1c1b1e-0000-4000-8000-000000000001',
    type: 'GrantProposed',
    data: { amountWon: 480_000_000 },
    metadata,
    previousHash: null,
  };

  it('is SHA-256 in hex over the canonical JSON of the event and its predecessor', () => {
    expect(eventHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...base, data: { amountWon: 480_000_000 }, metadata: { ...metadata } })).toBe(eventHash(base));
  });

  it.each([
    ['previous hash', { previousHash: 'ab' }],
    ['stream', { streamId: 'grant-43' }],
    ['version', { version: 2 }],
    ['event id', { eventId: '6f1c1b1e-0000-4000-8000-000000000002' }],
    ['type', { type: 'GrantApproved' }],
    ['data', { data: { amountWon: 480_000_001 } }],
    ['metadata', { metadata: { ...metadata, schemaVersion: 2 } }],
  ])('changes when the %s changes', (_field, change) => {
    expect(eventHash({ ...base, ...change })).not.toBe(eventHash(base));
  });

  it('chains each event to its predecessor, after the stream’s last one', () => {
    const [c, d] = chainEvents('line-1', 2, 'prior', [testEvent('C'), testEvent('D')]);

    expect([c.version, c.previousHash, d.version, d.previousHash]).toEqual([3, 'prior', 4, c.hash]);
    expect(d.hash).toBe(eventHash(d));
  });

  it('hashes what reads back: lower-case ids and only the port’s metadata fields', () => {
    const event = testEvent('A');
    const upper = { ...event, eventId: event.eventId.toUpperCase(), metadata: { ...event.metadata, extra: 'not stored' } };

    const [chained] = chainEvents('s', 0, null, [upper]);

    expect(chained.eventId).toBe(event.eventId);
    expect(chained.metadata).toEqual(event.metadata);
    expect(chained.hash).toBe(chainEvents('s', 0, null, [event])[0].hash);
  });
});
