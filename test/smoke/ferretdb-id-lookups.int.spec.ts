import mongoose, { mongo } from 'mongoose';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';

// deploy/local/ferretdb/patches/sqlite-id-lookups.patch: without it FerretDB 1.24 on SQLite scans
// the whole collection for every lookup by _id (its index and its queries spell the _id path
// differently), and for any filter with more than the _id in it. The read models' guarded writes
// ({_id, _position}) and batch reads ({_id: {$in}}) depend on these lookups using the index.

interface Row {
  _id: string;
  _position: number;
}

interface Explained {
  readonly filterPushdown: boolean;
  readonly queryPlanner: { readonly Plan: readonly string[] };
}

describe('FerretDB from deploy/local: lookups by _id use the _id index', () => {
  const engine = localEngines().mongo;
  let connection: mongoose.Connection;
  let rows: mongo.Collection<Row>;

  beforeAll(async () => {
    await requireEngine(engine);
    connection = await mongoose.createConnection(engine.url(uniqueName('id_lookups')), { serverSelectionTimeoutMS: 5000 }).asPromise();
    rows = connection.db!.collection<Row>('rows');
    await rows.insertMany(Array.from({ length: 20 }, (_, n) => ({ _id: `row-${n}`, _position: n })));
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  const plan = async (filter: mongo.Filter<Row>) => (await rows.find(filter).explain()) as unknown as Explained;

  it.each([
    ['an equality', { _id: 'row-3' }],
    ['an equality with other conditions', { _id: 'row-3', _position: 3 }],
    ['an $in', { _id: { $in: ['row-3', 'row-4'] } }],
    ['an $in with other conditions', { _id: { $in: ['row-3', 'row-4'] }, _position: { $gt: 3 } }],
  ])('searches the index for %s', async (_shape, filter) => {
    const explained = await plan(filter as mongo.Filter<Row>);
    expect(explained.filterPushdown).toBe(true);
    expect(explained.queryPlanner.Plan.join('\n')).toMatch(/SEARCH .* USING INDEX .*__id_/);
  });

  it('still scans for filters it cannot narrow by _id', async () => {
    expect((await plan({ _position: 3 })).queryPlanner.Plan.join('\n')).toMatch(/SCAN/);
    expect((await plan({ _id: { $gt: 'row-3' } })).filterPushdown).toBe(false);
  });

  it('applies the rest of the filter to what the index finds', async () => {
    expect(await rows.find({ _id: 'row-3', _position: 4 }).toArray()).toEqual([]);
    expect(await rows.find({ _id: { $in: ['row-3', 'row-4', 'row-99'] }, _position: { $gt: 3 } }).toArray()).toEqual([{ _id: 'row-4', _position: 4 }]);
    // A number among the ids is no string to look up: the whole $in is then answered by a scan.
    const mixedIds = { _id: { $in: ['row-5', 7, 'row-6'] } } as unknown as mongo.Filter<Row>;
    expect((await rows.find(mixedIds).sort({ _id: 1 }).toArray()).map(({ _id }) => _id)).toEqual(['row-5', 'row-6']);
  });

  it('writes guarded by _id and another field through the index, and only when the guard holds', async () => {
    expect((await rows.replaceOne({ _id: 'row-8', _position: 7 }, { _position: 9 })).matchedCount).toBe(0);
    expect((await rows.replaceOne({ _id: 'row-8', _position: 8 }, { _position: 9 })).matchedCount).toBe(1);
    expect((await rows.deleteOne({ _id: 'row-9', _position: 1 })).deletedCount).toBe(0);
    expect(
      await rows
        .find({ _id: { $in: ['row-8', 'row-9'] } })
        .sort({ _id: 1 })
        .toArray(),
    ).toEqual([
      { _id: 'row-8', _position: 9 },
      { _id: 'row-9', _position: 9 },
    ]);
  });
});
