/** Every read-model document is keyed by a string `_id` chosen by its writer (usually an aggregate id). */
export interface ReadModelDocument {
  readonly _id: string;
}

/** A MongoDB query filter (`{ status: 'open', score: { $gte: 70 } }`), evaluated by the adapter. */
export type Filter = Readonly<Record<string, unknown>>;

/**
 * The update operators every adapter supports: the in-memory adapter and FerretDB agree on
 * these, so nothing else is part of the port.
 */
export interface Update {
  readonly $set?: Readonly<Record<string, unknown>>;
  readonly $unset?: Readonly<Record<string, ''>>;
  readonly $inc?: Readonly<Record<string, number>>;
  readonly $push?: Readonly<Record<string, unknown>>;
  readonly $addToSet?: Readonly<Record<string, unknown>>;
  readonly $pull?: Readonly<Record<string, unknown>>;
}

export type SortDirection = 1 | -1;

/** Field paths in priority order, as in MongoDB: `{ score: -1, _id: 1 }`. */
export type Sort = Readonly<Record<string, SortDirection>>;

/** Fields to include (`{ name: 1 }`) or exclude (`{ history: 0 }`), never both except for `_id`. */
export type FieldProjection = Readonly<Record<string, 0 | 1>>;

export interface FindOptions {
  readonly sort?: Sort;
  readonly skip?: number;
  /** Omitted or 0: no limit. */
  readonly limit?: number;
}

export interface WriteOptions {
  /**
   * Insert when nothing matches. An upserting `updateOne` must pin `_id` by equality in its
   * filter; the new document starts from the filter's top-level equality fields.
   */
  readonly upsert?: boolean;
}

export interface UpdateResult {
  readonly matchedCount: number;
  /** Documents actually changed: an update that leaves a document as it was does not count. */
  readonly modifiedCount: number;
  readonly upsertedCount: number;
  readonly upsertedId: string | null;
}

export interface DeleteResult {
  readonly deletedCount: number;
}

export type IndexKeys = Readonly<Record<string, SortDirection>>;

export interface IndexOptions {
  /**
   * Writes that would give two documents the same key fail with `DuplicateKeyError`.
   * Documents missing an indexed field are not covered by the port (FerretDB ignores
   * them, MongoDB treats them as null): give unique-indexed fields a value.
   */
  readonly unique?: boolean;
}

/**
 * One write of a `bulkWrite`. Guard replacements and deletions with extra filter fields
 * (`{ _id, _position }`) as with `replaceOne`: a stale guard matches nothing.
 */
export type BulkOperation<T extends ReadModelDocument> =
  | { readonly insertOne: { readonly document: T } }
  | { readonly replaceOne: { readonly filter: Filter; readonly replacement: T } }
  | { readonly deleteOne: { readonly filter: Filter } };

export interface BulkWriteResult {
  readonly insertedCount: number;
  readonly matchedCount: number;
  readonly modifiedCount: number;
  readonly deletedCount: number;
  /** Positions in the operation list of the writes refused for a duplicate key; the others took effect. */
  readonly duplicateKeys: readonly number[];
}

/** A named set of documents. Writes that would break a unique index throw `DuplicateKeyError`. */
export interface ReadModelCollection<T extends ReadModelDocument> {
  readonly name: string;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options: FindOptions & { readonly projection: FieldProjection }): Promise<Partial<T>[]>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  /** The documents with these `_id`s, in no particular order; ids without a document are left out. */
  findByIds(ids: readonly string[]): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  insertOne(document: T): Promise<void>;
  /** Replaces the first match; `_id` cannot change. Guard with extra filter fields (`_position`) to detect races. */
  replaceOne(filter: Filter, document: T, options?: WriteOptions): Promise<UpdateResult>;
  updateOne(filter: Filter, update: Update, options?: WriteOptions): Promise<UpdateResult>;
  /** Not atomic, as in MongoDB: a failure part-way leaves the earlier documents updated. */
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  deleteOne(filter: Filter): Promise<DeleteResult>;
  /**
   * Unordered and not atomic: each operation succeeds or fails on its own, in any order. A
   * duplicate key refuses only its own operation (listed in `duplicateKeys`); any other
   * failure (the store is unreachable) rejects the call with nothing known of which took effect.
   * Example:
   *   await views.bulkWrite([{ insertOne: { document: a } }, { replaceOne: { filter: { _id: 'b', _position: 7 }, replacement: b } }]);
   */
  bulkWrite(operations: readonly BulkOperation<T>[]): Promise<BulkWriteResult>;
  deleteMany(filter: Filter): Promise<DeleteResult>;
  /** Idempotent. Fails with `DuplicateKeyError` when existing documents already break a unique index. */
  createIndex(keys: IndexKeys, options?: IndexOptions): Promise<void>;
  /** Removes the documents and the indexes; the collection can be used again afterwards. */
  drop(): Promise<void>;
}

/**
 * The read side's document store: one per service, holding the collections its projections
 * write and its queries read, in the MongoDB filter and update languages.
 * Example:
 *   const grants = store.collection<GrantView>('grants');
 *   await grants.updateOne({ _id: 'grant-42' }, { $set: { status: 'approved' } }, { upsert: true });
 *   const open = await grants.find({ status: 'open' }, { sort: { submittedAt: -1 }, limit: 20 });
 */
export interface ReadModelStore {
  collection<T extends ReadModelDocument>(name: string): ReadModelCollection<T>;
  /** Drops every collection of this store, e.g. before rebuilding all projections. */
  dropAll(): Promise<void>;
  close(): Promise<void>;
}
