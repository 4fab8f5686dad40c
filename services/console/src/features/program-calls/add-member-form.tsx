import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationApi } from '../../api/clients';
import { useCommandForm } from '../../api/use-command-form';
import { ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';

const FIELDS = ['userId', 'name', 'affiliation'] as const;
type MemberField = (typeof FIELDS)[number];
const EMPTY: Record<MemberField, string> = { userId: '', name: '', affiliation: '' };
const LABELS: Record<MemberField, string> = { userId: 'committees.userId', name: 'committees.memberName', affiliation: 'committees.affiliation' };

/** Seats an expert on the committee; the evaluations it can now serve open at once. */
export function AddMemberForm({ committeeId, onAdded }: { readonly committeeId: string; readonly onAdded: () => void }) {
  const { t } = useTranslation();
  const [member, setMember] = useState(EMPTY);
  const { problem, busy, submit, errorsOf } = useCommandForm(new Set<string>(FIELDS));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const body = { userId: member.userId.trim(), name: member.name.trim(), affiliation: member.affiliation.trim() };
    if (!(await submit(() => evaluationApi.POST('/api/evaluation/committees/{committeeId}/members', { params: { path: { committeeId } }, body })))) return;
    setMember(EMPTY);
    onAdded();
  };

  return (
    <form onSubmit={(event) => void add(event)}>
      <fieldset className="fieldset">
        <legend>{t('committees.addMember')}</legend>
        {problem && <ProblemAlert view={problem} />}
        {FIELDS.map((field) => (
          <Field key={field} label={t(LABELS[field])} errors={errorsOf(field)}>
            <input value={member[field]} required onChange={(event) => setMember({ ...member, [field]: event.target.value })} />
          </Field>
        ))}
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('committees.add')}
        </button>
      </fieldset>
    </form>
  );
}
