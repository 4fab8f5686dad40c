export interface RankedCandidate {
  readonly applicationId: string;
  readonly totalHundredths: number;
  readonly requestedWon: number;
}

export interface WhatIfRow extends RankedCandidate {
  readonly rank: number;
  readonly amountWon: number;
  readonly funded: boolean;
  /** What the funded candidates down to this one take together; null below the reach. */
  readonly cumulativeWon: number | null;
}

export interface WhatIf {
  readonly budgetWon: number;
  readonly reducePercent: number;
  readonly fundedCount: number;
  readonly fundedWon: number;
  readonly leftWon: number;
  readonly rows: readonly WhatIfRow[];
}

/**
 * How far `budgetWon` reaches down a ranking (best first) when each candidate gets its request
 * cut by `reducePercent` (rounded down to the won, capped at the program's `projectCapWon`). Funding follows the
 * ranking strictly: the first candidate that does not fit ends it, so a cheaper one further down
 * never overtakes a better-ranked one.
 */
export function whatIf(ranking: readonly RankedCandidate[], budgetWon: number, reducePercent: number, projectCapWon: number): WhatIf {
  let fundedWon = 0;
  let reached = true;
  const rows = ranking.map((candidate, index) => {
    const amountWon = Math.min(projectCapWon, Math.floor((candidate.requestedWon * (100 - reducePercent)) / 100));
    reached = reached && fundedWon + amountWon <= budgetWon;
    if (reached) fundedWon += amountWon;
    return { ...candidate, rank: index + 1, amountWon, funded: reached, cumulativeWon: reached ? fundedWon : null };
  });
  return { budgetWon, reducePercent, fundedCount: rows.filter((row) => row.funded).length, fundedWon, leftWon: budgetWon - fundedWon, rows };
}
