import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import type { Center, Committee } from '../../api/types';
import { useCommandForm } from '../../api/use-command-form';
import { seoulInstantOf } from '../../format/when';
import { ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const SHARED = 'shared';
const SHOWN = new Set(['centerId', 'scoresDueAt']);

interface FormCommitteeProps {
  readonly callId: string;
  readonly centers: readonly Center[];
  readonly committees: readonly Committee[];
  readonly onFormed: () => void;
}

/** Forms the call's committee for a center without one, or the shared one; members are seated on it afterwards. */
export function FormCommittee({ callId, centers, committees, onFormed }: FormCommitteeProps) {
  const { t } = useTranslation();
  const formed = new Set(committees.map((committee) => (committee.scope.kind === 'center' ? committee.scope.centerId : SHARED)));
  const choices = [...centers.filter((center) => !formed.has(center.centerId)).map((center) => center.centerId), ...(formed.has(SHARED) ? [] : [SHARED])];
  const [scope, setScope] = useState(choices[0] ?? '');
  const [deadline, setDeadline] = useState('');
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);
  if (choices.length === 0) return null;
  const chosen = choices.includes(scope) ? scope : choices[0];

  const form = async (event: FormEvent) => {
    event.preventDefault();
    const body = { callId, ...(chosen === SHARED ? {} : { centerId: chosen }), ...(deadline === '' ? {} : { scoresDueAt: seoulInstantOf(deadline) }) };
    if (!(await submit(() => evaluationApi.POST('/api/evaluation/committees', { body })))) return;
    setDeadline('');
    onFormed();
  };

  return (
    <form onSubmit={(event) => void form(event)}>
      <fieldset className="fieldset">
        <legend>{t('committees.form')}</legend>
        {problem && <ProblemAlert view={problem} />}
        <Field label={t('committees.scope')} errors={errorsOf('centerId')}>
          <select value={chosen} onChange={(event) => setScope(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice === SHARED
                  ? t('committees.shared')
                  : t('committees.ofCenter', { region: centers.find((c) => c.centerId === choice)?.regionName ?? choice })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('committees.deadline')} hint={t('committees.deadlineOptional')} errors={errorsOf('scoresDueAt')}>
          <input type="datetime-local" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('committees.formButton')}
        </button>
      </fieldset>
    </form>
  );
}
