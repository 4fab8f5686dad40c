import { useTranslation } from 'react-i18next';
import { formatRate } from '../../format/rate';
import { formatWon } from '../../format/won';
import { BudgetBars } from './budget-bars';
import { BudgetFigures, lineTotals, netDisbursed } from './budget-figures';
import { BudgetTable } from './budget-table';

/** The program's money at one instant: its totals, the lines as a chart and as a table. */
export function BudgetView({ figures, language }: { readonly figures: BudgetFigures; readonly language: 'ko' | 'en' }) {
  const { t } = useTranslation();
  const paid = netDisbursed(lineTotals(figures.lines));
  return (
    <>
      <dl className="facts" aria-label={t('budget.programFacts')}>
        <dt>{t('budget.total')}</dt>
        <dd data-figure="total">{formatWon(figures.total)}</dd>
        <dt>{t('budget.allocated')}</dt>
        <dd data-figure="allocated">{formatWon(figures.allocated)}</dd>
        <dt>{t('budget.unallocated')}</dt>
        <dd data-figure="unallocated">{formatWon(figures.unallocated)}</dd>
        <dt>{t('budget.segments.netDisbursed')}</dt>
        <dd data-figure="net-disbursed">{formatWon(paid)}</dd>
        <dt>{t('budget.programExecutionRate')}</dt>
        <dd data-figure="execution-rate">{formatRate(paid, figures.total, language)}</dd>
      </dl>
      <BudgetBars lines={figures.lines} language={language} />
      <BudgetTable lines={figures.lines} language={language} />
    </>
  );
}
