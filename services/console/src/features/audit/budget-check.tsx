import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { ResourceView } from '../../ui/resource-view';
import { lineName } from '../../format/line-name';
import { useLanguage } from '../../ui/use-language';

/**
 * The budget check as an auditor reads it: each line's equation written out with its figures —
 * available + committed + disbursed − recovered = amount — and whether it holds.
 */
export function BudgetCheck() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [check] = useResource('budget-check', (signal) => grantsApi.GET('/api/grants/budget/check', { signal }));
  return (
    <section>
      <h2>{t('audit.checkTitle')}</h2>
      <p>{t('audit.checkIntro')}</p>
      <ResourceView resource={check}>
        {(result) => (
          <>
            <Alert tone={result.ok ? 'success' : 'danger'}>
              {result.ok ? t('audit.checkOk', { year: result.year }) : t('audit.checkBroken', { year: result.year })}
            </Alert>
            {result.programViolations.length > 0 && (
              <ul>
                {result.programViolations.map((violation) => (
                  <li key={violation}>{violation}</li>
                ))}
              </ul>
            )}
            <DataTable
              label={t('audit.checkTitle')}
              stacked
              columns={[{ label: t('budget.line') }, { label: t('audit.equation') }, { label: t('audit.holds') }]}
            >
              {result.lines.map((line) => (
                <tr key={line.lineId} data-line={line.lineId}>
                  <th scope="row">
                    {lineName(line, language)}
                    <span className="secondary-line">{line.lineId}</span>
                  </th>
                  <td data-label={t('audit.equation')} className="equation">
                    {t('audit.equationText', {
                      available: formatWon(line.available),
                      committed: formatWon(line.committed),
                      disbursed: formatWon(line.disbursed),
                      recovered: formatWon(line.recovered),
                      amount: formatWon(line.amount),
                    })}
                  </td>
                  <td data-label={t('audit.holds')}>
                    {line.violations.length === 0 ? (
                      t('audit.lineHolds')
                    ) : (
                      <ul>
                        {line.violations.map((violation) => (
                          <li key={violation}>{violation}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </ResourceView>
    </section>
  );
}
