import { randomUUID } from 'node:crypto';
import { testEvent } from '@yunghap/event-store/testing';
import { StoredEvent } from './esdb-gateway';
import { decodeEvent, encodeEvent, toRecordedEvent } from './event-codec';
import { chainEvents } from './hash-chain';

/** What the server hands back for a written event: JSON through bytes, a revision, a creation time. */
function asStored(written: ReturnType<typeof encodeEvent>, streamId: string, revision: bigint): StoredEvent {
  return {
    streamId,
    revision,
    id: written.id,
    type: written.type,
    data: JSON.parse(JSON.stringify(written.data)),
    metadata: JSON.parse(JSON.stringify(written.metadata)),
    created: new Date('2026-03-02T09:00:01.234Z'),
  };
}

describe('event encoding', () => {
  const caused = { ...testEvent('GrantApproved', { amountWon: 480_000_000 }), metadata: { ...testEvent('x').metadata, causationId: randomUUID() } };
  const [first, second] = chainEvents('grant-42', 0, null, [testEvent('GrantProposed', { note: '융합' }), caused]);

  it('puts correlation and causation under the server’s own keys and the rest under ours', () => {
    expect(encodeEvent(second, 17).metadata).toEqual({
      $correlationId: second.metadata.correlationId,
      $causationId: second.metadata.causationId,
      yunghap: {
        actor: second.metadata.actor,
        occurredAt: second.metadata.occurredAt,
        schemaVersion: 1,
        hash: second.hash,
        previousHash: first.hash,
        headBefore: 17,
      },
    });
    expect(encodeEvent(first, 0).metadata).not.toHaveProperty('$causationId');
  });

  it('round-trips every field of the port and the chain through the server', () => {
    const decoded = decodeEvent(asStored(encodeEvent(second, 17), 'grant-42', 1n));

    expect(decoded).toEqual({ ...second, recordedAt: '2026-03-02T09:00:01.234Z', headBefore: 17 });
    expect(decodeEvent(asStored(encodeEvent(first, 0), 'grant-42', 0n))?.metadata.causationId).toBeNull();
  });

  it('keeps the trace context an event was decided in, inside the hash chain', () => {
    const traceContext = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'yh=1' };
    const plain = testEvent('GrantProposed');
    const [traced] = chainEvents('grant-43', 0, null, [{ ...plain, metadata: { ...plain.metadata, traceContext } }]);
    const [untraced] = chainEvents('grant-43', 0, null, [plain]);

    expect(encodeEvent(traced, 0).metadata).toMatchObject({ yunghap: { traceContext } });
    expect(decodeEvent(asStored(encodeEvent(traced, 0), 'grant-43', 0n))).toEqual({ ...traced, recordedAt: '2026-03-02T09:00:01.234Z', headBefore: 0 });
    expect(traced.hash).not.toBe(untraced.hash);
    expect(untraced.metadata).not.toHaveProperty('traceContext');
  });

  it('turns a decoded event into the port’s recorded event at its position', () => {
    const decoded = decodeEvent(asStored(encodeEvent(first, 0), 'grant-42', 0n));

    expect(decoded && toRecordedEvent(decoded, 5)).toEqual({
      eventId: first.eventId,
      type: 'GrantProposed',
      data: { note: '융합' },
      metadata: first.metadata,
      streamId: 'grant-42',
      version: 1,
      position: 5,
      recordedAt: '2026-03-02T09:00:01.234Z',
      hash: first.hash,
      previousHash: null,
    });
  });

  it.each([
    ['no metadata', undefined],
    ['bytes', new Uint8Array([1, 2])],
    ['another application’s metadata', { $correlationId: 'c' }],
    [
      'a trace context that is not one',
      {
        $correlationId: 'c',
        yunghap: {
          actor: { userId: 'u', role: 'finance' },
          occurredAt: 't',
          schemaVersion: 1,
          hash: 'h',
          previousHash: null,
          headBefore: 0,
          traceContext: { traceparent: 7 },
        },
      },
    ],
    [
      'a hash that is not text',
      {
        $correlationId: 'c',
        yunghap: { actor: { userId: 'u', role: 'finance' }, occurredAt: 't', schemaVersion: 1, hash: 1, previousHash: null, headBefore: 0 },
      },
    ],
    ['no actor', { $correlationId: 'c', yunghap: { occurredAt: 't', schemaVersion: 1, hash: 'h', previousHash: null, headBefore: 0 } }],
  ])('does not take an event with %s for one of its own', (_case, metadata) => {
    const stored = { ...asStored(encodeEvent(first, 0), 's', 0n), metadata };
    expect(decodeEvent(stored)).toBeNull();
  });

  it('does not take an event with a byte body for one of its own', () => {
    expect(decodeEvent({ ...asStored(encodeEvent(first, 0), 's', 0n), data: new Uint8Array([1]) })).toBeNull();
  });
});
