import { isPositiveWon, isWon, won } from './won';

describe('won', () => {
  it('accepts exact integer amounts up to Number.MAX_SAFE_INTEGER', () => {
    expect(won(500_000_000)).toBe(500_000_000);
    expect(won(40_000_000_000)).toBe(40_000_000_000);
    expect(isWon(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('refuses fractions, unsafe integers and non-numbers', () => {
    expect(() => won(0.5)).toThrow(RangeError);
    expect(() => won(Number.MAX_SAFE_INTEGER + 1)).toThrow(/exact integer/);
    expect(isWon('100')).toBe(false);
    expect(isWon(Number.NaN)).toBe(false);
  });

  it('tells positive amounts apart: zero moves nothing', () => {
    expect(isPositiveWon(1)).toBe(true);
    expect(isPositiveWon(500_000_000)).toBe(true);
    expect([0, -1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '100'].some(isPositiveWon)).toBe(false);
  });
});
