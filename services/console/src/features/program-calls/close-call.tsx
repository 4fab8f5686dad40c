import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../../api/clients';
import { commandOutcome } from '../../api/command';
import { ConfirmAction } from '../../ui/confirm-action';

/** Closes a call before its scheduled time, with the reason applicants will read; its submitted applications go on. */
export function CloseCall({ callId, onClosed }: { readonly callId: string; readonly onClosed: () => void }) {
  const { t } = useTranslation();
  const close = async (reason: string) => {
    const outcome = await commandOutcome(
      await applicationsApi.POST('/api/applications/calls/{callId}/close', { params: { path: { callId } }, body: { reason } }),
    );
    if ('problem' in outcome) return outcome.problem.detail || t('common.unexpected');
    onClosed();
    return null;
  };
  return (
    <ConfirmAction
      label={t('closeCall.button')}
      title={t('closeCall.title')}
      body={t('closeCall.body')}
      reasonLabel={t('closeCall.reason')}
      confirmLabel={t('closeCall.button')}
      onConfirm={close}
    />
  );
}
