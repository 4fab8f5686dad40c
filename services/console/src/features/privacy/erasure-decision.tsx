import { useTranslation } from 'react-i18next';
import { useConfirmCommand } from '../../api/use-confirm-command';
import { ConfirmAction } from '../../ui/confirm-action';
import { approveErasure, rejectErasure } from './erasure-api';
import type { ServiceErasureRequest } from './erasure-subjects';

/**
 * Approve or reject a pending request. Whether this person may approve (not its proposer) is the
 * service's decision: the button is offered and the refusal, if any, is shown in the dialog.
 */
export function ErasureDecision({
  entry,
  subject,
  onDecided,
}: {
  readonly entry: ServiceErasureRequest;
  readonly subject: string;
  readonly onDecided: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmCommand();
  const { service, request } = entry;
  return (
    <div className="form-actions">
      <ConfirmAction
        label={t('privacy.approve')}
        accessibleLabel={t('privacy.approveNamed', { subject })}
        title={t('privacy.approveTitle')}
        body={t('privacy.approveBody', { subject })}
        confirmLabel={t('privacy.approveConfirm')}
        onConfirm={() => confirm(() => approveErasure(service, request.requestId), onDecided)}
      />
      <ConfirmAction
        label={t('privacy.reject')}
        accessibleLabel={t('privacy.rejectNamed', { subject })}
        title={t('privacy.rejectTitle')}
        body={t('privacy.rejectBody', { subject })}
        reasonLabel={t('privacy.rejectReason')}
        confirmLabel={t('privacy.reject')}
        onConfirm={(reason) => confirm(() => rejectErasure(service, request.requestId, reason), onDecided)}
      />
    </div>
  );
}
