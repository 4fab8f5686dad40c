import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { grantsApi } from '../../api/clients';
import type { Problem } from '../../api/problem';
import type { PendingApproval } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { ConfirmAction } from '../../ui/confirm-action';
import { DataTable } from '../../ui/data-table';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { approve, refusalKey, reject } from './approval-action';

/**
 * The approvals queue: decisions waiting for a second person. The service says, for the person
 * signed in, whether they may take each one; where they may not, there is no button, only why.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const [approvals, reload] = useResource('approvals', (signal) => grantsApi.GET('/api/grants/approvals', { params: { query: { limit: 200 } }, signal }));

  const settle = async (decided: Promise<Problem | null>) => {
    const problem = await decided;
    if (problem) return problem.detail || t('common.unexpected');
    reload();
    return null;
  };
  const subject = (item: PendingApproval) => item.applicationId ?? item.allocationId ?? '—';
  const why = (item: PendingApproval) => {
    const key = item.refusal && refusalKey(item.refusal.code);
    return key ? t(key) : (item.refusal?.detail ?? '');
  };

  return (
    <section>
      <PageTitle>{t('approvals.title')}</PageTitle>
      <p>{t('approvals.intro')}</p>
      <ResourceView resource={approvals}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('approvals.none')}</p>
          ) : (
            <DataTable
              label={t('approvals.title')}
              stacked
              columns={[
                { label: t('approvals.kind') },
                { label: t('approvals.subject') },
                { label: t('approvals.amount'), numeric: true },
                { label: t('selection.line') },
                { label: t('approvals.proposedBy') },
                { label: t('approvals.reason') },
                { label: t('committees.actions') },
              ]}
            >
              {page.items.map((item) => (
                <tr key={`${item.kind}/${item.grantId ?? item.allocationId}/${item.trancheId ?? item.recoveryId ?? ''}`}>
                  <th scope="row">{t(`approvals.kinds.${item.kind}`)}</th>
                  <td data-label={t('approvals.subject')}>
                    {item.grantId ? <Link to={`/grants/${item.grantId}`}>{subject(item)}</Link> : subject(item)}
                    {item.trancheId && <span className="secondary-line">{t('approvals.tranche', { id: item.trancheId })}</span>}
                  </td>
                  <td data-label={t('approvals.amount')} className="number">
                    {formatWon(item.amountWon)}
                  </td>
                  <td data-label={t('selection.line')}>{item.lineId}</td>
                  <td data-label={t('approvals.proposedBy')}>{item.proposedBy ?? '—'}</td>
                  <td data-label={t('approvals.reason')}>{item.reason ?? '—'}</td>
                  <td data-label={t('committees.actions')}>
                    {item.mayApprove ? (
                      <ConfirmAction
                        label={t('approvals.approve')}
                        accessibleLabel={t('approvals.approveNamed', { kind: t(`approvals.kinds.${item.kind}`), subject: subject(item) })}
                        title={t('approvals.confirmTitle')}
                        body={t('approvals.confirmBody', { kind: t(`approvals.kinds.${item.kind}`), amount: formatWon(item.amountWon) })}
                        confirmLabel={t('approvals.approve')}
                        onConfirm={() => settle(approve(item))}
                      />
                    ) : (
                      <span className="field__hint">{why(item)}</span>
                    )}
                    {item.mayReject && (
                      <ConfirmAction
                        label={t('approvals.reject')}
                        accessibleLabel={t('approvals.rejectNamed', { kind: t(`approvals.kinds.${item.kind}`), subject: subject(item) })}
                        title={t('approvals.rejectTitle')}
                        body={t('approvals.rejectBody', { kind: t(`approvals.kinds.${item.kind}`), amount: formatWon(item.amountWon) })}
                        reasonLabel={t('approvals.rejectReason')}
                        confirmLabel={t('approvals.reject')}
                        onConfirm={(reason) => settle(reject(item, reason))}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>
    </section>
  );
}
