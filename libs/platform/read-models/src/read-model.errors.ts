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

/** The MongoDB driver's (and mongoose's) names for "the server is gone or did not answer". */
const UNAVAILABLE_ERROR_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/**
 * True when a read-model operation failed because the store is unreachable or timed out, as
 * opposed to a refused write or a bad query: the request may be answered 503 and tried again.
 */
export function isReadModelStoreUnavailable(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (UNAVAILABLE_ERROR_NAMES.has(current.name)) return true;
    // mongoose queues operations while disconnected and fails them with this wording.
    if (current.name === 'MongooseError' && /buffering timed out/.test(current.message)) return true;
  }
  return false;
}
