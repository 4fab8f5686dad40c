/**
 * Means, totals, thresholds and minimums are integers in hundredths of a point (75.67 → 7567).
 * Scores are whole points, so every figure the committee publishes is exact, and a replay on any
 * machine gives the same decision: no float ever takes part in a pass or a rank.
 */
export type Hundredths = number;

export function pointsInHundredths(points: number): Hundredths {
  return points * 100;
}

/**
 * `numerator / denominator` rounded to the nearest integer, a half rounded up
 * (12.5 → 13, 12.4 → 12; inputs are never negative, so "up" is also "away from zero").
 * Only integer remainder and an exact division are used: the quotient of two safe integers is
 * never left to float rounding. A negative or fractional input is a programming error.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0 || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divideRoundHalfUp needs a non-negative safe integer over a positive one, got ${numerator} / ${denominator}`);
  }
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}
