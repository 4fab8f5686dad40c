import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/when';
import { DataTable } from '../../ui/data-table';
import { useLanguage } from '../../ui/use-language';
import { ErasureDecision } from './erasure-decision';
import { ErasureRequest, isErasureKind, partsOf, ServiceErasureRequest } from './erasure-subjects';

interface ErasureRequestsTableProps {
  readonly requests: readonly ServiceErasureRequest[];
  /** Program managers decide pending requests; auditors read them. */
  readonly decides: boolean;
  readonly onDecided: () => void;
}

/** The erasure requests of every service: whom each concerns, why, who proposed and who decided it, when. */
export function ErasureRequestsTable({ requests, decides, onDecided }: ErasureRequestsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subjectText = (subject: string) => {
    const { kind, id } = partsOf(subject);
    return t('privacy.subject', { kind: isErasureKind(kind) ? t(`privacy.kinds.${kind}`) : kind, id });
  };
  // Only program managers propose and decide (the domain's ERASERS); another role is shown as the service wrote it.
  const actorText = (actor: ErasureRequest['proposedBy']) =>
    t('privacy.actor', { userId: actor.userId, role: actor.role === 'program-manager' ? t('roles.program-manager') : actor.role });
  const columns = [
    { label: t('privacy.columns.service') },
    { label: t('privacy.columns.subject') },
    { label: t('privacy.columns.status') },
    { label: t('privacy.columns.reason') },
    { label: t('privacy.columns.proposed') },
    { label: t('privacy.columns.decided') },
    ...(decides ? [{ label: t('privacy.columns.actions') }] : []),
  ];

  return (
    <DataTable label={t('privacy.listTitle')} stacked columns={columns}>
      {requests.map((entry) => {
        const { service, request } = entry;
        const subject = subjectText(request.subject);
        return (
          <tr key={`${service}/${request.requestId}`} data-request={request.requestId}>
            <th scope="row">{t(`privacy.services.${service}`)}</th>
            <td data-label={t('privacy.columns.subject')}>{subject}</td>
            <td data-label={t('privacy.columns.status')}>
              <span className={request.status === 'approved' ? 'badge badge--danger' : 'badge'}>{t(`privacy.states.${request.status}`)}</span>
            </td>
            <td data-label={t('privacy.columns.reason')}>
              {request.reason}
              <span className="secondary-line">{t('privacy.retentionEnded', { at: formatDateTime(request.retentionEndedAt, language) })}</span>
            </td>
            <td data-label={t('privacy.columns.proposed')}>
              {actorText(request.proposedBy)}
              <span className="secondary-line">{formatDateTime(request.proposedAt, language)}</span>
            </td>
            <td data-label={t('privacy.columns.decided')}>
              {request.decidedBy === null || request.decidedAt === null ? (
                '—'
              ) : (
                <>
                  {actorText(request.decidedBy)}
                  <span className="secondary-line">{formatDateTime(request.decidedAt, language)}</span>
                  {request.rejectionReason !== null && (
                    <span className="secondary-line">{t('privacy.rejectedBecause', { reason: request.rejectionReason })}</span>
                  )}
                </>
              )}
            </td>
            {decides && (
              <td data-label={t('privacy.columns.actions')}>
                {request.status === 'proposed' ? <ErasureDecision entry={entry} subject={subject} onDecided={onDecided} /> : '—'}
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
