import { instant } from './instant';

describe('instant', () => {
  it('reads the same moment written with different offsets as one number', () => {
    expect(instant('2026-03-01T09:00:00+09:00')).toBe(instant('2026-03-01T00:00:00Z'));
    expect(instant('2026-03-01T00:00:00.001Z') - instant('2026-03-01T00:00Z')).toBe(1);
  });

  it('refuses instants without an offset and strings that are not dates', () => {
    expect(() => instant('2026-03-01T09:00:00')).toThrow(RangeError);
    expect(() => instant('2026-03-01')).toThrow(RangeError);
    expect(() => instant('March 1, 2026 09:00 GMT')).toThrow(RangeError);
    expect(() => instant('2026-13-45T99:00:00Z')).toThrow(RangeError);
  });
});
