/** True for an integer from `min` to `max` inclusive; data arrives as JSON, so NaN and 2.5 are possible. */
export function isIntegerWithin(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
