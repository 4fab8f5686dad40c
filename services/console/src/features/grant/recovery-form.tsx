import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const SHOWN = new Set(['amountWon', 'reason']);

/** Proposes a recovery (환수) of paid money with its reason; another finance officer approves it in the approvals queue. */
export function RecoveryForm({ grantId, onProposed }: { readonly grantId: string; readonly onProposed: () => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);

  const propose = async (event: FormEvent) => {
    event.preventDefault();
    const digits = amount.replace(/[,\s₩]/g, '');
    const body = { amountWon: /^\d+$/.test(digits) ? Number(digits) : Number.NaN, reason: reason.trim() };
    if (!(await submit(() => grantsApi.POST('/api/grants/grants/{grantId}/recoveries', { params: { path: { grantId } }, body })))) return;
    setAmount('');
    setReason('');
    onProposed();
  };

  return (
    <form onSubmit={(event) => void propose(event)}>
      <fieldset className="fieldset">
        <legend>{t('recovery.title')}</legend>
        {problem && <ProblemAlert view={problem} />}
        <Field label={t('recovery.amount')} errors={errorsOf('amountWon')}>
          <input inputMode="numeric" value={amount} required onChange={(event) => setAmount(event.target.value)} />
        </Field>
        <Field label={t('recovery.reason')} errors={errorsOf('reason')}>
          <textarea value={reason} required onChange={(event) => setReason(event.target.value)} />
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('recovery.propose')}
        </button>
      </fieldset>
    </form>
  );
}
