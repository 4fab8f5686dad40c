import { trimmedMean } from './trimmed-mean';

describe('trimmedMean', () => {
  it('takes the plain mean of 4 values, below the trimming size of 5', () => {
    // 84 + 66 + 99 + 30 = 279; 279 / 4 = 69.75 → 6975
    expect(trimmedMean([84, 66, 99, 30], 5)).toBe(6975);
  });

  it('drops the single highest and lowest of 5 values', () => {
    // drop 91 and 47: 80 + 73 + 74 = 227; 227 / 3 = 75.666… → 7567
    expect(trimmedMean([80, 73, 91, 47, 74], 5)).toBe(7567);
  });

  it('drops the single highest and lowest of 7 values', () => {
    // drop 92 and 34: 83 + 79 + 77 + 79 + 79 = 397; 397 / 5 = 79.40 → 7940
    expect(trimmedMean([83, 79, 77, 79, 34, 92, 79], 5)).toBe(7940);
  });

  it('drops only one copy of an extreme that occurs twice', () => {
    // drop one 50 and one 90: 50 + 70 + 90 = 210; 210 / 3 = 70.00 → 7000
    expect(trimmedMean([50, 50, 70, 90, 90], 5)).toBe(7000);
  });

  it('rounds a mean that falls on a half hundredth up', () => {
    // drop 0 and 100: 7 × 70 + 71 = 561; 561 / 8 = 70.125 → 7013
    expect(trimmedMean([0, 70, 70, 70, 70, 70, 70, 70, 71, 100], 5)).toBe(7013);
  });

  it('trims from whatever size the rubric sets', () => {
    // trimFrom 4: drop 99 and 30: 84 + 66 = 150; 150 / 2 = 75.00 → 7500
    expect(trimmedMean([84, 66, 99, 30], 4)).toBe(7500);
  });
});
