import type { RecordedEvent } from '@yunghap/event-store';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store.adapter';
import { BulkOperation, ReadModelCollection, ReadModelDocument } from '../read-model-store.port';
import { Projected, Projection } from './projection';
import { projectBatch } from './project-batch';
import { recordedEvent } from '../testing/recorded-event';

interface Visits extends ReadModelDocument {
  readonly visits: number;
}

type StoredVisits = Projected<Visits>;

const recorded = (position: number, streamId: string, type = 'Visited'): RecordedEvent => recordedEvent(position, streamId, type);

/** Counts visits per stream; `Closed` deletes; a visit to `broken` throws. */
const visits: Projection<Visits> = {
  name: 'visits',
  collection: 'visits',
  handles: ['Visited', 'Closed'],
  documentId: (event) => event.streamId,
  apply: (doc, event) => {
    if (event.streamId === 'broken') throw new Error('no visitor book');
    return event.type === 'Closed' ? null : { _id: event.streamId, visits: (doc?.visits ?? 0) + 1 };
  },
};

/** The collection, recording every bulk write and running `interfere` before the first one. */
function watched(collection: ReadModelCollection<StoredVisits>, interfere: () => Promise<void> = async () => undefined) {
  const bulks: BulkOperation<StoredVisits>[][] = [];
  let interfered = false;
  const proxy = new Proxy(collection, {
    get(target, property, receiver) {
      if (property !== 'bulkWrite') return Reflect.get(target, property, receiver);
      return async (operations: BulkOperation<StoredVisits>[]) => {
        bulks.push(operations);
        if (!interfered) {
          interfered = true;
          await interfere();
        }
        return target.bulkWrite(operations);
      };
    },
  });
  return { proxy, bulks };
}

describe('projectBatch', () => {
  let collection: ReadModelCollection<StoredVisits>;

  beforeEach(() => {
    collection = new InMemoryReadModelStore().collection<StoredVisits>('visits');
  });

  it('writes each touched document once, with the position of its last event', async () => {
    const { proxy, bulks } = watched(collection);
    const events = [recorded(1, 'a'), recorded(2, 'b'), recorded(3, 'a'), recorded(4, 'c'), recorded(5, 'c', 'Closed'), recorded(6, 'a')];

    expect(await projectBatch(visits, proxy, events, 0)).toEqual({ through: 6, failure: null });
    expect(bulks).toHaveLength(1);
    expect(bulks[0]).toHaveLength(2);
    expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', visits: 3, _position: 6 },
      { _id: 'b', visits: 1, _position: 2 },
    ]);
  });

  it('replays a batch from an older position without applying any event twice', async () => {
    const events = [recorded(1, 'a'), recorded(2, 'b'), recorded(3, 'a')];
    await projectBatch(visits, collection, events.slice(0, 2), 0);

    expect(await projectBatch(visits, collection, events, 0)).toEqual({ through: 3, failure: null });
    expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', visits: 2, _position: 3 },
      { _id: 'b', visits: 1, _position: 2 },
    ]);
  });

  it('redoes a document that another runner changed between the read and the write', async () => {
    await collection.insertOne({ _id: 'a', visits: 1, _position: 1 });
    const { proxy } = watched(collection, async () => {
      await collection.replaceOne({ _id: 'a' }, { _id: 'a', visits: 2, _position: 2 });
    });

    await projectBatch(visits, proxy, [recorded(2, 'a'), recorded(3, 'a'), recorded(4, 'b')], 1);
    expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', visits: 3, _position: 3 },
      { _id: 'b', visits: 1, _position: 4 },
    ]);
  });

  it('redoes a document that another runner created first', async () => {
    const { proxy } = watched(collection, () => collection.insertOne({ _id: 'a', visits: 1, _position: 2 }));

    await projectBatch(visits, proxy, [recorded(2, 'a'), recorded(3, 'a')], 1);
    expect(await collection.findOne({ _id: 'a' })).toEqual({ _id: 'a', visits: 2, _position: 3 });
  });

  it('stops at an event apply throws on, writing what the events before it did', async () => {
    const events = [recorded(1, 'a'), recorded(2, 'b'), recorded(3, 'broken'), recorded(4, 'a')];

    const { through, failure } = await projectBatch(visits, collection, events, 0);
    expect(through).toBe(2);
    expect(failure).toMatchObject({ projection: 'visits', position: 3, streamId: 'broken', eventType: 'Visited' });
    expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', visits: 1, _position: 1 },
      { _id: 'b', visits: 1, _position: 2 },
    ]);
  });

  it('advances past events the projection does not handle without writing', async () => {
    const { proxy, bulks } = watched(collection);
    expect(await projectBatch(visits, proxy, [recorded(7, 'a', 'Renamed')], 6)).toEqual({ through: 7, failure: null });
    expect(bulks).toEqual([[]]);
  });
});
