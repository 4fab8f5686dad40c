import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { seoulDay } from '../../format/when';
import { Alert } from '../../ui/alert';
import { BudgetLineField } from '../../ui/budget-line-field';
import { Field } from '../../ui/field';
import { ResourceView } from '../../ui/resource-view';
import { DataTable } from '../../ui/data-table';
import { awardProposals } from './award-proposals';

interface WhatIfProps {
  readonly callId: string;
  readonly defaultLineId: string;
  readonly titleOf: (applicationId: string) => string;
  readonly onProposed: () => void;
}

/**
 * The selection what-if (decides nothing): on a chosen line, with every request cut by a percentage,
 * which passed applications the money reaches and what remains; then the chosen ones proposed for award.
 */
export function WhatIf({ callId, defaultLineId, titleOf, onProposed }: WhatIfProps) {
  const { t } = useTranslation();
  const [lineId, setLineId] = useState(defaultLineId);
  const [cut, setCut] = useState('0');
  const [asked, setAsked] = useState({ lineId: defaultLineId, reducePercent: 0 });
  const [dueOn, setDueOn] = useState(() => seoulDay(new Date().toISOString()));
  const [unchosen, setUnchosen] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<readonly string[]>([]);
  const [whatIf, recompute] = useResource(`what-if/${callId}/${asked.lineId}/${asked.reducePercent}`, (signal) =>
    grantsApi.GET('/api/grants/calls/{callId}/what-if', { params: { path: { callId }, query: asked }, signal }),
  );

  const compute = (event: FormEvent) => {
    event.preventDefault();
    const percent = Number(cut);
    setAsked({ lineId, reducePercent: Number.isInteger(percent) ? percent : Number.NaN });
  };

  const propose = async (rows: readonly { applicationId: string; amountWon: number; funded: boolean }[]) => {
    const chosen = new Set(rows.filter((row) => row.funded && !unchosen.has(row.applicationId)).map((row) => row.applicationId));
    const results: string[] = [];
    for (const body of awardProposals(rows, chosen, asked.lineId, dueOn)) {
      const outcome = await grantsApi
        .POST('/api/grants/grants', { body })
        .then(commandOutcome)
        .catch(() => null);
      const name = titleOf(body.applicationId);
      results.push(
        outcome === null || 'problem' in outcome
          ? t('whatIf.proposalRefused', { name, detail: outcome?.problem.detail || t('common.unexpected') })
          : t('whatIf.proposed', { name }),
      );
    }
    setOutcomes(results);
    recompute();
    onProposed();
  };

  return (
    <section>
      <h2>{t('whatIf.title')}</h2>
      <p>{t('whatIf.intro')}</p>
      <form onSubmit={compute} className="filters">
        <BudgetLineField label={t('selection.line')} value={lineId} onChange={setLineId} />
        <Field label={t('whatIf.cut')} hint={t('whatIf.cutHint')}>
          <input inputMode="numeric" value={cut} onChange={(event) => setCut(event.target.value)} />
        </Field>
        <button type="submit" className="button button--secondary">
          {t('whatIf.compute')}
        </button>
      </form>
      <ResourceView resource={whatIf}>
        {(result) => (
          <>
            <dl className="facts">
              <dt>{t('whatIf.budget')}</dt>
              <dd>{formatWon(result.budgetWon)}</dd>
              <dt>{t('whatIf.funded')}</dt>
              <dd>{t('whatIf.fundedCount', { count: result.fundedCount, amount: formatWon(result.fundedWon) })}</dd>
              <dt>{t('whatIf.left')}</dt>
              <dd>{formatWon(result.leftWon)}</dd>
            </dl>
            {result.rows.length === 0 ? (
              <p>{t('whatIf.noRows')}</p>
            ) : (
              <>
                <DataTable
                  label={t('whatIf.rows')}
                  stacked
                  columns={[
                    { label: t('whatIf.choose') },
                    { label: t('selection.rank') },
                    { label: t('workQueue.application') },
                    { label: t('selection.requested'), numeric: true },
                    { label: t('whatIf.amount'), numeric: true },
                    { label: t('whatIf.cumulative'), numeric: true },
                  ]}
                >
                  {result.rows.map((row) => (
                    <tr key={row.applicationId}>
                      <td data-label={t('whatIf.choose')}>
                        {row.funded ? (
                          <input
                            type="checkbox"
                            aria-label={t('whatIf.chooseNamed', { name: titleOf(row.applicationId) })}
                            checked={!unchosen.has(row.applicationId)}
                            onChange={(event) => {
                              const next = new Set(unchosen);
                              if (event.target.checked) next.delete(row.applicationId);
                              else next.add(row.applicationId);
                              setUnchosen(next);
                            }}
                          />
                        ) : (
                          t('whatIf.beyondReach')
                        )}
                      </td>
                      <td data-label={t('selection.rank')}>{row.rank}</td>
                      <th scope="row">{titleOf(row.applicationId)}</th>
                      <td data-label={t('selection.requested')} className="number">
                        {formatWon(row.requestedWon)}
                      </td>
                      <td data-label={t('whatIf.amount')} className="number">
                        {formatWon(row.amountWon)}
                      </td>
                      <td data-label={t('whatIf.cumulative')} className="number">
                        {row.cumulativeWon === null ? '—' : formatWon(row.cumulativeWon)}
                      </td>
                    </tr>
                  ))}
                </DataTable>
                <Field label={t('whatIf.dueOn')} hint={t('whatIf.dueOnHint')}>
                  <input type="date" value={dueOn} required onChange={(event) => setDueOn(event.target.value)} />
                </Field>
                <button type="button" className="button button--primary" onClick={() => void propose(result.rows)}>
                  {t('whatIf.propose')}
                </button>
              </>
            )}
          </>
        )}
      </ResourceView>
      {outcomes.length > 0 && (
        <Alert tone="information">
          <ul>
            {outcomes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
