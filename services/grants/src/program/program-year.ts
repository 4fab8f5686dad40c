/** The program runs by the Korean calendar year: an instant is placed in Asia/Seoul (UTC+9, no daylight saving). */
export function programYearOf(instant: string): number {
  return new Date(Date.parse(instant) + 9 * 3_600_000).getUTCFullYear();
}
