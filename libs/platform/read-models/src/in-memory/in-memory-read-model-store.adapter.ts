import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';
import { CollectionState } from './collection-state';
import { InMemoryCollection } from './in-memory-collection';

/**
 * Read models held in this process (single-process mode), queried with mingo in the same
 * MongoDB filter and update languages as the mongoose adapter. Nothing survives a restart:
 * projections rebuild it from the event store at start.
 */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, CollectionState>();

  collection<T extends ReadModelDocument>(name: string): ReadModelCollection<T> {
    let state = this.collections.get(name);
    if (state === undefined) {
      state = new CollectionState();
      this.collections.set(name, state);
    }
    return new InMemoryCollection<T>(name, state);
  }

  async dropAll(): Promise<void> {
    for (const state of this.collections.values()) state.clear();
  }

  async close(): Promise<void> {
    this.collections.clear();
  }
}
