/** Stream names of the grants context: one program per year, one stream per line per year, per grant and per allocation. */
export const GrantsStreams = {
  program: (year: number) => `program-${year}`,
  budgetLine: (year: number, lineId: string) => `budget-line-${year}-${lineId}`,
  grant: (grantId: string) => `grant-${grantId}`,
  allocation: (allocationId: string) => `allocation-${allocationId}`,
} as const;
