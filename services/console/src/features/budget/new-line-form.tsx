import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { formatWon } from '../../format/won';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const SHOWN = new Set(['lineId', 'nameKo', 'nameEn', 'amountWon']);

/** Opens a new budget line out of the program's unallocated reserve. */
export function NewLineForm({ unallocated, onDefined }: { readonly unallocated: number; readonly onDefined: () => void }) {
  const { t } = useTranslation();
  const [lineId, setLineId] = useState('');
  const [nameKo, setNameKo] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [amount, setAmount] = useState('');
  const [done, setDone] = useState('');
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);

  const define = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const body = { lineId, nameKo, nameEn, amountWon: Number(amount) };
    if (!(await submit(() => grantsApi.POST('/api/grants/lines', { body })))) return;
    setDone(t('budget.lineDefined', { name: nameKo, amount: formatWon(body.amountWon) }));
    setLineId('');
    setNameKo('');
    setNameEn('');
    setAmount('');
    onDefined();
  };

  return (
    <form aria-label={t('budget.newLineTitle')} onSubmit={(event) => void define(event)}>
      <h3>{t('budget.newLineTitle')}</h3>
      <p>{t('budget.reserveLeft', { amount: formatWon(unallocated) })}</p>
      {problem && <ProblemAlert view={problem} />}
      {done && <Alert tone="success">{done}</Alert>}
      <Field label={t('budget.lineId')} hint={t('budget.lineIdHint')} errors={errorsOf('lineId')}>
        <input required value={lineId} onChange={(event) => setLineId(event.target.value)} />
      </Field>
      <Field label={t('budget.nameKo')} errors={errorsOf('nameKo')}>
        <input required value={nameKo} onChange={(event) => setNameKo(event.target.value)} />
      </Field>
      <Field label={t('budget.nameEn')} errors={errorsOf('nameEn')}>
        <input required value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
      </Field>
      <Field label={t('budget.amountWon')} hint={t('budget.amountHint')} errors={errorsOf('amountWon')}>
        <input type="number" inputMode="numeric" min={1} step={1} required value={amount} onChange={(event) => setAmount(event.target.value)} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t('budget.defineLine')}
      </button>
    </form>
  );
}
