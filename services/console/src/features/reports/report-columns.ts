import type { ReportFigures } from '../../api/types';

/** The report's figures in the order the ministry's tables read them; `won` marks amounts. */
export const REPORT_COLUMNS = [
  { key: 'applicationsReceived', won: false },
  { key: 'eligible', won: false },
  { key: 'evaluated', won: false },
  { key: 'passed', won: false },
  { key: 'awarded', won: false },
  { key: 'requestedWon', won: true },
  { key: 'awardedWon', won: true },
  { key: 'disbursedWon', won: true },
  { key: 'recoveredWon', won: true },
  { key: 'mentoringEngagements', won: false },
  { key: 'mentoringAllocatedWon', won: true },
] as const satisfies readonly { key: keyof ReportFigures; won: boolean }[];

export const GROUPINGS = ['center', 'province', 'call', 'line'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Where the report downloads from: a plain link, the session cookie takes it through the gateway. */
export function reportUrl(groupBy: Grouping, at: string | null, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams({ groupBy, format, ...(at !== null && { at }) });
  return `/api/grants/reports?${query.toString()}`;
}
