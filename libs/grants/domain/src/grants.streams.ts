/**
 * Stream names of the grants context: one program per year, one stream per line per year, per grant and per allocation,
 * per candidate application (the facts other services sent about it) and per call (the line it was opened on).
 */
export const GrantsStreams = {
  program: (year: number) => `program-${year}`,
  budgetLine: (year: number, lineId: string) => `budget-line-${year}-${lineId}`,
  grant: (grantId: string) => `grant-${grantId}`,
  allocation: (allocationId: string) => `allocation-${allocationId}`,
  candidate: (applicationId: string) => `candidate-${applicationId}`,
  call: (callId: string) => `call-${callId}`,
} as const;
