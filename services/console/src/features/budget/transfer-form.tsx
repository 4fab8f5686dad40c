import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { formatWon } from '../../format/won';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';
import type { LineFigures } from './budget-figures';
import { lineName } from '../../format/line-name';
import { useLanguage } from '../../ui/use-language';

const SHOWN = new Set(['fromLineId', 'toLineId', 'amountWon', 'reason']);

/** Moves available money from one line to another with the reason the ledgers of both keep. */
export function TransferForm({ lines, onMoved }: { readonly lines: readonly LineFigures[]; readonly onMoved: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [fromLineId, setFrom] = useState('');
  const [toLineId, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);

  const move = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const body = { fromLineId, toLineId, amountWon: Number(amount), reason };
    if (!(await submit(() => grantsApi.POST('/api/grants/transfers', { body })))) return;
    setDone(t('budget.transferred', { amount: formatWon(body.amountWon) }));
    setAmount('');
    setReason('');
    onMoved();
  };
  const lineSelect = (value: string, onChange: (lineId: string) => void) => (
    <select required value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('common.choose')}</option>
      {lines.map((line) => (
        <option key={line.lineId} value={line.lineId}>
          {t('budget.lineWithAvailable', { name: lineName(line, language), available: formatWon(line.available) })}
        </option>
      ))}
    </select>
  );

  return (
    <form aria-label={t('budget.transferTitle')} onSubmit={(event) => void move(event)}>
      <h3>{t('budget.transferTitle')}</h3>
      {problem && <ProblemAlert view={problem} />}
      {done && <Alert tone="success">{done}</Alert>}
      <Field label={t('budget.fromLine')} errors={errorsOf('fromLineId')}>
        {lineSelect(fromLineId, setFrom)}
      </Field>
      <Field label={t('budget.toLine')} errors={errorsOf('toLineId')}>
        {lineSelect(toLineId, setTo)}
      </Field>
      <Field label={t('budget.amountWon')} hint={t('budget.amountHint')} errors={errorsOf('amountWon')}>
        <input type="number" inputMode="numeric" min={1} step={1} required value={amount} onChange={(event) => setAmount(event.target.value)} />
      </Field>
      <Field label={t('budget.reason')} errors={errorsOf('reason')}>
        <textarea required value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {t('budget.transfer')}
      </button>
    </form>
  );
}
