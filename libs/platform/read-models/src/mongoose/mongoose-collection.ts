import { mongo } from 'mongoose';
import {
  BulkOperation,
  BulkWriteResult,
  DeleteResult,
  FieldProjection,
  Filter,
  FindOptions,
  IndexKeys,
  IndexOptions,
  ReadModelCollection,
  ReadModelDocument,
  Update,
  UpdateResult,
  WriteOptions,
} from '../read-model-store.port';
import { upsertId } from '../upsert-filter';
import { bulkWrite } from './bulk-write';
import { translatingDuplicateKeys } from './duplicate-key';

export type NativeDocument = mongo.Document & { _id: string };
type NativeCollection = mongo.Collection<NativeDocument>;

/** The port types operator arguments loosely (`unknown`); the server validates them. */
function nativeUpdate(update: Update): mongo.UpdateFilter<NativeDocument> {
  return update as mongo.UpdateFilter<NativeDocument>;
}

function toUpdateResult(result: mongo.UpdateResult): UpdateResult {
  return {
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    upsertedCount: result.upsertedCount,
    upsertedId: result.upsertedId === null ? null : String(result.upsertedId),
  };
}

/** One collection of the service's database, through the driver collection mongoose holds. */
export class MongooseCollection<T extends ReadModelDocument> implements ReadModelCollection<T> {
  constructor(
    readonly name: string,
    private readonly native: () => NativeCollection,
  ) {}

  async findOne(filter: Filter): Promise<T | null> {
    return (await this.native().findOne(filter)) as T | null;
  }

  find(filter: Filter, options: FindOptions & { readonly projection: FieldProjection }): Promise<Partial<T>[]>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  async find(filter: Filter, options: FindOptions & { readonly projection?: FieldProjection } = {}): Promise<Partial<T>[]> {
    const { sort, skip, limit, projection } = options;
    const documents = await this.native()
      .find(filter, { ...(sort && { sort }), ...(skip && { skip }), ...(limit && { limit }), ...(projection && { projection }) })
      .toArray();
    return documents as unknown as Partial<T>[];
  }

  async findByIds(ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await this.native()
      .find({ _id: { $in: [...new Set(ids)] } })
      .toArray()) as T[];
  }

  count(filter: Filter = {}): Promise<number> {
    return this.native().countDocuments(filter);
  }

  async insertOne(document: T): Promise<void> {
    await translatingDuplicateKeys(this.name, () => this.native().insertOne(document));
  }

  async replaceOne(filter: Filter, document: T, options: WriteOptions = {}): Promise<UpdateResult> {
    const result = await translatingDuplicateKeys(this.name, () => this.native().replaceOne(filter, document, { upsert: options.upsert ?? false }));
    return toUpdateResult(result);
  }

  async updateOne(filter: Filter, update: Update, options: WriteOptions = {}): Promise<UpdateResult> {
    if (options.upsert) upsertId(this.name, filter);
    const result = await translatingDuplicateKeys(this.name, () => this.native().updateOne(filter, nativeUpdate(update), { upsert: options.upsert ?? false }));
    return toUpdateResult(result);
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    return toUpdateResult(await translatingDuplicateKeys(this.name, () => this.native().updateMany(filter, nativeUpdate(update))));
  }

  async deleteOne(filter: Filter): Promise<DeleteResult> {
    const { deletedCount } = await this.native().deleteOne(filter);
    return { deletedCount };
  }

  async deleteMany(filter: Filter): Promise<DeleteResult> {
    const { deletedCount } = await this.native().deleteMany(filter);
    return { deletedCount };
  }

  bulkWrite(operations: readonly BulkOperation<T>[]): Promise<BulkWriteResult> {
    return bulkWrite(this.native(), operations);
  }

  async createIndex(keys: IndexKeys, options: IndexOptions = {}): Promise<void> {
    await translatingDuplicateKeys(this.name, () => this.native().createIndex(keys, { unique: options.unique ?? false }));
  }

  async drop(): Promise<void> {
    await this.native().drop();
  }
}
