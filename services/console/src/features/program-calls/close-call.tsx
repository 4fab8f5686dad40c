import { useTranslation } from 'react-i18next';
import { applicationsApi } from '../../api/clients';
import { useConfirmCommand } from '../../api/use-confirm-command';
import { ConfirmAction } from '../../ui/confirm-action';

/** Closes a call before its scheduled time, with the reason applicants will read; its submitted applications go on. */
export function CloseCall({ callId, onClosed }: { readonly callId: string; readonly onClosed: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmCommand();
  const close = (reason: string) =>
    confirm(() => applicationsApi.POST('/api/applications/calls/{callId}/close', { params: { path: { callId } }, body: { reason } }), onClosed);
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
