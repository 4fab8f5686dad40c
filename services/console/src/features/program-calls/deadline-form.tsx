import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { seoulInstantOf, seoulLocalInput } from '../../format/when';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const SHOWN = new Set(['scoresDueAt']);

interface DeadlineFormProps {
  readonly committeeId: string;
  readonly scoresDueAt: string | null;
  readonly onSet: () => void;
}

/** Sets or moves the day the members' sheets are due, typed in Seoul time; the service refuses a moment already past. */
export function DeadlineForm({ committeeId, scoresDueAt, onSet }: DeadlineFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(scoresDueAt === null ? '' : seoulLocalInput(scoresDueAt));
  const [saved, setSaved] = useState(false);
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { scoresDueAt: seoulInstantOf(value) };
    if (!(await submit(() => evaluationApi.PUT('/api/evaluation/committees/{committeeId}/scoring-deadline', { params: { path: { committeeId } }, body }))))
      return;
    setSaved(true);
    onSet();
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      {problem && <ProblemAlert view={problem} />}
      {saved && <Alert tone="success">{t('committees.deadlineSaved')}</Alert>}
      <Field label={t('committees.deadline')} hint={t('committees.deadlineHint')} errors={errorsOf('scoresDueAt')}>
        <input type="datetime-local" value={value} required onChange={(event) => setValue(event.target.value)} />
      </Field>
      <button type="submit" className="button button--secondary button--small" disabled={busy}>
        {t('committees.setDeadline')}
      </button>
    </form>
  );
}
