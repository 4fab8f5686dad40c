import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/page-title';
import { BudgetCheck } from './budget-check';
import { VerifyLog } from './verify-log';

/** The auditor's checks of the money: the budget's equations line by line and the log's hash chains. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <BudgetCheck />
      <VerifyLog />
    </section>
  );
}
