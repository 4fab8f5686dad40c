import { assertExpectedVersion, expectationHolds, expectedRevisionAt, readStart, revisionOf, versionOf } from './revisions';

describe('versions and revisions', () => {
  it('expects no stream at version 0 and revision n - 1 at version n', () => {
    expect(expectedRevisionAt(0)).toBe('no_stream');
    expect(expectedRevisionAt(1)).toBe(0n);
    expect(expectedRevisionAt(42)).toBe(41n);
  });

  it('maps revisions to versions and back', () => {
    expect(versionOf(0n)).toBe(1);
    expect(versionOf(9n)).toBe(10);
    expect(revisionOf(10)).toBe(9n);
  });

  it.each([
    ['any', 0, true],
    ['any', 7, true],
    ['no-stream', 0, true],
    ['no-stream', 1, false],
    ['stream-exists', 0, false],
    ['stream-exists', 3, true],
    [0, 0, true],
    [0, 1, false],
    [2, 2, true],
    [2, 3, false],
  ] as const)('expected %p holds at version %p: %p', (expected, actual, holds) => {
    expect(expectationHolds(expected, actual)).toBe(holds);
  });

  it('refuses expected versions that are not non-negative integers', () => {
    expect(() => assertExpectedVersion(-1)).toThrow(RangeError);
    expect(() => assertExpectedVersion(1.5)).toThrow(RangeError);
    expect(() => assertExpectedVersion(3)).not.toThrow();
    expect(() => assertExpectedVersion('any')).not.toThrow();
  });

  it('starts stream reads at the revision of an inclusive version, or at either end', () => {
    expect(readStart(undefined, false)).toBe('start');
    expect(readStart(undefined, true)).toBe('end');
    expect(readStart(4, false)).toBe(3n);
    expect(readStart(4, true)).toBe(3n);
    expect(readStart(0, false)).toBe('start');
    expect(readStart(0, true)).toBeNull();
  });
});
