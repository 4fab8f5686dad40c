import { suiteResources } from '@yunghap/testing';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { DuplicateKeyError, UpsertWithoutIdError } from '../read-model.errors';

interface ApplicationView extends ReadModelDocument {
  center: string;
  score: number;
  status: string;
  consortium: { lead: string; members: number };
  tags: string[];
  email?: string;
  views?: number;
  _position?: number;
}

const APPLICATIONS: readonly ApplicationView[] = [
  { _id: 'a1', center: 'seoul', score: 82, status: 'submitted', consortium: { lead: 'acme', members: 3 }, tags: ['ai', 'robotics'] },
  { _id: 'a2', center: 'busan', score: 67, status: 'screened', consortium: { lead: 'bolt', members: 2 }, tags: ['bio'] },
  { _id: 'a3', center: 'seoul', score: 67, status: 'submitted', consortium: { lead: 'cobalt', members: 5 }, tags: ['ai'] },
  { _id: 'a4', center: 'daegu', score: 91, status: 'withdrawn', consortium: { lead: 'delta', members: 4 }, tags: [] },
  { _id: 'a5', center: 'busan', score: 74, status: 'submitted', consortium: { lead: 'echo', members: 2 }, tags: ['robotics', 'bio'] },
];

function application(id: string): ApplicationView {
  const found = APPLICATIONS.find((candidate) => candidate._id === id);
  if (found === undefined) throw new Error(`no fixture ${id}`);
  return structuredClone(found);
}

/** Ids in ascending order, for queries whose result order MongoDB leaves unspecified. */
function ids(documents: readonly Partial<ReadModelDocument>[]): string[] {
  return documents.map((document) => String(document._id)).sort();
}

/**
 * The behaviour every `ReadModelStore` adapter must share. `open` is called once; the suite
 * drops everything it wrote and closes the store at the end. Each test uses its own collection.
 */
