import { mongo } from 'mongoose';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';

// deploy/local/ferretdb/serialize.go: FerretDB 1.24 reads, changes and writes back a document with
// no lock in between, so concurrent updates of one document are lost unless the relay in front of
// it lets one writer per collection in at a time. Several connections, as the services have.

interface Counter {
  _id: string;
  c: number;
  version: number;
}

describe('FerretDB from deploy/local: the write relay', () => {
  const engine = localEngines().mongo;
  const database = uniqueName('write_relay');
  let client: mongo.MongoClient;
  let counters: mongo.Collection<Counter>;

  beforeAll(async () => {
    await requireEngine(engine);
    client = await new mongo.MongoClient(engine.url(database), { maxPoolSize: 20, minPoolSize: 20 }).connect();
    counters = client.db().collection<Counter>('counters');
  });

  afterAll(async () => {
    await client?.db().dropDatabase();
    await client?.close();
  });

  it('loses none of 100 concurrent increments of one document', async () => {
    await counters.insertOne({ _id: 'increments', c: 0, version: 0 });
    await Promise.all(Array.from({ length: 100 }, () => counters.updateOne({ _id: 'increments' }, { $inc: { c: 1 } })));
    expect((await counters.findOne({ _id: 'increments' }))?.c).toBe(100);
  });

  it('lets exactly one of ten racing version-guarded updates win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = `guarded-${round}`;
      await counters.insertOne({ _id: id, c: 0, version: 0 });
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, writer) => counters.updateOne({ _id: id, version: 0 }, { $set: { c: writer, version: 1 } })),
      );
      expect(results.filter((result) => result.modifiedCount === 1)).toHaveLength(1);
    }
  });

  it('keeps every increment while another database is written at the same time', async () => {
    const other = client.db(`${database}_other`).collection<Counter>('counters');
    try {
      const [, inserted] = await Promise.all([
        Promise.all(Array.from({ length: 50 }, () => counters.updateOne({ _id: 'increments' }, { $inc: { c: 1 } }))),
        other.insertOne({ _id: 'elsewhere', c: 1, version: 0 }),
      ]);
      expect(inserted.acknowledged).toBe(true);
      expect((await counters.findOne({ _id: 'increments' }))?.c).toBe(150);
    } finally {
      await client.db(`${database}_other`).dropDatabase();
    }
  });
});
