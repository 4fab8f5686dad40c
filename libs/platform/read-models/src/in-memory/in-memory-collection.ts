import { Query } from 'mingo';
import { update as applyUpdate } from 'mingo/updater';
import { cloneDeep, isEqual } from 'mingo/util';
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
import { DuplicateKeyError } from '../read-model.errors';
import { filterEqualities, upsertId } from '../upsert-filter';
import { CollectionState } from './collection-state';
import { StoredDocument } from './stored-document';
import { UniqueIndex } from './unique-index';

/**
 * mingo's deep copy rather than structuredClone: `isEqual` in mingo trusts constructors, and
 * structuredClone builds objects of another realm when code runs in a vm context (as under Jest).
 */
function copy<R>(value: unknown): R {
  return cloneDeep(value) as R;
}

const NOTHING_MATCHED: UpdateResult = { matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null };

function matched(modified: boolean): UpdateResult {
  return { matchedCount: 1, modifiedCount: modified ? 1 : 0, upsertedCount: 0, upsertedId: null };
}

function upserted(id: string): UpdateResult {
  return { matchedCount: 0, modifiedCount: 0, upsertedCount: 1, upsertedId: id };
}

/**
 * A filter of top-level fields equal to scalars (`{ _id, _position }`, the projection runner's
 * guard) tested directly: building a mingo Query per call dominated projection rebuilds. Any
 * stored array value falls back to mingo, since an equality also matches an array's elements.
 */
function scalarEquality(filter: Filter): ((document: StoredDocument) => boolean) | null {
  const entries = Object.entries(filter);
  const scalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (!entries.every(([key, value]) => !key.startsWith('$') && !key.includes('.') && value !== null && scalar(value))) return null;
  return (document) =>
    entries.every(([key, value]) => {
      const stored = (document as Record<string, unknown>)[key];
      if (Array.isArray(stored)) return new Query({ [key]: value }).test(document);
      return stored === value;
    });
}

/** Documents are cloned on every way in and out, so no caller can reach the stored copies. */
export class InMemoryCollection<T extends ReadModelDocument> implements ReadModelCollection<T> {
  constructor(
    readonly name: string,
    private readonly state: CollectionState,
  ) {}

  async findOne(filter: Filter): Promise<T | null> {
    const [first] = this.matching(filter, 1);
    return first === undefined ? null : copy<T>(first);
  }

  find(filter: Filter, options: FindOptions & { readonly projection: FieldProjection }): Promise<Partial<T>[]>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  async find(filter: Filter, options: FindOptions & { readonly projection?: FieldProjection } = {}): Promise<Partial<T>[]> {
    const cursor = new Query(filter).find<StoredDocument>(this.candidates(filter), options.projection);
    if (options.sort) cursor.sort(options.sort);
    if (options.skip) cursor.skip(options.skip);
    if (options.limit) cursor.limit(options.limit);
    return cursor.all().map((document) => copy<Partial<T>>(document));
  }

  async findByIds(ids: readonly string[]): Promise<T[]> {
    const found: T[] = [];
    for (const id of new Set(ids)) {
      const document = this.state.documents.get(id);
      if (document !== undefined) found.push(copy<T>(document));
    }
    return found;
  }

  async count(filter: Filter = {}): Promise<number> {
    return this.matching(filter).length;
  }

  async insertOne(document: T): Promise<void> {
    this.insert(copy<StoredDocument>(document));
  }

  async replaceOne(filter: Filter, document: T, options: WriteOptions = {}): Promise<UpdateResult> {
    const replacement = copy<StoredDocument>(document);
    const [target] = this.matching(filter, 1);
    if (target === undefined) {
      if (!options.upsert) return NOTHING_MATCHED;
      this.insert(replacement);
      return upserted(replacement._id);
    }
    if (replacement._id !== target._id) throw this.immutableId(target._id);
    const modified = !isEqual(target, replacement);
    if (modified) this.store(replacement, target);
    return matched(modified);
  }

  async updateOne(filter: Filter, update: Update, options: WriteOptions = {}): Promise<UpdateResult> {
    const [target] = this.matching(filter, 1);
    if (target !== undefined) return matched(this.updateDocument(target, update));
    if (!options.upsert) return NOTHING_MATCHED;
    const id = upsertId(this.name, filter);
    const { _id: _ignored, ...seedFields } = filterEqualities(filter);
    const created: StoredDocument = { _id: id };
    applyUpdate(created, { $set: seedFields }, undefined, undefined, { cloneMode: 'deep' });
    applyUpdate(created, update, undefined, undefined, { cloneMode: 'deep' });
    this.insert(created);
    return upserted(id);
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    const targets = this.matching(filter);
    let modifiedCount = 0;
    for (const target of targets) if (this.updateDocument(target, update)) modifiedCount += 1;
    return { matchedCount: targets.length, modifiedCount, upsertedCount: 0, upsertedId: null };
  }

