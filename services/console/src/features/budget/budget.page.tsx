import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { grantsApi } from '../../api/clients';
import { useResource } from '../../api/use-resource';
import { formatDateTime, instantParam } from '../../format/when';
import { useSession } from '../../session/session-context';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { useLanguage } from '../../ui/use-language';
import { AsOfPicker } from '../../ui/as-of-picker';
import { BudgetAsOfView } from './budget-as-of';
import { figuresNow } from './budget-figures';
import { BudgetView } from './budget-view';
import { Execution } from './execution';
import { LedgerDownload } from './ledger-download';
import { NewLineForm } from './new-line-form';
import { TransferForm } from './transfer-form';

/**
 * The year's budget: the program, its lines and their money as a chart and a table. Finance and
 * auditors also see it at any past instant (`?at=` keeps the instant in the address, to share),
 * the execution rate over the year and the lines' ledgers; program managers move money between
 * lines and open lines from the reserve.
 */
export function BudgetPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const role = session.state === 'loaded' ? session.data.activeRole?.role : undefined;
  const [params, setParams] = useSearchParams();
  const at = instantParam(params.get('at'));
  const [program, reload] = useResource('program', (signal) => grantsApi.GET('/api/grants/program', { signal }));
  // What each role may read and do here follows GRANTS_ROLES (readAudit, TransferBetweenLines, DefineBudgetLine).
  const audits = role === 'finance' || role === 'auditor';
  const manages = role === 'program-manager';

  return (
    <section>
      <PageTitle>{t('budget.title')}</PageTitle>
      <p>{t('budget.intro')}</p>
      <ResourceView resource={program}>
        {(today) => (
          <>
            {audits && <AsOfPicker key={at ?? 'now'} at={at} onChange={(next) => setParams(next === null ? {} : { at: next })} />}
            <h2 aria-live="polite">
              {at !== null && audits ? t('budget.figuresAsOf', { at: formatDateTime(at, language) }) : t('budget.figuresNow', { year: today.year })}
            </h2>
            {at !== null && audits ? (
              <BudgetAsOfView at={at} today={today} language={language} />
            ) : (
              <BudgetView figures={figuresNow(today)} language={language} />
            )}
            {manages && (
              <section>
                <h2>{t('budget.changeTitle')}</h2>
                <TransferForm lines={today.lines} onMoved={reload} />
                <NewLineForm unallocated={today.unallocated} onDefined={reload} />
              </section>
            )}
            {audits && <Execution year={today.year} language={language} />}
            {audits && <LedgerDownload year={today.year} lines={today.lines} />}
          </>
        )}
      </ResourceView>
    </section>
  );
}
