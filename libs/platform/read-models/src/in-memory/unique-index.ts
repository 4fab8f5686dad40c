import { resolve } from 'mingo/util';
import { IndexKeys } from '../read-model-store.port';
import { StoredDocument } from './stored-document';

/**
 * Which document owns each key of a unique index. A missing field counts as null, as in
 * MongoDB; array values are compared whole, not per element (no multikey semantics).
 */
export class UniqueIndex {
  private readonly owners = new Map<string, string>();
  private readonly paths: readonly string[];

  constructor(readonly keys: IndexKeys) {
    this.paths = Object.keys(keys);
  }

  describe(): string {
    return this.paths.join(', ');
  }

  private keyOf(document: StoredDocument): string {
    return JSON.stringify(this.paths.map((path) => resolve(document, path) ?? null));
  }

  /** The `_id` of another document already holding this document's key, if any. */
  ownerOtherThan(document: StoredDocument): string | undefined {
    const owner = this.owners.get(this.keyOf(document));
    return owner === document._id ? undefined : owner;
  }

  add(document: StoredDocument): void {
    this.owners.set(this.keyOf(document), document._id);
  }

  remove(document: StoredDocument): void {
    const key = this.keyOf(document);
    if (this.owners.get(key) === document._id) this.owners.delete(key);
  }
}
