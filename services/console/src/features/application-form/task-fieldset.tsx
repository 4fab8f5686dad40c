import { useTranslation } from 'react-i18next';
import { TASK_STAGES } from '../../api/types';
import { formatWon } from '../../format/won';
import { Field } from '../../ui/field';
import { parseWonInput } from './budget';
import type { FormDraft } from './form-draft';

interface Props {
  readonly draft: FormDraft;
  readonly errorsOf: (field: string) => readonly string[];
  readonly onChange: (change: Partial<FormDraft>) => void;
}

/** The convergence task and the amount requested for it. */
export function TaskFieldset({ draft, errorsOf, onChange }: Props) {
  const { t } = useTranslation();
  const requested = parseWonInput(draft.requestedAmount);
  return (
    <fieldset className="fieldset">
      <legend>{t('application.task')}</legend>
      <Field label={t('form.taskTitle')} errors={errorsOf('task.title')}>
        <input type="text" required value={draft.title} onChange={(event) => onChange({ title: event.target.value })} />
      </Field>
      <Field label={t('form.summary')} errors={errorsOf('task.summary')}>
        <textarea required rows={5} value={draft.summary} onChange={(event) => onChange({ summary: event.target.value })} />
      </Field>
      <Field label={t('form.technologyFields')} hint={t('form.technologyFieldsHint')} errors={errorsOf('task.technologyFields')}>
        <input type="text" required value={draft.technologyFields} onChange={(event) => onChange({ technologyFields: event.target.value })} />
      </Field>
      <Field label={t('form.stage')} errors={errorsOf('task.stage')}>
        <select value={draft.stage} onChange={(event) => onChange({ stage: TASK_STAGES.find((stage) => stage === event.target.value) ?? draft.stage })}>
          {TASK_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stages.${stage}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('form.durationMonths')} errors={errorsOf('task.durationMonths')}>
        <input type="number" min={1} step={1} required value={draft.durationMonths} onChange={(event) => onChange({ durationMonths: event.target.value })} />
      </Field>
      <Field
        label={t('form.requestedAmount')}
        hint={requested !== null && requested > 0 ? formatWon(requested) : t('form.wonHint')}
        errors={[...(requested === null ? [t('form.wonInvalid')] : []), ...errorsOf('requestedAmount')]}
      >
        <input type="text" inputMode="numeric" required value={draft.requestedAmount} onChange={(event) => onChange({ requestedAmount: event.target.value })} />
      </Field>
    </fieldset>
  );
}
