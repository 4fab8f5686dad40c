import { randomUUID } from 'node:crypto';
import { eventStoreContract, testEvent } from '@yunghap/event-store/testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEventStoreDb } from './testing/in-memory-eventstoredb';
import { OutboxUnsupportedError } from './outbox-unsupported-error';
import { POSITIONS_STREAM } from './global-order';

// The adapter's logic against a model of the server: everything but the client library's wire
// calls. It shows the design holds the contract; only the int spec shows the server agrees.
eventStoreContract(
  'EventStoreDB adapter over an in-memory model of the server',
  async () => {
    const server = new InMemoryEventStoreDb();
    const store = new EventStoreDbEventStore(server.connect());
    return {
      store,
      reopen: async () => {
        await store.close();
        return new EventStoreDbEventStore(server.connect());
      },
    };
  },
  { writers: 10, sqlTampering: false },
);

describe('EventStoreDB adapter specifics (over the model)', () => {
  let server: InMemoryEventStoreDb;
  let store: EventStoreDbEventStore;
  const stream = (prefix: string) => `${prefix}-${randomUUID()}`;

  beforeEach(() => {
    server = new InMemoryEventStoreDb();
    store = new EventStoreDbEventStore(server.connect());
  });
  afterEach(() => store.close());

  it('numbers only its own events, skipping system events and other applications’ events in $all', async () => {
    server.write('$stats-127.0.0.1:2113', [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: null }]);
    await store.appendToStream(stream('a'), [testEvent('A')], { expectedVersion: 'no-stream' });
    server.write('other-app-1', [{ id: randomUUID(), type: 'SomethingElse', data: {}, metadata: { $correlationId: 'x' } }]);
    await store.setStreamMetadata(stream('b'), { note: 'metadata events are system events' });
    await store.appendToStream(stream('b'), [testEvent('B')], { expectedVersion: 'no-stream' });

    const all = await store.readAll();

    expect(all.map((e) => [e.type, e.position])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(await store.headPosition()).toBe(2);
  });

  it('gives two processes on one server the same gap-free order while both write', async () => {
    const other = new EventStoreDbEventStore(server.connect());
    const write = (target: EventStoreDbEventStore, id: string) =>
      Promise.all(Array.from({ length: 15 }, (_, i) => target.appendToStream(id, [testEvent('W', { i })], { expectedVersion: 'any' })));

    await Promise.all([write(store, stream('p1')), write(other, stream('p2')), write(store, stream('shared')), write(other, stream('shared'))]);
    const seenByOne = await store.readAll();
    const seenByOther = await other.readAll();
    await other.close();

    expect(seenByOne.map((e) => e.position)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(seenByOther.map((e) => e.eventId)).toEqual(seenByOne.map((e) => e.eventId));
  });

  it('keeps the hash chain whole when writers that expect any version race on one stream', async () => {
    const id = stream('line');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.appendToStream(id, [testEvent('C', { i }), testEvent('D', { i })], { expectedVersion: 'any' })),
    );

    const events = await store.readStream(id);

    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(events.every((e, i) => e.previousHash === (i === 0 ? null : events[i - 1].hash))).toBe(true);
    expect(await store.verify({ streamId: id })).toMatchObject({ ok: true, eventsChecked: 20 });
  });

  it('links an event whose writer died between writing and linking it, at the next read by anyone', async () => {
    const dying = server.connect();
    const append = dying.append.bind(dying);
    dying.append = async (streamId, events, expected) => {
      if (streamId === POSITIONS_STREAM) throw new Error('process died');
      return append(streamId, events, expected);
    };
    const id = stream('orphan');
    await expect(new EventStoreDbEventStore(dying).appendToStream(id, [testEvent('A')], { expectedVersion: 'no-stream' })).rejects.toThrow('process died');

    const all = await store.readAll();

    expect(all.map((e) => [e.streamId, e.type, e.position])).toEqual([[id, 'A', 1]]);
    expect((await store.readStream(id)).map((e) => e.position)).toEqual([1]);
  });

  it('finds the position of an event whose writer stalled while others wrote, pages further on', async () => {
    const id = stream('stalled');
    const busy = stream('busy');
    const stalling = server.connect();
    const append = stalling.append.bind(stalling);
    stalling.append = async (streamId, events, expected) => {
      if (streamId === id) {
        for (let batch = 0; batch < 3; batch += 1) {
          await store.appendToStream(
            busy,
            Array.from({ length: 400 }, () => testEvent('Busy')),
            { expectedVersion: batch * 400 },
          );
        }
      }
      return append(streamId, events, expected);
    };

    const written = await new EventStoreDbEventStore(stalling).appendToStream(id, [testEvent('Late')], { expectedVersion: 'no-stream' });
    const [late] = await new EventStoreDbEventStore(server.connect()).readStream(id);

    expect([written.lastPosition, late.position]).toEqual([1201, 1201]);
  });

  it('keeps server-side metadata (an ACL) when the stream metadata is set, and never writes retention keys at the top', async () => {
    const id = stream('committee');
    server.write(`$$${id}`, [{ id: randomUUID(), type: '$metadata', data: { $acl: { $r: ['$admins'] } }, metadata: null }]);

    await store.setStreamMetadata(id, { maxAge: 1, center: 'honam' });

    expect(server.streamMetadata(id)).toEqual({ $acl: { $r: ['$admins'] }, yunghap: { maxAge: 1, center: 'honam' } });
    expect(await store.getStreamMetadata(id)).toEqual({ maxAge: 1, center: 'honam' });
  });

  it('reports an event written behind its back as a break, and refuses to read it as its own', async () => {
    const id = stream('foreign');
    await store.appendToStream(id, [testEvent('A')], { expectedVersion: 'no-stream' });
    server.write(id, [{ id: randomUUID(), type: 'Forged', data: { amountWon: 999 }, metadata: {} }]);

    const report = await store.verify({ streamId: id });

    expect(report).toMatchObject({ ok: false, eventsChecked: 2, firstBreak: { streamId: id, version: 2, position: null } });
    expect(report.firstBreak?.reason).toMatch(/no chain metadata/);
    await expect(store.readStream(id)).rejects.toThrow(/not written through the event store/);
  });

  it('finds across all streams a stream whose events were deleted', async () => {
    const kept = stream('kept');
    const deleted = stream('deleted');
    await store.appendToStream(kept, [testEvent('A')], { expectedVersion: 'no-stream' });
    await store.appendToStream(deleted, [testEvent('A'), testEvent('B')], { expectedVersion: 'no-stream' });
    const all = new EventStoreDbEventStore(simulateDeletion(server, deleted));

    const report = await all.verify('all');

    expect(report).toMatchObject({ ok: false, streamsChecked: 2, eventsChecked: 1, firstBreak: { streamId: deleted, version: 1, position: null } });
    expect(report.firstBreak?.reason).toMatch(/removed or altered at the end/);
  });

  it('refuses outbox messages it cannot commit with the events, before writing anything', async () => {
    const id = stream('award');
    const outbox = [{ messageId: randomUUID(), topic: 'yunghap.grants.events', key: id, type: 'AwardApproved', payload: {} }];

    await expect(store.appendToStream(id, [testEvent('AwardApproved')], { expectedVersion: 'no-stream', outbox })).rejects.toBeInstanceOf(
      OutboxUnsupportedError,
    );
    await expect(store.appendToStream(id, [testEvent('AwardApproved')], { expectedVersion: 'no-stream', outbox: [] })).resolves.toMatchObject({
      nextExpectedVersion: 1,
    });
  });

  it('refuses stream ids the server reserves', async () => {
    await expect(store.appendToStream(POSITIONS_STREAM, [testEvent('A')], { expectedVersion: 'any' })).rejects.toThrow(RangeError);
  });
});

/** A connection on which one stream reads as empty, as after a delete and a scavenge. */
function simulateDeletion(server: InMemoryEventStoreDb, deleted: string) {
  const connection = server.connect();
  const readStream = connection.readStream.bind(connection);
  connection.readStream = async (streamId, range) => (streamId === deleted ? [] : readStream(streamId, range));
  return connection;
}
