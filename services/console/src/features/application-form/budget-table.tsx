import { useTranslation } from 'react-i18next';
import { formatWon } from '../../format/won';
import { Alert } from '../../ui/alert';
import { BudgetSummary, parseWonInput } from './budget';
import { BudgetDraft, emptyBudgetRow } from './form-draft';

interface Props {
  readonly rows: readonly BudgetDraft[];
  readonly summary: BudgetSummary;
  readonly requestedAmount: number;
  readonly minimumOwnSharePercent: number;
  readonly errorsOf: (field: string) => readonly string[];
  readonly onChange: (rows: readonly BudgetDraft[]) => void;
}

const AMOUNTS = ['amount', 'ownCash', 'ownInKind'] as const;
const LABELS = { amount: 'form.government', ownCash: 'form.ownCash', ownInKind: 'form.ownInKind' } as const;

/** The budget plan by category, with its sums held against the requested amount and the call's minimum own share. */
export function BudgetTable({ rows, summary, requestedAmount, minimumOwnSharePercent, errorsOf, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<BudgetDraft>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const sharePercent = (summary.ownSharePermille / 10).toFixed(1);

  return (
    <fieldset className="fieldset">
      <legend>{t('application.budgetPlan')}</legend>
      {rows.map((row, index) => {
        const path = `budgetPlan[${index}]`;
        return (
          <div key={index} className="budget-row">
            <div className="field">
              <label htmlFor={`${path}.category`}>{t('form.category')}</label>
              <input id={`${path}.category`} type="text" required value={row.category} onChange={(event) => update(index, { category: event.target.value })} />
              {errorsOf(`${path}.category`).length > 0 && <p className="field__error">{errorsOf(`${path}.category`).join(' ')}</p>}
            </div>
            {AMOUNTS.map((key) => {
              const id = `${path}.${key}`;
              const errors = [...(parseWonInput(row[key]) === null ? [t('form.wonInvalid')] : []), ...errorsOf(id)];
              return (
                <div key={key} className={`field${errors.length > 0 ? ' field--invalid' : ''}`}>
                  <label htmlFor={id}>{t(LABELS[key])}</label>
                  <input
                    id={id}
                    type="text"
                    inputMode="numeric"
                    className="number"
                    value={row[key]}
                    aria-invalid={errors.length > 0 || undefined}
                    aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
                    onChange={(event) => update(index, { [key]: event.target.value })}
                  />
                  {errors.length > 0 && (
                    <p id={`${id}-error`} className="field__error">
                      {errors.join(' ')}
                    </p>
                  )}
                </div>
              );
            })}
            {rows.length > 1 && (
              <button type="button" className="button button--text button--small" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                {t('form.removeRow')}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="button button--secondary button--small" onClick={() => onChange([...rows, emptyBudgetRow()])}>
        {t('form.addRow')}
      </button>
      <dl className="facts" aria-live="polite">
        <dt>{t('form.governmentTotal')}</dt>
        <dd>
          {formatWon(summary.governmentTotal)} / {formatWon(requestedAmount)}
        </dd>
        <dt>{t('form.ownTotal')}</dt>
        <dd>{formatWon(summary.ownTotal)}</dd>
        <dt>{t('form.totalCost')}</dt>
        <dd>{formatWon(summary.totalCost)}</dd>
        <dt>{t('form.ownShare')}</dt>
        <dd>{t('form.ownShareAgainstMinimum', { share: sharePercent, minimum: minimumOwnSharePercent })}</dd>
      </dl>
      {!summary.matchesRequest && <Alert tone="information">{t('form.budgetMismatch')}</Alert>}
      {!summary.meetsMinimum && summary.totalCost > 0 && (
        <Alert tone="information">{t('form.ownShareBelowMinimum', { amount: formatWon(summary.minimumOwnContribution) })}</Alert>
      )}
    </fieldset>
  );
}
