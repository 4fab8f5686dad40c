import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import type { Call } from '../../api/types';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';
import { AmendDraft, amendDraftOf, amendRequestOf } from './call-draft';
import { CallTermFields } from './call-term-fields';

const SHOWN = new Set(['title', 'closesAt', 'capPerProject', 'technologyFields']);

interface AmendCallFormProps {
  /** The call as read when the form was shown: mounted again (a `key` of its version) whenever the call changes. */
  readonly call: Call;
  /** Whether the call as shown is the one this form's last amendment made. */
  readonly saved: boolean;
  readonly onAmended: () => void;
}

/**
 * Changes a call's title, closing time, cap or technology fields. Sent with the version the form
 * was shown with (If-Match): an amendment made meanwhile by someone else is refused, not overwritten.
 */
export function AmendCallForm({ call, saved, onAmended }: AmendCallFormProps) {
  const { t } = useTranslation();
  const [before] = useState(() => amendDraftOf(call));
  const [draft, setDraft] = useState<AmendDraft>(before);
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);
  const set = (field: keyof AmendDraft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  const amend = async (event: FormEvent) => {
    event.preventDefault();
    const body = amendRequestOf(draft, before);
    const params = { path: { callId: call.callId }, header: { 'If-Match': `"${call.version}"` } };
    if (await submit(() => applicationsApi.PATCH('/api/applications/calls/{callId}', { params, body }))) onAmended();
  };

  return (
    <form onSubmit={(event) => void amend(event)}>
      <fieldset className="fieldset">
        <legend>{t('amendCall.heading')}</legend>
        {problem && <ProblemAlert view={problem} />}
        {saved && <Alert tone="success">{t('amendCall.done')}</Alert>}
        <Field label={t('openCall.title')} errors={errorsOf('title')}>
          <input value={draft.title} required onChange={set('title')} />
        </Field>
        <CallTermFields draft={draft} set={set} errorsOf={errorsOf} />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('amendCall.submit')}
        </button>
      </fieldset>
    </form>
  );
}
