import { AllocationApprovedV1, AllocationRejectedV1 } from '@yunghap/contracts';
import { HandleOptions, OutboxContext } from '@yunghap/event-store';
import { AllocationEvent, AllocationState } from '@yunghap/grants-domain';
import { assertNever } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

/** The mentoring service waits for the decision on its request; keyed by engagement to keep its order. */
export function allocationMessages(events: readonly AllocationEvent[], state: AllocationState, context: OutboxContext) {
  if (state.status === 'none') return [];
  const { engagementId } = state;
  return events.flatMap((event) => {
    switch (event.type) {
      case 'AllocationApproved':
        return [
          publish(
            AllocationApprovedV1,
            engagementId,
            { allocationId: event.data.allocationId, engagementId, amountWon: event.data.amount, approvedAt: context.occurredAt },
            context,
          ),
        ];
      case 'AllocationRejected':
        return [
          publish(
            AllocationRejectedV1,
            engagementId,
            { allocationId: event.data.allocationId, engagementId, reason: event.data.reason, rejectedAt: context.occurredAt },
            context,
          ),
        ];
      // The request came from mentoring, and so did the release: nothing to tell it back.
      case 'AllocationRequested':
      case 'AllocationReleased':
        return [];
      default:
        return assertNever(event);
    }
  });
}

export const ALLOCATION_OUTBOX: HandleOptions<AllocationEvent, AllocationState> = { outbox: allocationMessages };
