import { formatWon } from './won';

describe('formatWon', () => {
  it('writes won with the sign and thousands separators', () => {
    expect(formatWon(1_234_000)).toBe('₩1,234,000');
    expect(formatWon(500_000_000)).toBe('₩500,000,000');
    expect(formatWon(0)).toBe('₩0');
  });

  it('refuses what is not an integer number of won', () => {
    expect(() => formatWon(1.5)).toThrow(RangeError);
    expect(() => formatWon(Number.NaN)).toThrow(RangeError);
    expect(() => formatWon(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
