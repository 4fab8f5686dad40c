import type { RecordedEvent } from '@yunghap/event-store';
import { InMemoryReadModelStore } from '../in-memory/in-memory-read-model-store.adapter';
import { ReadModelCollection, ReadModelDocument } from '../read-model-store.port';
import { DuplicateKeyError } from '../read-model.errors';
import { Projected, Projection } from './projection';
import { projectEvent } from './project-event';
import { recordedEvent } from '../testing/recorded-event';

interface Mentoring extends ReadModelDocument {
  readonly sessions: number;
}

type StoredMentoring = Projected<Mentoring>;

const recorded = (type: string, position: number, streamId = 'mentoring-1'): RecordedEvent => recordedEvent(position, streamId, type);

/** Counts sessions; `SessionHeld` on stream `nobody` concerns no document. */
function mentoringProjection(applied: (Mentoring | null)[] = []): Projection<Mentoring> {
  return {
    name: 'mentoring',
    collection: 'mentoring',
    handles: ['SessionHeld', 'EngagementClosed'],
    documentId: (event) => (event.streamId === 'nobody' ? null : event.streamId),
    apply: (doc, event) => {
      applied.push(doc);
      if (event.type === 'EngagementClosed') return null;
      return { _id: event.streamId, sessions: (doc?.sessions ?? 0) + 1 };
    },
  };
}

/**
 * The collection as another runner of the same projection would leave it: `interfere` runs
 * once before each of the first `times` writes, between this runner's read and its write.
 */
function contested(collection: ReadModelCollection<StoredMentoring>, interfere: () => Promise<void>, times = 1): ReadModelCollection<StoredMentoring> {
  let attempts = 0;
  const beforeWrite =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (attempts < times) {
        attempts += 1;
        await interfere();
      }
      return write(...args);
    };
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const bound = value.bind(target) as (...args: unknown[]) => Promise<unknown>;
      return ['insertOne', 'replaceOne', 'deleteOne'].includes(String(property)) ? beforeWrite(bound) : bound;
    },
  });
}

describe('projectEvent', () => {
  let collection: ReadModelCollection<StoredMentoring>;

  beforeEach(() => {
    collection = new InMemoryReadModelStore().collection<StoredMentoring>('mentoring');
  });

  it('creates, updates and deletes the document, stamping the position of the event applied', async () => {
    const applied: (Mentoring | null)[] = [];
    const projection = mentoringProjection(applied);

    await projectEvent(projection, collection, recorded('SessionHeld', 3));
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 1, _position: 3 });
    await projectEvent(projection, collection, recorded('SessionHeld', 8));
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 2, _position: 8 });
    await projectEvent(projection, collection, recorded('EngagementClosed', 9));
    expect(await collection.count()).toBe(0);

    // apply sees what it returned before, never the runner's _position.
    expect(applied).toEqual([null, { _id: 'mentoring-1', sessions: 1 }, { _id: 'mentoring-1', sessions: 2 }]);
  });

  it('skips an event at or before the position the document has reached', async () => {
    const applied: (Mentoring | null)[] = [];
    const projection = mentoringProjection(applied);
    await projectEvent(projection, collection, recorded('SessionHeld', 5));

    await projectEvent(projection, collection, recorded('SessionHeld', 5));
    await projectEvent(projection, collection, recorded('SessionHeld', 4));

    expect(applied).toHaveLength(1);
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 1, _position: 5 });
  });

  it('leaves the collection alone when the event concerns no document', async () => {
    const applied: (Mentoring | null)[] = [];
    await projectEvent(mentoringProjection(applied), collection, recorded('SessionHeld', 2, 'nobody'));
    expect(applied).toEqual([]);
    expect(await collection.count()).toBe(0);
  });

  it('refuses a document whose _id is not the one the event concerns', async () => {
    const projection: Projection<Mentoring> = { ...mentoringProjection(), apply: () => ({ _id: 'someone-else', sessions: 1 }) };
    await expect(projectEvent(projection, collection, recorded('SessionHeld', 2))).rejects.toThrow(
      'apply returned a document with _id someone-else for document mentoring-1',
    );
    expect(await collection.count()).toBe(0);
  });

  it('re-reads after another runner updated the document first, and skips the event it applied', async () => {
    await collection.insertOne({ _id: 'mentoring-1', sessions: 1, _position: 3 });
    const racing = contested(collection, () =>
      collection.replaceOne({ _id: 'mentoring-1' }, { _id: 'mentoring-1', sessions: 2, _position: 7 }).then(() => undefined),
    );

    await projectEvent(mentoringProjection(), racing, recorded('SessionHeld', 7));
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 2, _position: 7 });
  });

  it('re-reads after another runner created the document first', async () => {
    const racing = contested(collection, () => collection.insertOne({ _id: 'mentoring-1', sessions: 1, _position: 4 }));

    await projectEvent(mentoringProjection(), racing, recorded('SessionHeld', 6));
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 2, _position: 6 });
  });

  it('does not delete a document changed since it was read', async () => {
    await collection.insertOne({ _id: 'mentoring-1', sessions: 1, _position: 3 });
    const racing = contested(collection, () =>
      collection.replaceOne({ _id: 'mentoring-1' }, { _id: 'mentoring-1', sessions: 5, _position: 4 }).then(() => undefined),
    );

    await projectEvent(mentoringProjection(), racing, recorded('EngagementClosed', 9));
    expect(await collection.count()).toBe(0);

    await collection.insertOne({ _id: 'mentoring-1', sessions: 1, _position: 3 });
    const outrun = contested(collection, () =>
      collection.replaceOne({ _id: 'mentoring-1' }, { _id: 'mentoring-1', sessions: 5, _position: 12 }).then(() => undefined),
    );
    await projectEvent(mentoringProjection(), outrun, recorded('EngagementClosed', 9));
    expect(await collection.findOne({ _id: 'mentoring-1' })).toEqual({ _id: 'mentoring-1', sessions: 5, _position: 12 });
  });

  it('gives up when the document keeps changing under it', async () => {
    await collection.insertOne({ _id: 'mentoring-1', sessions: 1, _position: 3 });
    const racing = contested(
      collection,
      () => collection.updateOne({ _id: 'mentoring-1' }, { $inc: { sessions: 1, _position: 1 } }).then(() => undefined),
      Infinity,
    );
    await expect(projectEvent(mentoringProjection(), racing, recorded('SessionHeld', 50))).rejects.toThrow('changed under this runner 3 times');
  });

  it('gives up on a unique-index violation that re-reading cannot resolve', async () => {
    await collection.createIndex({ sessions: 1 }, { unique: true });
    await collection.insertOne({ _id: 'mentoring-0', sessions: 1, _position: 1 });
    await expect(projectEvent(mentoringProjection(), collection, recorded('SessionHeld', 2))).rejects.toBeInstanceOf(DuplicateKeyError);
  });
});
