/** One row of the what-if that may be proposed: its application and the amount after the cut. */
export interface FundableRow {
  readonly applicationId: string;
  readonly amountWon: number;
}

/**
 * The body of `POST /api/grants/grants` for each chosen row: the amount the what-if gave it, on the
 * line the what-if was computed for, paid in one tranche due on `dueOn` (a Korean day). The
 * schedule can be split later by proposing anew; each proposal still waits for finance's approval.
 */
export function awardProposals(rows: readonly FundableRow[], chosen: ReadonlySet<string>, lineId: string, dueOn: string) {
  return rows
    .filter((row) => chosen.has(row.applicationId))
    .map((row) => ({ applicationId: row.applicationId, amountWon: row.amountWon, lineId, schedule: [{ amountWon: row.amountWon, dueOn }] }));
}