export function readModelStoreContract(adapter: string, open: () => Promise<ReadModelStore>): void {
  describe(`ReadModelStore contract: ${adapter}`, () => {
    let opened: ReadModelStore | undefined;
    let sequence = 0;

    const store = (): ReadModelStore => {
      if (opened === undefined) throw new Error(`${adapter}: the store did not open`);
      return opened;
    };
    const fresh = (): ReadModelCollection<ApplicationView> => store().collection<ApplicationView>(`applications_${++sequence}`);
    const seeded = async (): Promise<ReadModelCollection<ApplicationView>> => {
      const collection = fresh();
      for (const document of APPLICATIONS) await collection.insertOne(structuredClone(document));
      return collection;
    };

    // afterAll waits for beforeAll's work, so a store that opens after beforeAll timed out is closed too.
    const resources = suiteResources();

    beforeAll(() =>
      resources.open(async (keep) => {
        opened = keep(await open(), async (store) => {
          try {
            await store.dropAll();
          } finally {
            await store.close();
          }
        });
      }),
    );

    afterAll(() => resources.close());

    describe('queries', () => {
      let applications: ReadModelCollection<ApplicationView>;

      beforeAll(async () => {
        applications = await seeded();
      });

      it('finds one document by _id, or null', async () => {
        expect(await applications.findOne({ _id: 'a3' })).toEqual(application('a3'));
        expect(await applications.findOne({ _id: 'missing' })).toBeNull();
      });

      it('matches implicit and explicit $eq', async () => {
        expect(ids(await applications.find({ center: 'seoul' }))).toEqual(['a1', 'a3']);
        expect(ids(await applications.find({ status: { $eq: 'screened' } }))).toEqual(['a2']);
      });

      it('matches $in, $nin and $ne', async () => {
        expect(ids(await applications.find({ center: { $in: ['busan', 'daegu'] } }))).toEqual(['a2', 'a4', 'a5']);
        expect(ids(await applications.find({ center: { $nin: ['busan', 'daegu'] } }))).toEqual(['a1', 'a3']);
        expect(ids(await applications.find({ status: { $ne: 'submitted' } }))).toEqual(['a2', 'a4']);
      });

      it('matches a half-open range with $gte and $lt', async () => {
        expect(ids(await applications.find({ score: { $gte: 67, $lt: 82 } }))).toEqual(['a2', 'a3', 'a5']);
      });

      it('combines conditions with $and and $or', async () => {
        const filter = { $or: [{ center: 'daegu' }, { $and: [{ center: 'busan' }, { score: { $gt: 70 } }] }] };
        expect(ids(await applications.find(filter))).toEqual(['a4', 'a5']);
      });

      it('matches nested fields by dotted path', async () => {
        expect(ids(await applications.find({ 'consortium.members': { $gte: 4 } }))).toEqual(['a3', 'a4']);
        expect(ids(await applications.find({ 'consortium.lead': 'bolt' }))).toEqual(['a2']);
      });

      it('matches array membership', async () => {
        expect(ids(await applications.find({ tags: 'robotics' }))).toEqual(['a1', 'a5']);
        expect(ids(await applications.find({ tags: { $in: ['bio', 'ai'] } }))).toEqual(['a1', 'a2', 'a3', 'a5']);
        expect(ids(await applications.find({ tags: { $size: 0 } }))).toEqual(['a4']);
      });

      it('tells missing fields apart with $exists', async () => {
        const collection = fresh();
        await collection.insertOne({ ...application('a1'), email: 'lead@acme.example' });
        await collection.insertOne(application('a2'));
        expect(ids(await collection.find({ email: { $exists: false } }))).toEqual(['a2']);
        expect(ids(await collection.find({ email: { $exists: true } }))).toEqual(['a1']);
      });

      it('sorts on two keys, the second breaking ties of the first', async () => {
        const byScore = await applications.find({}, { sort: { score: -1, _id: 1 } });
        expect(byScore.map((document) => document._id)).toEqual(['a4', 'a1', 'a5', 'a2', 'a3']);
        const byCenter = await applications.find({}, { sort: { center: 1, score: -1 } });
        expect(byCenter.map((document) => document._id)).toEqual(['a5', 'a2', 'a4', 'a1', 'a3']);
      });

      it('pages with skip and limit after sorting', async () => {
        const page = async (index: number) => {
          const documents = await applications.find({}, { sort: { score: -1, _id: 1 }, skip: index * 2, limit: 2 });
          return documents.map((document) => document._id);
        };
        expect([await page(0), await page(1), await page(2), await page(3)]).toEqual([['a4', 'a1'], ['a5', 'a2'], ['a3'], []]);
      });

      it('applies the filter before paging', async () => {
        const documents = await applications.find({ status: 'submitted' }, { sort: { score: 1 }, skip: 1, limit: 1 });
        expect(documents.map((document) => document._id)).toEqual(['a5']);
      });

      it('projects included or excluded fields', async () => {
        expect(await applications.find({ _id: 'a1' }, { projection: { center: 1, 'consortium.lead': 1 } })).toEqual([
          { _id: 'a1', center: 'seoul', consortium: { lead: 'acme' } },
        ]);
        expect(await applications.find({ _id: 'a2' }, { projection: { consortium: 0, tags: 0, _id: 0 } })).toEqual([
          { center: 'busan', score: 67, status: 'screened' },
        ]);
      });

      it('counts all documents or the matching ones', async () => {
        expect(await applications.count()).toBe(5);
        expect(await applications.count({ status: 'submitted' })).toBe(3);
        expect(await applications.count({ center: 'jeju' })).toBe(0);
      });
    });

    describe('isolation from callers', () => {
      it('keeps what was stored when the caller mutates the inserted or returned objects', async () => {
        const collection = fresh();
        const inserted = application('a1');
        await collection.insertOne(inserted);
        inserted.tags.push('mutated');
        const found = await collection.findOne({ _id: 'a1' });
        if (found) found.consortium.members = 99;
        const [listed] = await collection.find({});
        listed?.tags.push('mutated');
        expect(await collection.findOne({ _id: 'a1' })).toEqual(application('a1'));
      });
    });

    describe('inserts and unique keys', () => {
      it('refuses a second document with the same _id and keeps the first', async () => {
        const collection = fresh();
        await collection.insertOne(application('a1'));
        const error = await collection.insertOne({ ...application('a2'), _id: 'a1' }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(DuplicateKeyError);
        expect((error as DuplicateKeyError).collection).toBe(collection.name);
        expect(await collection.findOne({ _id: 'a1' })).toEqual(application('a1'));
      });

      it('enforces a unique index on insert, update, replace and upsert', async () => {
        const collection = fresh();
        await collection.createIndex({ email: 1 }, { unique: true });
        await collection.insertOne({ ...application('a1'), email: 'one@example.kr' });
        await collection.insertOne({ ...application('a2'), email: 'two@example.kr' });

        await expect(collection.insertOne({ ...application('a3'), email: 'one@example.kr' })).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(collection.updateOne({ _id: 'a2' }, { $set: { email: 'one@example.kr' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(collection.replaceOne({ _id: 'a2' }, { ...application('a2'), email: 'one@example.kr' })).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(collection.updateOne({ _id: 'a9' }, { $set: { email: 'one@example.kr' } }, { upsert: true })).rejects.toBeInstanceOf(DuplicateKeyError);
        expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
          { ...application('a1'), email: 'one@example.kr' },
          { ...application('a2'), email: 'two@example.kr' },
        ]);
      });

      it('frees a unique key when its holder changes it or is deleted', async () => {
        const collection = fresh();
        await collection.createIndex({ email: 1 }, { unique: true });
        await collection.insertOne({ ...application('a1'), email: 'one@example.kr' });
        await collection.insertOne({ ...application('a2'), email: 'two@example.kr' });
        await collection.updateOne({ _id: 'a1' }, { $set: { email: 'uno@example.kr' } });
        await collection.updateOne({ _id: 'a2' }, { $set: { email: 'one@example.kr' } });
        await collection.deleteOne({ _id: 'a2' });
        await collection.insertOne({ ...application('a3'), email: 'one@example.kr' });
        expect(await collection.count({ email: 'one@example.kr' })).toBe(1);
      });

      it('enforces a compound unique index on the combination only', async () => {
        const collection = fresh();
        await collection.createIndex({ center: 1, score: 1 }, { unique: true });
        await collection.insertOne(application('a1'));
        await collection.insertOne(application('a3'));
        await collection.insertOne(application('a2'));
        await expect(collection.insertOne({ ...application('a5'), center: 'seoul', score: 67 })).rejects.toBeInstanceOf(DuplicateKeyError);
        expect(ids(await collection.find({}))).toEqual(['a1', 'a2', 'a3']);
      });

      it('creates an index idempotently and lets a non-unique one hold duplicates', async () => {
        const collection = fresh();
        await collection.createIndex({ email: 1 }, { unique: true });
        await collection.createIndex({ email: 1 }, { unique: true });
        await collection.createIndex({ center: 1 });
        await collection.insertOne({ ...application('a1'), email: 'one@example.kr' });
        await collection.insertOne({ ...application('a3'), email: 'three@example.kr' });
        expect(await collection.count({ center: 'seoul' })).toBe(2);
        await expect(collection.insertOne({ ...application('a5'), email: 'one@example.kr' })).rejects.toBeInstanceOf(DuplicateKeyError);
      });

      it('refuses a unique index that the stored documents already break', async () => {
        const collection = await seeded();
        await expect(collection.createIndex({ center: 1 }, { unique: true })).rejects.toBeInstanceOf(DuplicateKeyError);
        await collection.insertOne({ ...application('a1'), _id: 'a6' });
        expect(await collection.count({ center: 'seoul' })).toBe(3);
      });
    });

    describe('replaceOne', () => {
      it('replaces the whole document, dropping fields the replacement lacks', async () => {
        const collection = await seeded();
        const result = await collection.replaceOne({ _id: 'a1' }, { ...application('a1'), status: 'screened', tags: [] });
        expect(result).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
        expect(await collection.findOne({ _id: 'a1' })).toEqual({ ...application('a1'), status: 'screened', tags: [] });
      });

      it('reports an identical replacement as matched but not modified', async () => {
        const collection = await seeded();
        expect(await collection.replaceOne({ _id: 'a2' }, application('a2'))).toEqual({
          matchedCount: 1,
          modifiedCount: 0,
          upsertedCount: 0,
          upsertedId: null,
        });
      });

      it('changes nothing when nothing matches and upsert is off', async () => {
        const collection = await seeded();
        const result = await collection.replaceOne({ _id: 'a9' }, { ...application('a1'), _id: 'a9' });
        expect(result).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null });
        expect(await collection.count()).toBe(5);
      });

      it('inserts the replacement when upserting and nothing matches', async () => {
        const collection = fresh();
        const result = await collection.replaceOne({ _id: 'a4' }, application('a4'), { upsert: true });
        expect(result).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedCount: 1, upsertedId: 'a4' });
        expect(await collection.findOne({ _id: 'a4' })).toEqual(application('a4'));
      });

      it('guards on the revision: a stale _position matches nothing and changes nothing', async () => {
        const collection = fresh();
        await collection.insertOne({ ...application('a1'), _position: 5 });
        const stale = await collection.replaceOne({ _id: 'a1', _position: 4 }, { ...application('a1'), status: 'lost', _position: 6 });
        expect(stale).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null });
        expect(await collection.findOne({ _id: 'a1' })).toEqual({ ...application('a1'), _position: 5 });

        const current = await collection.replaceOne({ _id: 'a1', _position: 5 }, { ...application('a1'), status: 'won', _position: 6 });
        expect(current.modifiedCount).toBe(1);
        expect(await collection.findOne({ _id: 'a1' })).toEqual({ ...application('a1'), status: 'won', _position: 6 });
      });

      it('refuses to change the _id of a stored document', async () => {
        const collection = await seeded();
        await expect(collection.replaceOne({ _id: 'a1' }, { ...application('a1'), _id: 'a1-renamed' })).rejects.toThrow();
        await expect(collection.updateOne({ _id: 'a1' }, { $set: { _id: 'a1-renamed' } })).rejects.toThrow();
        expect(await collection.findOne({ _id: 'a1' })).toEqual(application('a1'));
        expect(await collection.count({ _id: 'a1-renamed' })).toBe(0);
      });

      it('turns a revision-guarded upsert on a stale revision into a duplicate key', async () => {
        const collection = fresh();
        await collection.insertOne({ ...application('a1'), _position: 5 });
        await expect(collection.replaceOne({ _id: 'a1', _position: 4 }, { ...application('a1'), _position: 6 }, { upsert: true })).rejects.toBeInstanceOf(
          DuplicateKeyError,
        );
      });
    });

    describe('updateOne operators', () => {
      let collection: ReadModelCollection<ApplicationView>;

      beforeEach(async () => {
        collection = await seeded();
      });

      it('$set replaces values and creates nested paths', async () => {
        const result = await collection.updateOne({ _id: 'a1' }, { $set: { status: 'screened', 'consortium.members': 4, 'review.round': 1 } });
        expect(result).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
        expect(await collection.findOne({ _id: 'a1' })).toEqual({
          ...application('a1'),
          status: 'screened',
          consortium: { lead: 'acme', members: 4 },
          review: { round: 1 },
        });
      });

      it('$set to the current value matches without modifying', async () => {
        const result = await collection.updateOne({ _id: 'a1' }, { $set: { status: 'submitted' } });
        expect(result).toEqual({ matchedCount: 1, modifiedCount: 0, upsertedCount: 0, upsertedId: null });
      });

      it('$unset removes fields', async () => {
        await collection.updateOne({ _id: 'a2' }, { $unset: { tags: '', 'consortium.members': '' } });
        const { tags: _tags, ...rest } = application('a2');
        expect(await collection.findOne({ _id: 'a2' })).toEqual({ ...rest, consortium: { lead: 'bolt' } });
      });

      it('$inc adds to a number and starts a missing one from zero', async () => {
        await collection.updateOne({ _id: 'a3' }, { $inc: { score: -7, views: 2 } });
        await collection.updateOne({ _id: 'a3' }, { $inc: { views: 1 } });
        expect(await collection.findOne({ _id: 'a3' })).toEqual({ ...application('a3'), score: 60, views: 3 });
      });

      it('$push appends, also several values with $each', async () => {
        await collection.updateOne({ _id: 'a4' }, { $push: { tags: 'energy' } });
        await collection.updateOne({ _id: 'a4' }, { $push: { tags: { $each: ['energy', 'grid'] } } });
        expect((await collection.findOne({ _id: 'a4' }))?.tags).toEqual(['energy', 'energy', 'grid']);
      });

      it('$addToSet adds only values not present yet', async () => {
        const unchanged = await collection.updateOne({ _id: 'a1' }, { $addToSet: { tags: 'ai' } });
        expect(unchanged.modifiedCount).toBe(0);
        await collection.updateOne({ _id: 'a1' }, { $addToSet: { tags: { $each: ['robotics', 'space'] } } });
        expect((await collection.findOne({ _id: 'a1' }))?.tags).toEqual(['ai', 'robotics', 'space']);
      });

      it('$pull removes every matching value', async () => {
        await collection.updateOne({ _id: 'a5' }, { $pull: { tags: 'robotics' } });
        expect((await collection.findOne({ _id: 'a5' }))?.tags).toEqual(['bio']);
      });

      it('updates only the first match and nothing when nothing matches', async () => {
        const first = await collection.updateOne({ center: 'seoul' }, { $set: { status: 'screened' } });
        expect(first.matchedCount).toBe(1);
        expect(await collection.count({ status: 'screened' })).toBe(2);

        const none = await collection.updateOne({ center: 'jeju' }, { $set: { status: 'screened' } });
        expect(none).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null });
        expect(await collection.count()).toBe(5);
      });
    });

    describe('upserting updateOne', () => {
      it('creates the document from the filter equalities and the update', async () => {
        const collection = fresh();
        const result = await collection.updateOne(
          { _id: 'a7', center: 'ulsan', 'consortium.lead': { $eq: 'gamma' }, score: { $gt: 10 } },
          { $set: { status: 'draft' }, $inc: { views: 1 }, $push: { tags: 'new' } },
          { upsert: true },
        );
        expect(result).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedCount: 1, upsertedId: 'a7' });
        expect(await collection.findOne({ _id: 'a7' })).toEqual({
          _id: 'a7',
          center: 'ulsan',
          consortium: { lead: 'gamma' },
          status: 'draft',
          views: 1,
          tags: ['new'],
        });
      });

      it('updates the document instead once it exists', async () => {
        const collection = fresh();
        await collection.updateOne({ _id: 'a7' }, { $inc: { views: 1 } }, { upsert: true });
        const second = await collection.updateOne({ _id: 'a7' }, { $inc: { views: 1 } }, { upsert: true });
        expect(second).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
        expect(await collection.findOne({ _id: 'a7' })).toEqual({ _id: 'a7', views: 2 });
      });

      it('refuses a filter that does not pin a string _id', async () => {
        const collection = fresh();
        await expect(collection.updateOne({ center: 'ulsan' }, { $set: { status: 'draft' } }, { upsert: true })).rejects.toBeInstanceOf(UpsertWithoutIdError);
        await expect(collection.updateOne({ _id: { $in: ['a1'] } }, { $set: { status: 'draft' } }, { upsert: true })).rejects.toBeInstanceOf(
          UpsertWithoutIdError,
        );
        expect(await collection.count()).toBe(0);
      });
    });

    describe('updateMany and deletes', () => {
      it('updates every match and counts only real changes', async () => {
        const collection = await seeded();
        const statuses = await collection.updateMany({ center: 'busan' }, { $set: { status: 'submitted' } });
        expect(statuses).toEqual({ matchedCount: 2, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
        const scores = await collection.updateMany({ score: { $lt: 80 } }, { $inc: { score: 1 } });
        expect(scores).toEqual({ matchedCount: 3, modifiedCount: 3, upsertedCount: 0, upsertedId: null });
        expect(await collection.count({ status: 'submitted' })).toBe(4);
        expect((await collection.find({}, { sort: { _id: 1 } })).map((document) => document.score)).toEqual([82, 68, 68, 91, 75]);
      });

      it('deleteOne removes a single match', async () => {
        const collection = await seeded();
        expect(await collection.deleteOne({ center: 'seoul' })).toEqual({ deletedCount: 1 });
        expect(await collection.count({ center: 'seoul' })).toBe(1);
        expect(await collection.deleteOne({ center: 'jeju' })).toEqual({ deletedCount: 0 });
        expect(await collection.count()).toBe(4);
      });

      it('deleteMany removes every match', async () => {
        const collection = await seeded();
        expect(await collection.deleteMany({ status: 'submitted' })).toEqual({ deletedCount: 3 });
        expect(ids(await collection.find({}))).toEqual(['a2', 'a4']);
        expect(await collection.deleteMany({})).toEqual({ deletedCount: 2 });
        expect(await collection.count()).toBe(0);
      });
    });

    describe('findByIds', () => {
      it('returns the documents of the ids that exist, each once', async () => {
        const collection = await seeded();
        expect(ids(await collection.findByIds(['a4', 'a1', 'missing', 'a1']))).toEqual(['a1', 'a4']);
        expect(await collection.findByIds(['a2'])).toEqual([application('a2')]);
        expect(await collection.findByIds([])).toEqual([]);
      });
    });

    describe('bulkWrite', () => {
      const positioned = (id: string, position: number, status = 'submitted'): ApplicationView => ({ ...application(id), status, _position: position });

      it('inserts, replaces and deletes in one call, counting each kind', async () => {
        const collection = fresh();
        await collection.insertOne(positioned('a1', 1));
        await collection.insertOne(positioned('a2', 2));
        const result = await collection.bulkWrite([
          { insertOne: { document: positioned('a3', 3) } },
          { replaceOne: { filter: { _id: 'a1', _position: 1 }, replacement: positioned('a1', 4, 'screened') } },
          { deleteOne: { filter: { _id: 'a2', _position: 2 } } },
        ]);
        expect(result).toEqual({ insertedCount: 1, matchedCount: 1, modifiedCount: 1, deletedCount: 1, duplicateKeys: [] });
        expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([positioned('a1', 4, 'screened'), positioned('a3', 3)]);
      });

      it('leaves a document alone when its guard is stale, and still applies the other writes', async () => {
        const collection = fresh();
        await collection.insertOne(positioned('a1', 5));
        await collection.insertOne(positioned('a2', 5));
        const result = await collection.bulkWrite([
          { replaceOne: { filter: { _id: 'a1', _position: 4 }, replacement: positioned('a1', 6, 'lost') } },
          { deleteOne: { filter: { _id: 'a2', _position: 4 } } },
          { insertOne: { document: positioned('a3', 6) } },
        ]);
        expect(result).toEqual({ insertedCount: 1, matchedCount: 0, modifiedCount: 0, deletedCount: 0, duplicateKeys: [] });
        expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([positioned('a1', 5), positioned('a2', 5), positioned('a3', 6)]);
      });

      it('refuses only the writes that break a unique key, naming them by their place in the list', async () => {
        const collection = fresh();
        await collection.createIndex({ email: 1 }, { unique: true });
        await collection.insertOne({ ...positioned('a1', 1), email: 'one@example.kr' });
        const result = await collection.bulkWrite([
          { insertOne: { document: { ...positioned('a2', 2), email: 'two@example.kr' } } },
          { insertOne: { document: { ...positioned('a1', 3), email: 'uno@example.kr' } } },
          { insertOne: { document: { ...positioned('a3', 4), email: 'one@example.kr' } } },
          { insertOne: { document: { ...positioned('a4', 5), email: 'four@example.kr' } } },
        ]);
        expect(result).toEqual({ insertedCount: 2, matchedCount: 0, modifiedCount: 0, deletedCount: 0, duplicateKeys: [1, 2] });
        expect(ids(await collection.find({}))).toEqual(['a1', 'a2', 'a4']);
      });

      it('replaces a few hundred documents in one call', async () => {
        const collection = fresh();
        const many = Array.from({ length: 260 }, (_, n) => ({ ...positioned('a1', 1), _id: `bulk-${n}` }));
        await collection.bulkWrite(many.map((document) => ({ insertOne: { document } })));
        const result = await collection.bulkWrite(
          many.map((document) => ({ replaceOne: { filter: { _id: document._id, _position: 1 }, replacement: { ...document, _position: 2 } } })),
        );
        expect(result).toMatchObject({ matchedCount: 260, modifiedCount: 260 });
        expect(await collection.count({ _position: 2 })).toBe(260);
      });

      it('does nothing for an empty list', async () => {
        expect(await fresh().bulkWrite([])).toEqual({ insertedCount: 0, matchedCount: 0, modifiedCount: 0, deletedCount: 0, duplicateKeys: [] });
      });
    });

    describe('dropping', () => {
      it('drop removes the documents and the indexes, and the collection stays usable', async () => {
        const collection = await seeded();
        await collection.createIndex({ center: 1, score: 1 }, { unique: true });
        await collection.drop();
        expect(await collection.count()).toBe(0);
        await collection.insertOne(application('a1'));
        await collection.insertOne({ ...application('a1'), _id: 'a1-copy' });
        expect(await collection.count({ center: 'seoul', score: 82 })).toBe(2);
      });

      it('drop of a collection never written is harmless', async () => {
        await expect(fresh().drop()).resolves.toBeUndefined();
      });

      it('dropAll empties every collection, which stay usable', async () => {
        const first = await seeded();
        const second = fresh();
        await second.insertOne(application('a1'));
        await store().dropAll();
        expect(await first.count()).toBe(0);
        expect(await store().collection<ApplicationView>(second.name).count()).toBe(0);
        await second.insertOne(application('a2'));
        expect(await second.count()).toBe(1);
      });
    });
  });
}
