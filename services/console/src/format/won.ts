// Money is an integer number of won (DOMAIN.md): a fraction here is a bug upstream, not a rounding case.
const WON = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 });

/** `formatWon(1234000)` → `'₩1,234,000'`; throws on a fraction, NaN or infinity. */
export function formatWon(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`An amount of won is an integer, not ${amount}`);
  return WON.format(amount);
}
