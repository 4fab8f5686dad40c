import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import type { ProgramBudget } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { Alert } from '../../ui/alert';
import { ResourceView } from '../../ui/resource-view';
import { figuresAsOf } from './budget-figures';
import { BudgetView } from './budget-view';

/** The budget rebuilt from the events decided until `at` (grants' as-of endpoint). */
export function BudgetAsOfView({ at, today, language }: { readonly at: string; readonly today: ProgramBudget; readonly language: 'ko' | 'en' }) {
  const { t } = useTranslation();
  const [asOf] = useResource(`budget-as-of/${at}`, (signal) => grantsApi.GET('/api/grants/audit/budget', { params: { query: { at } }, signal }));
  return (
    <ResourceView resource={asOf}>
      {(answer) => {
        const figures = figuresAsOf(answer, today);
        return figures === null ? <Alert tone="information">{t('budget.notOpenYet')}</Alert> : <BudgetView figures={figures} language={language} />;
      }}
    </ResourceView>
  );
}
