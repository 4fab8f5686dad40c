import { StoredDocument } from './stored-document';
import { UniqueIndex } from './unique-index';

/** What one collection holds; it outlives `drop()` so handles taken earlier keep working. */
export class CollectionState {
  readonly documents = new Map<string, StoredDocument>();
  /** Keyed by the index's key specification, which makes `createIndex` idempotent. */
  readonly uniqueIndexes = new Map<string, UniqueIndex>();

  clear(): void {
    this.documents.clear();
    this.uniqueIndexes.clear();
  }
}
