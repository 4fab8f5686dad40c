import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putBusinessPlan } from '../../api/business-plan';
import { applicationsApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import type { Application } from '../../api/types';
import { outcomeOf } from '../../api/use-resource';
import { formatBytes } from '../../format/bytes';
import { Alert } from '../../ui/alert';
import { BusinessPlanLink } from '../../ui/business-plan-link';
import { Field } from '../../ui/field';
import { useLanguage } from '../../ui/use-language';
import { BUSINESS_PLAN_ACCEPT, BUSINESS_PLAN_MAX_BYTES, checkBusinessPlanFile, contentDispositionOf } from './business-plan-file';

interface BusinessPlanUploadProps {
  readonly application: Application;
  /** The application read again after the plan was stored: its version moved on, and the form sends it in If-Match. */
  readonly onAttached: (application: Application) => void;
}

/** The draft's business plan document: chosen, checked before sending (type and size), stored, then shown with its hash. */
export function BusinessPlanUpload({ application, onAttached }: BusinessPlanUploadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  // A new input after each attachment: a file input's chosen file can only be cleared by replacing it.
  const [inputKey, setInputKey] = useState(0);
  const check = file === null ? null : checkBusinessPlanFile(file);
  const limit = formatBytes(BUSINESS_PLAN_MAX_BYTES, language);
  const checkErrors =
    check === null || check.outcome === 'valid' ? [] : [t(`businessPlan.${check.outcome}`, { limit, size: formatBytes(file?.size ?? 0, language) })];

  const upload = async () => {
    if (file === null || check?.outcome !== 'valid') return;
    setBusy(true);
    setNotice('');
    const stored = await putBusinessPlan(application.applicationId, file, check.mediaType, contentDispositionOf(file.name))
      .then(commandOutcome)
      .catch(() => null);
    if (stored === null || 'problem' in stored) {
      // The service's 413 and 415 name the body or its type: both are about the file chosen here.
      setErrors(stored === null ? [t('common.unexpected')] : [stored.problem.detail || t('common.unexpected')]);
      return setBusy(false);
    }
    const fresh = outcomeOf(
      await applicationsApi.GET('/api/applications/applications/{applicationId}', { params: { path: { applicationId: application.applicationId } } }),
    );
    setBusy(false);
    setErrors([]);
    setFile(null);
    setInputKey((key) => key + 1);
    setNotice(t('businessPlan.stored'));
    if ('data' in fresh) onAttached(fresh.data);
  };

  return (
    <section>
      <BusinessPlanLink application={application} />
      {notice && <Alert tone="success">{notice}</Alert>}
      <Field label={t('businessPlan.choose')} hint={t('businessPlan.hint', { limit })} errors={[...checkErrors, ...errors]}>
        <input
          key={inputKey}
          type="file"
          accept={BUSINESS_PLAN_ACCEPT}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setErrors([]);
          }}
        />
      </Field>
      <button type="button" className="button button--secondary" disabled={busy || check?.outcome !== 'valid'} onClick={() => void upload()}>
        {t('businessPlan.upload')}
      </button>
    </section>
  );
}
