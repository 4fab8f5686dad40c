/**
 * Where a line's ledger downloads from: a plain link, the session cookie takes it through the
 * gateway. The period is whole Seoul days: from the start of `fromDay` to the start of the day after `toDay`.
 */
export function ledgerUrl(lineId: string, fromDay: string, toDay: string, format: 'csv' | 'xlsx'): string {
  const dayAfter = new Date(Date.parse(`${toDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const query = new URLSearchParams({ from: `${fromDay}T00:00:00+09:00`, to: `${dayAfter}T00:00:00+09:00`, format });
  return `/api/grants/audit/lines/${encodeURIComponent(lineId)}/ledger?${query.toString()}`;
}
