import { divideRoundHalfUp, Hundredths, pointsInHundredths } from './hundredths';

/** Whether `count` values are enough for the single highest and lowest to be dropped. */
export function isTrimmed(count: number, trimFrom: number): boolean {
  return count >= trimFrom;
}

/**
 * The committee's mean of whole points, in hundredths rounded half up.
 * From `trimFrom` values on, one copy of the highest and one of the lowest value are dropped first,
 * so a single outlying member can neither carry nor sink a proposal; below that every value
 * counts (trimming two of four would discard half the committee). Only values matter, so which
 * of two equal extremes is dropped makes no difference.
 * Example: trimmedMean([88, 78, 69, 80, 40, 100, 75], 5) → 7800 (drop 100 and 40: 390 / 5).
 */
export function trimmedMean(points: readonly number[], trimFrom: number): Hundredths {
  const sum = points.reduce((total, value) => total + value, 0);
  if (!isTrimmed(points.length, trimFrom)) return divideRoundHalfUp(pointsInHundredths(sum), points.length);
  const trimmedSum = sum - Math.max(...points) - Math.min(...points);
  return divideRoundHalfUp(pointsInHundredths(trimmedSum), points.length - 2);
}
