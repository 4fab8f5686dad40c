import { ExpectedVersion } from './event-store.port';

/** The stream is not at the version the writer expected: someone else appended first. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId}: expected version ${String(expected)}, found ${actual === 0 ? 'no stream' : actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** An append whose event ids partly exist in the stream: neither a replay nor a new append. */
export class PartialReplayError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Stream ${streamId}: event ${eventId} was appended before, but not the whole batch`);
    this.name = 'PartialReplayError';
  }
}

/** A command lost the race for its stream more times than it may retry: answered as 409. */
export class ConcurrencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`Stream ${streamId} kept changing under the command: gave up after ${attempts} attempts`);
    this.name = 'ConcurrencyConflictError';
  }
}

/**
 * A stream locked after the transaction's first append. An append may hold a lock of its own to the
 * commit (the SQL store's append lock, taken after the stream's); a stream lock taken after it would
 * reverse the order every other writer takes them in, and two such transactions could wait for each other.
 */
export class LockAfterAppendError extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId}: locked after the transaction appended; lock every stream before the first append`);
    this.name = 'LockAfterAppendError';
  }
}
