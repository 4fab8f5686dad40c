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
  constructor(readonly streamId: string, readonly eventId: string) {
    super(`Stream ${streamId}: event ${eventId} was appended before, but not the whole batch`);
    this.name = 'PartialReplayError';
  }
}
