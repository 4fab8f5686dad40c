import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { applicationsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { ProblemAlert } from '../../ui/alert';
import { BudgetLineField } from '../../ui/budget-line-field';
import { Field } from '../../ui/field';
import { CallDraft, callRequestOf, EMPTY_CALL } from './call-draft';
import { CallTermFields } from './call-term-fields';

const TEXT_FIELDS = ['callId', 'title'] as const;
const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'] as const;
const SHOWN = new Set<string>([
  ...TEXT_FIELDS,
  'opensAt',
  'closesAt',
  'budgetLineId',
  'capPerProject',
  'technologyFields',
  'industryLevel',
  'minimumOwnSharePercent',
]);

/** Opens a call (공고) on one of the program's budget lines; the service checks every term and names what it refuses. */
export function OpenCallForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CallDraft>(EMPTY_CALL);
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);
  const set = (field: keyof CallDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const body = callRequestOf(draft);
    if (await submit(() => applicationsApi.POST('/api/applications/calls', { body }))) navigate(`/program/calls/${encodeURIComponent(body.callId)}`);
  };

  return (
    <form onSubmit={(event) => void open(event)}>
      <fieldset className="fieldset">
        <legend>{t('openCall.heading')}</legend>
        {problem && <ProblemAlert view={problem} />}
        {TEXT_FIELDS.map((field) => (
          <Field key={field} label={t(`openCall.${field}`)} hint={field === 'callId' ? t('openCall.callIdHint') : undefined} errors={errorsOf(field)}>
            <input value={draft[field]} required onChange={set(field)} />
          </Field>
        ))}
        <BudgetLineField
          label={t('openCall.budgetLineId')}
          value={draft.budgetLineId}
          onChange={(budgetLineId) => setDraft({ ...draft, budgetLineId })}
          errors={errorsOf('budgetLineId')}
          unchosen
        />
        <Field label={t('openCall.opensAt')} hint={t('committees.deadlineHint')} errors={errorsOf('opensAt')}>
          <input type="datetime-local" value={draft.opensAt} required onChange={set('opensAt')} />
        </Field>
        <CallTermFields draft={draft} set={set} errorsOf={errorsOf} />
        <Field label={t('openCall.industryLevel')} hint={t('openCall.industryLevelHint')} errors={errorsOf('industryLevel')}>
          <select
            value={draft.industryLevel}
            onChange={(event) => setDraft({ ...draft, industryLevel: INDUSTRY_LEVELS.find((level) => level === event.target.value) ?? 'group' })}
          >
            {INDUSTRY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`openCall.levels.${level}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('openCall.minimumOwnSharePercent')} errors={errorsOf('minimumOwnSharePercent')}>
          <input inputMode="numeric" value={draft.minimumOwnSharePercent} required onChange={set('minimumOwnSharePercent')} />
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('openCall.submit')}
        </button>
      </fieldset>
    </form>
  );
}
