import mongoose, { Connection, mongo } from 'mongoose';
import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { MongooseCollection, NativeDocument } from './mongoose-collection';

/** How long an operation waits for the server before it fails; the projections retry after that. */
export interface MongooseTimeouts {
  /** No reachable server (it is down, refusing, or unreachable) for this long fails the operation. */
  readonly serverSelectionTimeoutMS?: number;
  /** A connection that stays silent this long (a frozen server) fails its operation and is dropped. */
  readonly socketTimeoutMS?: number;
  readonly connectTimeoutMS?: number;
}

/**
 * Without these the driver waits 30 s for a server and forever for an answer: a frozen
 * FerretDB would hang every query and every projection. The socket timeout must outlast the
 * slowest legitimate operation (a rebuild's bulk write of 1,000 documents takes about a second).
 */
export const DEFAULT_MONGOOSE_TIMEOUTS: Required<MongooseTimeouts> = {
  serverSelectionTimeoutMS: 5_000,
  socketTimeoutMS: 15_000,
  connectTimeoutMS: 5_000,
};

/**
 * Read models in one MongoDB-wire database per service (distributed mode). Written for what
 * FerretDB 1.24 on SQLite serves: plain CRUD and indexes, no transactions, change streams,
 * `$lookup` or `$facet`.
 */
export class MongooseReadModelStore implements ReadModelStore {
  /** `connection` must be open; the store owns it from now on and closes it in `close()`. */
  constructor(private readonly connection: Connection) {}

  /** Opens a connection to `database` on the server at `uri`. */
  static async connect(uri: string, database: string, timeouts: MongooseTimeouts = {}): Promise<MongooseReadModelStore> {
    const connection = mongoose.createConnection(uri, { dbName: database, ...DEFAULT_MONGOOSE_TIMEOUTS, ...timeouts });
    // An EventEmitter's unheard 'error' kills the process; a lost server is reported instead by
    // the operations that meet it, and the driver reconnects by itself.
    connection.on('error', () => undefined);
    return new MongooseReadModelStore(await connection.asPromise());
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
