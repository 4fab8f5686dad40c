import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import { useConfirmCommand } from '../../api/use-confirm-command';
import type { Application } from '../../api/types';
import { Alert } from '../../ui/alert';
import { ConfirmAction } from '../../ui/confirm-action';

interface ScreeningActionsProps {
  readonly application: Application;
  /** Reads the application (and its timeline) again after an action changed it. */
  readonly onChanged: () => void;
}

/**
 * What the center does with a routed application: screen it against the eligibility rules, or
 * return it to the applicant with a reason (once at most, before screening), as the domain allows.
 */
export function ScreeningActions({ application, onChanged }: ScreeningActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const confirm = useConfirmCommand();
  if (application.status !== 'routed') return null;
  const path = { applicationId: application.applicationId };
  const header = { 'If-Match': `"${application.version}"` };

  const screen = async () => {
    setBusy(true);
    setFailure('');
    // A network failure rejects the request itself: caught here, so the button comes back.
    const outcome = await applicationsApi
      .POST('/api/applications/applications/{applicationId}/screen', { params: { path, header } })
      .then(commandOutcome)
      .catch(() => null);
    setBusy(false);
    if (outcome === null || 'problem' in outcome) return setFailure((outcome?.problem.detail ?? '') || t('common.unexpected'));
    onChanged();
  };
  const returnToApplicant = (reason: string) =>
    confirm(() => applicationsApi.POST('/api/applications/applications/{applicationId}/return', { params: { path, header }, body: { reason } }), onChanged);

  return (
    <section>
      <h2>{t('screening.actions')}</h2>
      {failure && <Alert tone="danger">{failure}</Alert>}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void screen()}>
          {t('screening.run')}
        </button>
        {application.timesReturned === 0 && (
          <ConfirmAction
            label={t('screening.return')}
            title={t('screening.returnTitle')}
            body={t('screening.returnBody')}
            reasonLabel={t('screening.returnReason')}
            confirmLabel={t('screening.return')}
            onConfirm={returnToApplicant}
          />
        )}
      </div>
    </section>
  );
}
