import { ExportTable } from '../csv-cells';
import { MinistryReport, REPORT_FIGURES, ReportFigures } from './ministry-report';

/** The column heads, in Korean as the ministry's tables have them, in the order of `REPORT_FIGURES`. */
export const REPORT_COLUMN_TITLES: Readonly<Record<keyof ReportFigures, string>> = {
  applicationsReceived: '접수',
  eligible: '적격',
  evaluated: '평가',
  passed: '선정(통과)',
  awarded: '지원 확정',
  requestedWon: '신청액',
  awardedWon: '지원액',
  disbursedWon: '집행액',
  recoveredWon: '환수액',
  mentoringEngagements: '멘토링 건수',
  mentoringAllocatedWon: '멘토링 배정액',
};

export const REPORT_GROUP_TITLE = '구분';
export const REPORT_TOTALS_TITLE = '합계';

/** The report as one table for a file: `구분` and the figures, then a `합계` row. */
export function ministryReportTable(report: MinistryReport): ExportTable {
  const cells = (figures: ReportFigures) => REPORT_FIGURES.map((figure) => figures[figure]);
  return {
    header: [REPORT_GROUP_TITLE, ...REPORT_FIGURES.map((figure) => REPORT_COLUMN_TITLES[figure])],
    rows: [...report.rows.map((row) => [row.key, ...cells(row)]), [REPORT_TOTALS_TITLE, ...cells(report.totals)]],
    wonColumns: REPORT_FIGURES.flatMap((figure, index) => (figure.endsWith('Won') ? [index + 1] : [])),
  };
}
