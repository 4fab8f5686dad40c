import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import type { AmendDraft } from './call-draft';

interface CallTermFieldsProps {
  readonly draft: AmendDraft;
  readonly set: (field: keyof AmendDraft) => (event: { target: { value: string } }) => void;
  readonly errorsOf: (field: string) => readonly string[];
}

/** The terms a call is opened with and may change later: its closing time, its cap per project and its technology fields. */
export function CallTermFields({ draft, set, errorsOf }: CallTermFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('openCall.closesAt')} hint={t('committees.deadlineHint')} errors={errorsOf('closesAt')}>
        <input type="datetime-local" value={draft.closesAt} required onChange={set('closesAt')} />
      </Field>
      <Field label={t('openCall.capPerProject')} hint={t('openCall.capHint')} errors={errorsOf('capPerProject')}>
        <input inputMode="numeric" value={draft.capPerProject} required onChange={set('capPerProject')} />
      </Field>
      <Field label={t('openCall.technologyFields')} hint={t('openCall.technologyFieldsHint')} errors={errorsOf('technologyFields')}>
        <input value={draft.technologyFields} required onChange={set('technologyFields')} />
      </Field>
    </>
  );
}
