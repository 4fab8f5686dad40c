import { useTranslation } from 'react-i18next';
import type { MinistryReport } from '../../api/types';
import { formatWon } from '../../format/won';
import { DataTable } from '../../ui/data-table';
import { REPORT_COLUMNS } from './report-columns';

interface ReportTableProps {
  readonly report: MinistryReport;
  /** The row's name: a center's region, a province, a call's title, a line's name; the key itself when unknown. */
  readonly nameOf: (key: string) => string;
}

/** One row per center, province, call or line, and the total last (the service's, the sum of the rows). */
export function ReportTable({ report, nameOf }: ReportTableProps) {
  const { t } = useTranslation();
  const count = new Intl.NumberFormat('ko-KR');
  const cells = (figures: MinistryReport['totals']) =>
    REPORT_COLUMNS.map(({ key, won }) => (
      <td key={key} data-label={t(`reports.columns.${key}`)} data-figure={key} className="number">
        {won ? formatWon(figures[key]) : count.format(figures[key])}
      </td>
    ));
  return (
    <DataTable
      label={t('reports.tableTitle', { grouping: t(`reports.groupings.${report.groupBy}`) })}
      stacked
      columns={[
        { label: t(`reports.groupings.${report.groupBy}`) },
        ...REPORT_COLUMNS.map(({ key }) => ({ label: t(`reports.columns.${key}`), numeric: true })),
      ]}
    >
      {report.rows.map((row) => (
        <tr key={row.key} data-key={row.key}>
          <th scope="row">{nameOf(row.key)}</th>
          {cells(row)}
        </tr>
      ))}
      <tr className="table__total" data-key="total">
        <th scope="row">{t('reports.total')}</th>
        {cells(report.totals)}
      </tr>
    </DataTable>
  );
}
