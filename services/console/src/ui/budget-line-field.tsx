import { useTranslation } from 'react-i18next';
import { grantsApi } from '../api/clients';
import { useResource } from '../api/use-resource';
import { Field } from './field';
import { ResourceView } from './resource-view';
import { lineName } from '../format/line-name';
import { useLanguage } from './use-language';

interface BudgetLineFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (lineId: string) => void;
  readonly errors?: readonly string[];
  /** Offers "choose" first, for a form that starts with no line. */
  readonly unchosen?: boolean;
}

/** A choice among the program's budget lines (grants' `GET /api/grants/lines`), each by its Korean name and id. */
export function BudgetLineField({ label, value, onChange, errors, unchosen = false }: BudgetLineFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [lines] = useResource('budget-lines', (signal) => grantsApi.GET('/api/grants/lines', { params: { query: { limit: 200 } }, signal }));
  return (
    <ResourceView resource={lines}>
      {(page) => (
        <Field label={label} errors={errors}>
          <select value={value} required onChange={(event) => onChange(event.target.value)}>
            {unchosen && <option value="">{t('common.choose')}</option>}
            {page.items.map((line) => (
              <option key={line.lineId} value={line.lineId}>
                {lineName(line, language)} ({line.lineId})
              </option>
            ))}
          </select>
        </Field>
      )}
    </ResourceView>
  );
}
