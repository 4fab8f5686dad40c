import { useTranslation } from 'react-i18next';
import type { RubricCriterion } from '../../api/types';
import { Field } from '../../ui/field';
import { checkEntry, REASON_REQUIRED_BELOW_PERCENT, reasonFreeFrom, SheetEntry } from './scoresheet';

interface CriterionEntryProps {
  readonly criterion: RubricCriterion;
  readonly entry: SheetEntry;
  readonly onChange: (entry: SheetEntry) => void;
  readonly readOnly: boolean;
  /** The service's messages for this criterion's score and reason. */
  readonly serverErrors: { readonly score?: readonly string[]; readonly reason?: readonly string[] };
}

/** One criterion of the rubric: its weight, the score typed and checked as typed, and the written reason. */
export function CriterionEntry({ criterion, entry, onChange, readOnly, serverErrors }: CriterionEntryProps) {
  const { t } = useTranslation();
  const check = checkEntry(criterion, entry);
  const threshold = reasonFreeFrom(criterion);
  const scoreErrors = [
    ...(check.score === 'not-whole' ? [t('scoresheet.scoreNotWhole')] : []),
    ...(check.score === 'out-of-range' ? [t('scoresheet.scoreOutOfRange', { weight: criterion.weight })] : []),
    ...(serverErrors.score ?? []),
  ];
  const reasonErrors = [...(check.reasonMissing ? [t('scoresheet.reasonMissing', { threshold })] : []), ...(serverErrors.reason ?? [])];
  return (
    <fieldset className="fieldset">
      <legend>{t('scoresheet.criterion', { name: criterion.name, weight: criterion.weight })}</legend>
      <Field label={t('scoresheet.score')} hint={t('scoresheet.scoreHint', { weight: criterion.weight })} errors={scoreErrors}>
        <input
          type="text"
          inputMode="numeric"
          className="input--short"
          value={entry.score}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...entry, score: event.target.value })}
        />
      </Field>
      <Field label={t('scoresheet.reason')} hint={t('scoresheet.reasonHint', { threshold, percent: REASON_REQUIRED_BELOW_PERCENT })} errors={reasonErrors}>
        <textarea value={entry.reason} readOnly={readOnly} onChange={(event) => onChange({ ...entry, reason: event.target.value })} />
      </Field>
    </fieldset>
  );
}
