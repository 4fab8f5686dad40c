/** Counts and durations: a whole number greater than zero that a JavaScript number holds exactly. */
export function isPositiveWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}
