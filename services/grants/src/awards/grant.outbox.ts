import { AwardProposedV2, GrantApprovedV1, GrantCancelledV1, GrantRejectedV1 } from '@yunghap/contracts';
import { HandleOptions, OutboxContext } from '@yunghap/event-store';
import { GrantEvent, GrantState } from '@yunghap/grants-domain';
import { assertNever } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

/**
 * What the applications service learns of a grant: its proposal, approval, rejection and
 * cancellation, keyed by application so they stay in order. Money movements stay in grants.
 */
export function grantMessages(events: readonly GrantEvent[], state: GrantState, context: OutboxContext) {
  if (state.status === 'none') return [];
  const { applicationId } = state;
  const at = context.occurredAt;
  return events.flatMap((event) => {
    switch (event.type) {
      case 'AwardProposed': {
        const { grantId, callId, lineId, amount } = event.data;
        return [publish(AwardProposedV2, applicationId, { grantId, applicationId, callId, lineId, amountWon: amount, proposedAt: at }, context)];
      }
      // The whole award, though only its year's part is committed now: applications learns what was awarded.
      case 'AwardApproved':
        return [publish(GrantApprovedV1, applicationId, { grantId: event.data.grantId, applicationId, amountWon: state.amount, approvedAt: at }, context)];
      case 'AwardRejected':
        return [publish(GrantRejectedV1, applicationId, { grantId: event.data.grantId, applicationId, reason: event.data.reason, rejectedAt: at }, context)];
      case 'GrantCancelled': {
        const { grantId, released, reason } = event.data;
        return [publish(GrantCancelledV1, applicationId, { grantId, applicationId, releasedWon: released, reason, cancelledAt: at }, context)];
      }
      case 'LineExceptionApproved':
      case 'YearPartCommitted':
      case 'AgreementRecorded':
      case 'DisbursementProposed':
      case 'DisbursementApproved':
      case 'RecoveryProposed':
      case 'GrantFundsRecovered':
      case 'RecoveryWithdrawn':
      case 'RecoveryRejected':
        return [];
      default:
        return assertNever(event);
    }
  });
}

/** Every command on a grant stream is appended with its messages, in the same transaction. */
export const GRANT_OUTBOX: HandleOptions<GrantEvent, GrantState> = { outbox: grantMessages };
