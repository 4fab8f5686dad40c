/** A write would give two documents of a collection the same `_id` or the same unique-index key. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`Duplicate key in read-model collection ${collection}: ${detail}`, options);
    this.name = 'DuplicateKeyError';
  }
}

/**
 * An upsert whose filter does not pin a string `_id`: MongoDB would invent an ObjectId,
 * which no read model can be keyed by.
 */
export class UpsertWithoutIdError extends Error {
  constructor(readonly collection: string) {
    super(`Upsert into read-model collection ${collection} needs a string _id equality in its filter`);
    this.name = 'UpsertWithoutIdError';
  }
}
