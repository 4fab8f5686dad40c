import { AllocationState, grantDecider, GrantCommand, mentoringAllocationDecider } from '@yunghap/grants-domain';
import { CommandMetadata, isDomainError } from '@yunghap/kernel';
import type { AllocationView } from '../allocations/allocation-view.projection';
import { GrantView, grantStateOfView } from '../awards/grant-view.projection';
import { askGrant, STAND_IN_TEXT } from '../shared/asked-of-decider';

export const APPROVAL_KINDS = ['award', 'line-exception', 'disbursement', 'recovery', 'allocation'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** One decision waiting for a second person, and whether the asker may take it now. */
export interface PendingApproval {
  readonly kind: ApprovalKind;
  readonly grantId: string | null;
  readonly trancheId: string | null;
  readonly recoveryId: string | null;
  readonly allocationId: string | null;
  readonly applicationId: string | null;
  readonly callId: string | null;
  readonly lineId: string;
  readonly amountWon: number;
  /** Null for a tranche proposed before proposers were recorded. */
  readonly proposedBy: string | null;
  readonly reason: string | null;
  readonly mayApprove: boolean;
  /** Whether the asker may turn it down with a reason (awards, recoveries, allocations; a tranche's payment has no rejection). */
  readonly mayReject: boolean;
  /** The domain's refusal the asker would meet (four-eyes, role, a pending line exception); null when they may approve. */
  readonly refusal: { readonly code: string; readonly detail: string } | null;
}

type Judged = Pick<PendingApproval, 'mayApprove' | 'refusal'>;

/**
 * Asks the domain, without recording anything, whether `metadata`'s actor may take the approval:
 * the queue says what the approval endpoint would answer, from the same rules, never a copy of them.
 * Money on the line is checked only when the approval is taken.
 */
function judged(decision: ReturnType<typeof grantDecider.decide> | ReturnType<typeof mentoringAllocationDecider.decide>): Judged {
  return isDomainError(decision) ? { mayApprove: false, refusal: { code: decision.code, detail: decision.message } } : { mayApprove: true, refusal: null };
}

const NONE = { grantId: null, trancheId: null, recoveryId: null, allocationId: null, applicationId: null, callId: null, reason: null } as const;

function grantApprovals(view: GrantView, metadata: CommandMetadata): PendingApproval[] {
  const state = grantStateOfView(view);
  const { grantId, applicationId, callId, lineId } = view;
  const of = { ...NONE, grantId, applicationId, callId, lineId };
  const decide = askGrant(state, metadata);
  const ask = (command: Omit<GrantCommand, 'metadata'>) => judged(decide(command));
  const allows = (command: Omit<GrantCommand, 'metadata'>) => !isDomainError(decide(command));
  if (view.status === 'proposed') {
    const exception =
      view.lineException && view.lineException.approvedBy === undefined
        ? [
            {
              ...of,
              kind: 'line-exception' as const,
              amountWon: view.amount,
              proposedBy: view.proposedBy,
              reason: view.lineException.reason,
              mayReject: false,
              ...ask({ type: 'ApproveLineException', data: { grantId } }),
            },
          ]
        : [];
    return [
      ...exception,
      {
        ...of,
        kind: 'award',
        amountWon: view.amount,
        proposedBy: view.proposedBy,
        mayReject: allows({ type: 'RejectAward', data: { grantId, reason: STAND_IN_TEXT } }),
        ...ask({ type: 'ApproveAward', data: { grantId } }),
      },
    ];
  }
  if (view.status !== 'awarded') return [];
  const tranches = view.tranches
    .filter((tranche) => tranche.status === 'proposed')
    .map((tranche) => ({
      ...of,
      kind: 'disbursement' as const,
      trancheId: tranche.trancheId,
      amountWon: tranche.amount,
      proposedBy: tranche.proposedBy ?? null,
      mayReject: false,
      ...ask({ type: 'ApproveDisbursement', data: { grantId, trancheId: tranche.trancheId } }),
    }));
  const recoveries = state.recoveries
    .filter((recovery) => recovery.status === 'proposed')
    .map((recovery) => ({
      ...of,
      kind: 'recovery' as const,
      recoveryId: recovery.recoveryId,
      amountWon: recovery.amount,
      proposedBy: recovery.proposedBy ?? null,
      reason: recovery.reason,
      mayReject: allows({ type: 'RejectRecovery', data: { grantId, recoveryId: recovery.recoveryId, reason: STAND_IN_TEXT } }),
      ...ask({ type: 'ApproveRecovery', data: { grantId, recoveryId: recovery.recoveryId } }),
    }));
  return [...tranches, ...recoveries];
}

function allocationApproval(view: AllocationView, metadata: CommandMetadata): PendingApproval {
  const state: AllocationState = view;
  const { allocationId, lineId, amount, requestedBy } = view;
  return {
    ...NONE,
    kind: 'allocation',
    allocationId,
    lineId,
    amountWon: amount,
    proposedBy: requestedBy,
    mayReject: !isDomainError(mentoringAllocationDecider.decide({ type: 'RejectAllocation', data: { allocationId, reason: 'declined' }, metadata }, state)),
    ...judged(mentoringAllocationDecider.decide({ type: 'ApproveAllocation', data: { allocationId }, metadata }, state)),
  };
}

/** Every approval waiting for a second person: proposed awards (and their line exceptions), proposed tranches and recoveries, requested allocations. */
export function pendingApprovals(grants: readonly GrantView[], allocations: readonly AllocationView[], metadata: CommandMetadata): PendingApproval[] {
  return [
    ...grants.flatMap((grant) => grantApprovals(grant, metadata)),
    ...allocations.filter((allocation) => allocation.status === 'requested').map((allocation) => allocationApproval(allocation, metadata)),
  ];
}
