import mongoose, { Schema } from 'mongoose';
import { localEngines, requireEngine, uniqueName } from '@yunghap/testing';

interface CenterDoc {
  centerId: string;
  region: string;
  provinces: string[];
}

describe('Mongo-wire smoke (mongoose against FerretDB from deploy/local)', () => {
  const engine = localEngines().mongo;
  let connection: mongoose.Connection;

  beforeAll(async () => {
    await requireEngine(engine);
    connection = await mongoose.createConnection(engine.url(uniqueName('smoke')), { serverSelectionTimeoutMS: 5000 }).asPromise();
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('saves, indexes and queries documents', async () => {
    const schema = new Schema<CenterDoc>({ centerId: { type: String, required: true, unique: true }, region: String, provinces: [String] });
    const Center = connection.model<CenterDoc>('Center', schema);
    await Center.init();

    await new Center({ centerId: 'jungbu', region: '중부권', provinces: ['대전', '세종', '충북', '충남'] }).save();
    await new Center({ centerId: 'gyeongnam', region: '경남권', provinces: ['경남'] }).save();

    const found = await Center.find({ provinces: '세종' }).lean();
    expect(found.map((c) => c.centerId)).toEqual(['jungbu']);

    const indexes = await Center.collection.indexes();
    expect(indexes.some((index) => index.key['centerId'] === 1 && index.unique)).toBe(true);

    await expect(new Center({ centerId: 'jungbu', region: 'again', provinces: [] }).save()).rejects.toMatchObject({ code: 11000 });
  });
});
