import { DuplicateKeyError, isReadModelStoreUnavailable } from './read-model.errors';

/** An error as the driver names it (its classes are not needed to tell them apart). */
function named(name: string, message = 'x', cause?: unknown): Error {
  const error = new Error(message, { cause });
  error.name = name;
  return error;
}

describe('isReadModelStoreUnavailable', () => {
  it('recognises the driver outages, also as the cause of another error', () => {
    expect(isReadModelStoreUnavailable(named('MongoServerSelectionError', 'connect ECONNREFUSED 127.0.0.1:27017'))).toBe(true);
    expect(isReadModelStoreUnavailable(named('MongoNetworkTimeoutError', 'connection timed out'))).toBe(true);
    expect(isReadModelStoreUnavailable(named('MongooseError', 'Operation `grants.findOne()` buffering timed out after 10000ms'))).toBe(true);
    expect(isReadModelStoreUnavailable(new Error('projection failed', { cause: named('MongoNetworkError', 'socket closed') }))).toBe(true);
  });

  it('leaves refusals and programming errors alone', () => {
    expect(isReadModelStoreUnavailable(new DuplicateKeyError('grants', '_id g-1'))).toBe(false);
    expect(isReadModelStoreUnavailable(named('MongoServerError', 'unknown operator: $foo'))).toBe(false);
    expect(isReadModelStoreUnavailable(named('MongooseError', 'Cast to ObjectId failed'))).toBe(false);
    expect(isReadModelStoreUnavailable('ECONNREFUSED')).toBe(false);
  });
});
