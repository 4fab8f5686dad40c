import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';
import { CriterionDraft, RubricDraft, rubricRequestOf, weightSum } from './rubric-draft';

const CRITERION_FIELDS = ['id', 'name', 'weight', 'minimumPercent'] as const;
const RULE_FIELDS = ['passThreshold', 'quorum', 'trimFrom'] as const;
const EMPTY_CRITERION: CriterionDraft = { id: '', name: '', weight: '', minimumPercent: '40' };

interface RubricFormProps {
  readonly callId: string;
  readonly start: RubricDraft;
  readonly onDefined: () => void;
}

/**
 * Defines the call's own rubric, starting from the one it has: criteria in priority order (the
 * first breaks ties), weights adding up to 100, the pass mark, quorum and trimming. Once for good:
 * the service refuses a second definition and any after an evaluation opened.
 */
export function RubricForm({ callId, start, onDefined }: RubricFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RubricDraft>(start);
  const shown = new Set([...RULE_FIELDS, 'criteria', ...draft.criteria.flatMap((_, at) => CRITERION_FIELDS.map((field) => `criteria[${at}].${field}`))]);
  const { problem, busy, submit, errorsOf } = useCommandForm(shown);
  const setCriterion = (at: number, field: keyof CriterionDraft, value: string) =>
    setDraft({ ...draft, criteria: draft.criteria.map((criterion, index) => (index === at ? { ...criterion, [field]: value } : criterion)) });

  const define = async (event: FormEvent) => {
    event.preventDefault();
    const body = rubricRequestOf(draft);
    if (await submit(() => evaluationApi.POST('/api/evaluation/calls/{callId}/rubric', { params: { path: { callId } }, body }))) onDefined();
  };

  return (
    <form onSubmit={(event) => void define(event)}>
      <fieldset className="fieldset">
        <legend>{t('rubricForm.heading')}</legend>
        <p className="field__hint">{t('rubricForm.intro')}</p>
        {problem && <ProblemAlert view={problem} />}
        {draft.criteria.map((criterion, at) => (
          <fieldset key={at} className="fieldset">
            <legend>{t('rubricForm.criterion', { number: at + 1 })}</legend>
            {CRITERION_FIELDS.map((field) => (
              <Field key={field} label={t(`rubricForm.fields.${field}`)} errors={errorsOf(`criteria[${at}].${field}`)}>
                <input
                  value={criterion[field]}
                  required
                  inputMode={field === 'weight' || field === 'minimumPercent' ? 'numeric' : undefined}
                  onChange={(event) => setCriterion(at, field, event.target.value)}
                />
              </Field>
            ))}
            {draft.criteria.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setDraft({ ...draft, criteria: draft.criteria.filter((_, index) => index !== at) })}
              >
                {t('rubricForm.remove', { number: at + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p aria-live="polite" className={weightSum(draft) === 100 ? 'field__valid' : 'field__error'}>
          {t('rubricForm.weightSum', { sum: weightSum(draft) })}
        </p>
        {errorsOf('criteria').length > 0 && <p className="field__error">{errorsOf('criteria').join(' ')}</p>}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setDraft({ ...draft, criteria: [...draft.criteria, EMPTY_CRITERION] })}
        >
          {t('rubricForm.add')}
        </button>
        {RULE_FIELDS.map((field) => (
          <Field key={field} label={t(`rubricForm.fields.${field}`)} errors={errorsOf(field)}>
            <input inputMode="numeric" value={draft[field]} required onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} />
          </Field>
        ))}
        <button type="submit" className="button" disabled={busy}>
          {t('rubricForm.submit')}
        </button>
      </fieldset>
    </form>
  );
}
