import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandForm } from '../../api/use-command-form';
import { formatDateTime } from '../../format/when';
import { Alert, ProblemAlert } from '../../ui/alert';
import { Field } from '../../ui/field';
import { useLanguage } from '../../ui/use-language';
import { proposeErasure } from './erasure-api';
import {
  ERASURE_KINDS,
  ERASURE_SERVICES,
  ErasureKind,
  ErasureService,
  isSubjectId,
  REASON_MAX,
  retentionEndOf,
  SUBJECT_ID_MAX,
  subjectOf,
} from './erasure-subjects';

// The service names the person in `subject`: its violations belong beside the id, the part typed.
const SHOWN = new Set(['subject', 'reason']);

/**
 * Proposes erasing one person's data in the service that holds it: the kinds offered are that
 * service's own, and a proposal before the retention period ends is refused with the day it ends.
 */
export function ProposeErasureForm({ onProposed }: { readonly onProposed: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [service, setService] = useState<ErasureService | ''>('');
  const [kind, setKind] = useState<ErasureKind | ''>('');
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const [retentionEnd, setRetentionEnd] = useState<string | null>(null);
  const { problem, busy, submit, errorsOf } = useCommandForm(SHOWN);
  const kinds: readonly ErasureKind[] = service === '' ? [] : ERASURE_KINDS[service];
  const idProblem = id !== '' && !isSubjectId(id) ? [t('privacy.form.idRule', { max: SUBJECT_ID_MAX })] : [];

  const chooseService = (next: ErasureService | '') => {
    setService(next);
    // A service that holds one kind of person leaves nothing to choose.
    setKind(next !== '' && ERASURE_KINDS[next].length === 1 ? ERASURE_KINDS[next][0] : '');
  };
  const propose = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    setRetentionEnd(null);
    if (service === '' || kind === '' || !isSubjectId(id)) return;
    const body = { subject: subjectOf(kind, id), reason };
    const proposed = await submit(async () => {
      const result = await proposeErasure(service, body);
      setRetentionEnd(retentionEndOf(result.error));
      return result;
    });
    if (!proposed) return;
    setDone(t('privacy.form.proposed', { subject: body.subject }));
    setId('');
    setReason('');
    onProposed();
  };
  const shownProblem =
    problem && retentionEnd !== null
      ? { ...problem, general: [...problem.general, t('privacy.form.retentionEnds', { at: formatDateTime(retentionEnd, language) })] }
      : problem;

  return (
    <form onSubmit={(event) => void propose(event)}>
      <fieldset className="fieldset">
        <legend>{t('privacy.form.title')}</legend>
        <p className="field__hint">{t('privacy.form.intro')}</p>
        {shownProblem && <ProblemAlert view={shownProblem} />}
        {done && <Alert tone="success">{done}</Alert>}
        <Field label={t('privacy.form.service')}>
          <select required value={service} onChange={(event) => chooseService(event.target.value as ErasureService | '')}>
            <option value="">{t('common.choose')}</option>
            {ERASURE_SERVICES.map((name) => (
              <option key={name} value={name}>
                {t(`privacy.services.${name}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('privacy.form.kind')} hint={service === '' ? t('privacy.form.kindHint') : undefined}>
          <select required disabled={service === ''} value={kind} onChange={(event) => setKind(event.target.value as ErasureKind | '')}>
            <option value="">{t('common.choose')}</option>
            {kinds.map((name) => (
              <option key={name} value={name}>
                {t(`privacy.kinds.${name}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={kind === 'mentor' ? t('privacy.form.mentorId') : t('privacy.form.userId')}
          hint={t('privacy.form.idHint')}
          errors={[...idProblem, ...errorsOf('subject')]}
        >
          <input required autoComplete="off" spellCheck={false} maxLength={SUBJECT_ID_MAX} value={id} onChange={(event) => setId(event.target.value)} />
        </Field>
        <Field label={t('privacy.form.reason')} hint={t('privacy.form.reasonHint')} errors={errorsOf('reason')}>
          <textarea required maxLength={REASON_MAX} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {t('privacy.form.submit')}
        </button>
      </fieldset>
    </form>
  );
}
