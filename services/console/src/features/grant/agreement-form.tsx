import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const FIELDS = ['agreementNumber', 'signedOn', 'startsOn', 'endsOn'] as const;
type AgreementField = (typeof FIELDS)[number];
const EMPTY: Record<AgreementField, string> = { agreementNumber: '', signedOn: '', startsOn: '', endsOn: '' };

/** Records the agreement (협약) the awarded task signed: no tranche is paid before it. */
export function AgreementForm({ grantId, onRecorded }: { readonly grantId: string; readonly onRecorded: () => void }) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState(EMPTY);
  const { problem, busy, submit, errorsOf } = useCommandForm(new Set<string>(FIELDS));

  const record = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...terms, agreementNumber: terms.agreementNumber.trim() };
    if (await submit(() => grantsApi.POST('/api/grants/grants/{grantId}/agreement', { params: { path: { grantId } }, body }))) onRecorded();
  };

  return (
    <form onSubmit={(event) => void record(event)}>
      <fieldset className="fieldset">
        <legend>{t('agreement.title')}</legend>
        {problem && <ProblemAlert view={problem} />}
        {FIELDS.map((field) => (
          <Field key={field} label={t(`agreement.${field}`)} errors={errorsOf(field)}>
            <input
              type={field === 'agreementNumber' ? 'text' : 'date'}
              value={terms[field]}
              required
              onChange={(event) => setTerms({ ...terms, [field]: event.target.value })}
            />
          </Field>
        ))}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('agreement.record')}
        </button>
      </fieldset>
    </form>
  );
}