  async deleteOne(filter: Filter): Promise<DeleteResult> {
    return { deletedCount: this.remove(this.matching(filter, 1)) };
  }

  async deleteMany(filter: Filter): Promise<DeleteResult> {
    return { deletedCount: this.remove(this.matching(filter)) };
  }

  async bulkWrite(operations: readonly BulkOperation<T>[]): Promise<BulkWriteResult> {
    let insertedCount = 0;
    let matchedCount = 0;
    let modifiedCount = 0;
    let deletedCount = 0;
    const duplicateKeys: number[] = [];
    for (const [index, operation] of operations.entries()) {
      try {
        if ('insertOne' in operation) {
          await this.insertOne(operation.insertOne.document);
          insertedCount += 1;
        } else if ('replaceOne' in operation) {
          const result = await this.replaceOne(operation.replaceOne.filter, operation.replaceOne.replacement);
          matchedCount += result.matchedCount;
          modifiedCount += result.modifiedCount;
        } else {
          deletedCount += (await this.deleteOne(operation.deleteOne.filter)).deletedCount;
        }
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        duplicateKeys.push(index);
      }
    }
    return { insertedCount, matchedCount, modifiedCount, deletedCount, duplicateKeys };
  }

  async createIndex(keys: IndexKeys, options: IndexOptions = {}): Promise<void> {
    // Only unique indexes change behaviour; the others would only speed up a scan.
    if (!options.unique) return;
    const id = JSON.stringify(Object.entries(keys));
    if (this.state.uniqueIndexes.has(id)) return;
    const index = new UniqueIndex(keys);
    for (const document of this.state.documents.values()) {
      const owner = index.ownerOtherThan(document);
      if (owner !== undefined) throw this.duplicate(index, document, owner);
      index.add(document);
    }
    this.state.uniqueIndexes.set(id, index);
  }

  async drop(): Promise<void> {
    this.state.clear();
  }

  /** Matches in insertion order; an `_id` equality narrows to one candidate instead of a scan. */
  private matching(filter: Filter, limit = Infinity): StoredDocument[] {
    const test =
      scalarEquality(filter) ??
      (
        (query) => (document: StoredDocument) =>
          query.test(document)
      )(new Query(filter));
    const found: StoredDocument[] = [];
    for (const document of this.candidates(filter)) {
      if (found.length >= limit) break;
      if (test(document)) found.push(document);
    }
    return found;
  }

  private candidates(filter: Filter): Iterable<StoredDocument> {
    const id = filter['_id'];
    if (typeof id !== 'string') return this.state.documents.values();
    const document = this.state.documents.get(id);
    return document === undefined ? [] : [document];
  }

  /** Applies the update to a copy and stores it if anything changed; returns whether it did. */
  private updateDocument(target: StoredDocument, update: Update): boolean {
    const next = copy<StoredDocument>(target);
    const changed = applyUpdate(next, update, undefined, undefined, { cloneMode: 'deep' });
    if (changed.length === 0) return false;
    this.store(next, target);
    return true;
  }

  private insert(document: StoredDocument): void {
    if (this.state.documents.has(document._id)) {
      throw new DuplicateKeyError(this.name, `_id ${JSON.stringify(document._id)} exists`);
    }
    this.store(document);
  }

  /** Checks every unique index before touching any, so a refused write leaves no trace. */
  private store(document: StoredDocument, previous?: StoredDocument): void {
    const indexes = [...this.state.uniqueIndexes.values()];
    for (const index of indexes) {
      const owner = index.ownerOtherThan(document);
      if (owner !== undefined) throw this.duplicate(index, document, owner);
    }
    for (const index of indexes) {
      if (previous) index.remove(previous);
      index.add(document);
    }
    this.state.documents.set(document._id, document);
  }

  private remove(documents: readonly StoredDocument[]): number {
    for (const document of documents) {
      for (const index of this.state.uniqueIndexes.values()) index.remove(document);
      this.state.documents.delete(document._id);
    }
    return documents.length;
  }

  private duplicate(index: UniqueIndex, document: StoredDocument, owner: string): DuplicateKeyError {
    return new DuplicateKeyError(this.name, `unique index (${index.describe()}): ${JSON.stringify(document._id)} has the key of ${JSON.stringify(owner)}`);
  }

  private immutableId(id: string): Error {
    return new Error(`Read-model collection ${this.name}: the _id of ${JSON.stringify(id)} cannot change`);
  }
}
