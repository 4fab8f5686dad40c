import mongoose, { Connection, mongo } from 'mongoose';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { MongooseCollection, NativeDocument } from './mongoose-collection';

/**
 * Read models in one MongoDB-wire database per service (distributed mode). Written for what
 * FerretDB 1.24 on SQLite serves: plain CRUD and indexes, no transactions, change streams,
 * `$lookup` or `$facet`.
 */
export class MongooseReadModelStore implements ReadModelStore {
  /** `connection` must be open; the store owns it from now on and closes it in `close()`. */
  constructor(private readonly connection: Connection) {}

  /** Opens a connection to `database` on the server at `uri`. */
  static async connect(uri: string, database: string): Promise<MongooseReadModelStore> {
    const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
    return new MongooseReadModelStore(connection);
  }

  private db(): mongo.Db {
    const { db } = this.connection;
    if (db === undefined) throw new Error(`Read-model store: the mongoose connection to ${this.connection.name} is not open`);
    return db;
  }

  collection<T extends ReadModelDocument>(name: string): ReadModelCollection<T> {
    return new MongooseCollection<T>(name, () => this.db().collection<NativeDocument>(name));
  }

  async dropAll(): Promise<void> {
    await this.db().dropDatabase();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
