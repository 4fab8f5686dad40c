import { divideRoundHalfUp, pointsInHundredths } from './hundredths';

describe('divideRoundHalfUp — the rounding rule of every mean', () => {
  it('rounds an exact half up, where half-to-even would round down', () => {
    // 12.5 → 13 (half-to-even: 12); 7012.5 hundredths → 7013 (half-to-even: 7012).
    expect(divideRoundHalfUp(25, 2)).toBe(13);
    expect(divideRoundHalfUp(56_100, 8)).toBe(7013);
  });

  it('rounds below a half down and above a half up', () => {
    expect(divideRoundHalfUp(22_700, 3)).toBe(7567); // 7566.67
    expect(divideRoundHalfUp(5_800, 3)).toBe(1933); // 1933.33
    expect(divideRoundHalfUp(7_800, 4)).toBe(1950); // exact
  });

  it('refuses a negative or fractional numerator and a denominator that is not positive', () => {
    expect(() => divideRoundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(2.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(10, 0)).toThrow(RangeError);
  });

  it('counts a point as 100 hundredths', () => {
    expect(pointsInHundredths(70)).toBe(7000);
  });
});
