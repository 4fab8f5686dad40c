import { ExpectedVersion } from '@yunghap/event-store';

/**
 * Our versions are 1-based and 0 means "no stream"; the server's revisions are 0-based and
 * "no_stream" is a separate constant. Version n is revision n - 1.
 */
export type ExpectedRevision = bigint | 'no_stream';

/** The revision to expect when appending to a stream that is at `version`. */
export function expectedRevisionAt(version: number): ExpectedRevision {
  return version === 0 ? 'no_stream' : BigInt(version - 1);
}

export function versionOf(revision: bigint): number {
  return Number(revision) + 1;
}

export function revisionOf(version: number): bigint {
  return BigInt(version - 1);
}

export function assertExpectedVersion(expected: ExpectedVersion): void {
  if (typeof expected === 'number' && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new RangeError(`expectedVersion must be a non-negative integer, got ${expected}`);
  }
}

/** Whether a stream at version `actual` satisfies what the writer expected. */
export function expectationHolds(expected: ExpectedVersion, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return actual === 0;
    case 'stream-exists':
      return actual > 0;
    default:
      return actual === expected;
  }
}

/**
 * Where a stream read starts on the server, for a 1-based inclusive `fromVersion`; `null` when
 * nothing can match (reading backwards from below version 1).
 */
export function readStart(fromVersion: number | undefined, backwards: boolean): bigint | 'start' | 'end' | null {
  if (fromVersion === undefined) return backwards ? 'end' : 'start';
  if (fromVersion >= 1) return revisionOf(fromVersion);
  return backwards ? null : 'start';
}
