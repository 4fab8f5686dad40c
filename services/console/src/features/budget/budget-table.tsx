import { useTranslation } from 'react-i18next';
import { formatRate } from '../../format/rate';
import { formatWon } from '../../format/won';
import { DataTable } from '../../ui/data-table';
import { LineFigures, lineTotals, netDisbursed } from './budget-figures';
import { lineName } from '../../format/line-name';

const FIGURES = ['amount', 'available', 'committed', 'disbursed', 'recovered'] as const;

/** The lines' five figures and execution rate, with the sum of the lines last. */
export function BudgetTable({ lines, language }: { readonly lines: readonly LineFigures[]; readonly language: 'ko' | 'en' }) {
  const { t } = useTranslation();
  const totals = lineTotals(lines);
  const cells = (figures: Omit<LineFigures, 'lineId' | 'nameKo' | 'nameEn'>) => (
    <>
      {FIGURES.map((figure) => (
        <td key={figure} data-label={t(`budget.figures.${figure}`)} data-figure={figure} className="number">
          {formatWon(figures[figure])}
        </td>
      ))}
      <td data-label={t('budget.executionRate')} className="number">
        {formatRate(netDisbursed(figures), figures.amount, language)}
      </td>
    </>
  );
  return (
    <DataTable
      label={t('budget.tableTitle')}
      stacked
      columns={[
        { label: t('budget.line') },
        ...FIGURES.map((figure) => ({ label: t(`budget.figures.${figure}`), numeric: true })),
        { label: t('budget.executionRate'), numeric: true },
      ]}
    >
      {lines.map((line) => (
        <tr key={line.lineId} data-line={line.lineId}>
          <th scope="row">
            {lineName(line, language)}
            <span className="secondary-line">{line.lineId}</span>
          </th>
          {cells(line)}
        </tr>
      ))}
      <tr className="table__total" data-line="total">
        <th scope="row">{t('budget.sumOfLines')}</th>
        {cells(totals)}
      </tr>
    </DataTable>
  );
}
