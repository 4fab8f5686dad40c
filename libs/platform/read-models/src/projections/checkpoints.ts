import { ReadModelCollection, ReadModelDocument, ReadModelStore } from '../read-model-store.port';

/** Kept in the same store as the read models, so that `dropAll()` resets them together. */
export const CHECKPOINTS_COLLECTION = '_checkpoints';

interface CheckpointDocument extends ReadModelDocument {
  /** Global position of the last event the projection has handled; 0 before the first. */
  readonly position: number;
}

/** One checkpoint per projection, keyed by its name. */
export class Checkpoints {
  private readonly collection: ReadModelCollection<CheckpointDocument>;

  constructor(store: ReadModelStore) {
    this.collection = store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
  }

  async load(projection: string): Promise<number> {
    return (await this.collection.findOne({ _id: projection }))?.position ?? 0;
  }

  async save(projection: string, position: number): Promise<void> {
    await this.collection.replaceOne({ _id: projection }, { _id: projection, position }, { upsert: true });
  }
}
