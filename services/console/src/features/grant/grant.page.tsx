import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { grantsApi } from '../../api/clients';
import { useConfirmCommand } from '../../api/use-confirm-command';
import type { Grant, NextStep } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { formatWon } from '../../format/won';
import { useSession } from '../../session/session-context';
import { ConfirmAction } from '../../ui/confirm-action';
import { DataTable } from '../../ui/data-table';
import { PageTitle } from '../../ui/page-title';
import { ResourceView } from '../../ui/resource-view';
import { AgreementForm } from './agreement-form';
import { DecisionChain } from './decision-chain';
import { RecoveryForm } from './recovery-form';

/** One grant as the program office and finance follow it: the award, its agreement, its tranches and recoveries, and the next step each may take. */
export function GrantPage() {
  const { t } = useTranslation();
  const { grantId = '' } = useParams();
  const { session } = useSession();
  const role = session.state === 'loaded' ? session.data.activeRole?.role : undefined;
  const [grant, reloadGrant] = useResource(`grant/${grantId}`, (signal) =>
    grantsApi.GET('/api/grants/grants/{grantId}', { params: { path: { grantId } }, signal }),
  );
  // What the person may do next is the service's answer (the domain asked without recording), never a copy of its rules here.
  const [nextSteps, reloadSteps] = useResource(`grant-steps/${grantId}`, (signal) =>
    grantsApi.GET('/api/grants/grants/{grantId}/next-steps', { params: { path: { grantId } }, signal }),
  );
  const reload = () => {
    reloadGrant();
    reloadSteps();
  };
  const steps = nextSteps.state === 'loaded' ? nextSteps.data.steps : [];
  const offers = (step: NextStep['step'], id?: string) =>
    steps.some((next) => next.step === step && (id === undefined || next.trancheId === id || next.recoveryId === id));

  const confirm = useConfirmCommand();
  const proposePayment = (trancheId: string) =>
    confirm(() => grantsApi.POST('/api/grants/grants/{grantId}/tranches/{trancheId}/proposal', { params: { path: { grantId, trancheId } } }), reload);
  const cancel = (reason: string) =>
    confirm(() => grantsApi.POST('/api/grants/grants/{grantId}/cancellation', { params: { path: { grantId } }, body: { reason } }), reload);
  const withdraw = (recoveryId: string) =>
    confirm(() => grantsApi.POST('/api/grants/grants/{grantId}/recoveries/{recoveryId}/withdrawal', { params: { path: { grantId, recoveryId } } }), reload);
  // The decision chain is a read of GRANTS_ROLES.readAudit: finance and auditors.
  const audits = role === 'finance' || role === 'auditor';

  return (
    <ResourceView resource={grant}>
      {(current: Grant) => (
        <article>
          <PageTitle>{t('grant.title', { name: current.recipient?.leadName ?? current.applicationId })}</PageTitle>
          <dl className="facts">
            <dt>{t('grant.status')}</dt>
            <dd>{t(`selection.grantStates.${current.status}`)}</dd>
            <dt>{t('approvals.amount')}</dt>
            <dd>{formatWon(current.amount)}</dd>
            <dt>{t('selection.line')}</dt>
            <dd>{current.lineId}</dd>
            <dt>{t('grant.application')}</dt>
            <dd>{current.applicationId}</dd>
            <dt>{t('approvals.proposedBy')}</dt>
            <dd>{current.proposedBy}</dd>
            <dt>{t('grant.approvedBy')}</dt>
            <dd>{current.approvedBy ?? '—'}</dd>
            <dt>{t('grant.disbursed')}</dt>
            <dd>{formatWon(current.disbursed)}</dd>
            <dt>{t('grant.recovered')}</dt>
            <dd>{formatWon(current.recovered)}</dd>
            <dt>{t('grant.agreement')}</dt>
            <dd>
              {current.agreement
                ? t('grant.agreementFacts', { number: current.agreement.agreementNumber, from: current.agreement.startsOn, to: current.agreement.endsOn })
                : t('grant.noAgreement')}
            </dd>
          </dl>
          {offers('record-agreement') && <AgreementForm grantId={grantId} onRecorded={reload} />}
          <h2>{t('grant.tranches')}</h2>
          <DataTable
            label={t('grant.tranches')}
            stacked
            columns={[
              { label: t('grant.tranche') },
              { label: t('grant.dueOn') },
              { label: t('approvals.amount'), numeric: true },
              { label: t('grant.trancheStatus') },
              { label: t('committees.actions') },
            ]}
          >
            {current.tranches.map((tranche) => (
              <tr key={tranche.trancheId}>
                <th scope="row">{tranche.trancheId}</th>
                <td data-label={t('grant.dueOn')}>{tranche.dueOn}</td>
                <td data-label={t('approvals.amount')} className="number">
                  {formatWon(tranche.amount)}
                </td>
                <td data-label={t('grant.trancheStatus')}>{t(`grant.trancheStates.${tranche.status}`)}</td>
                <td data-label={t('committees.actions')}>
                  {offers('propose-payment', tranche.trancheId) && (
                    <ConfirmAction
                      label={t('grant.proposePayment')}
                      accessibleLabel={t('grant.proposePaymentNamed', { id: tranche.trancheId })}
                      title={t('grant.proposePaymentTitle')}
                      body={t('grant.proposePaymentBody', { amount: formatWon(tranche.amount) })}
                      confirmLabel={t('grant.proposePayment')}
                      onConfirm={() => proposePayment(tranche.trancheId)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          {current.recoveries.length > 0 && (
            <>
              <h2>{t('grant.recoveries')}</h2>
              <ul aria-label={t('grant.recoveries')}>
                {current.recoveries.map((recovery) => (
                  <li key={recovery.recoveryId}>
                    {t('grant.recoveryLine', {
                      amount: formatWon(recovery.amount),
                      reason: recovery.reason,
                      status: t(`grant.recoveryStates.${recovery.status}`),
                    })}
                    {offers('withdraw-recovery', recovery.recoveryId) && (
                      <ConfirmAction
                        label={t('grant.withdrawRecovery')}
                        accessibleLabel={t('grant.withdrawRecoveryNamed', { amount: formatWon(recovery.amount) })}
                        title={t('grant.withdrawRecoveryTitle')}
                        body={t('grant.withdrawRecoveryBody', { amount: formatWon(recovery.amount) })}
                        confirmLabel={t('grant.withdrawRecovery')}
                        onConfirm={() => withdraw(recovery.recoveryId)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {offers('propose-recovery') && <RecoveryForm grantId={grantId} onProposed={reload} />}
          {offers('cancel') && (
            <ConfirmAction
              label={t('grant.cancel')}
              title={t('grant.cancelTitle')}
              body={t('grant.cancelBody')}
              reasonLabel={t('grant.cancelReason')}
              confirmLabel={t('grant.cancel')}
              onConfirm={cancel}
            />
          )}
          {audits && <DecisionChain grantId={grantId} />}
        </article>
      )}
    </ResourceView>
  );
}
