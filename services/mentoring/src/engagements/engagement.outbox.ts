import { AllocationReleaseRequestedV1, AllocationRequestedV1 } from '@yunghap/contracts';
import { HandleOptions, OutboxContext } from '@yunghap/event-store';
import { assertNever } from '@yunghap/kernel';
import { EngagementState, EngagementStreamEvent } from '@yunghap/mentoring-domain';
import { publish } from '@yunghap/platform-nest';

/**
 * What grants learns of an engagement: each allocation request and each release, keyed by the
 * engagement so its messages stay in order. `confirmedBy` is who confirmed the mentor (a fact of
 * an earlier event, which the outbox cannot see), read by the caller from the stream.
 */
export function engagementMessages(events: readonly EngagementStreamEvent[], state: EngagementState, context: OutboxContext, confirmedBy: string | undefined) {
  const cancellationReason = events.flatMap((event) => (event.type === 'EngagementCancelled' ? [event.data.reason] : []))[0];
  return events.flatMap((event) => {
    switch (event.type) {
      case 'AllocationRequested': {
        // Both hold whenever the decider accepts a request; a failure here is a bug, not a refusal.
        if (state.status === 'none' || confirmedBy === undefined)
          throw new Error(`Allocation requested for ${event.data.engagementId} without a confirmed mentor`);
        const { engagementId, allocationId, amount } = event.data;
        const payload = {
          allocationId,
          engagementId,
          centerId: state.centerId,
          consortiumId: state.consortium.consortiumId,
          ...(state.consortium.applicationId !== undefined && { applicationId: state.consortium.applicationId }),
          amountWon: amount,
          confirmedBy,
          requestedAt: context.occurredAt,
        };
        return [publish(AllocationRequestedV1, engagementId, payload, context)];
      }
      case 'AllocationReleaseRequested': {
        const { engagementId, allocationId } = event.data;
        // The domain asks for a release only in the decision that cancels the engagement.
        if (cancellationReason === undefined) throw new Error(`Release requested for ${engagementId} without a cancellation`);
        return [
          publish(
            AllocationReleaseRequestedV1,
            engagementId,
            { allocationId, engagementId, reason: cancellationReason, requestedAt: context.occurredAt },
            context,
          ),
        ];
      }
      // Grants' own answers and the engagement's internal steps concern nobody else.
      case 'EngagementProposed':
      case 'CandidatesMatched':
      case 'MentorConfirmed':
      case 'AllocationApproved':
      case 'AllocationRejected':
      case 'EngagementStarted':
      case 'SessionLogged':
      case 'EngagementCompleted':
      case 'EngagementCancelled':
        return [];
      default:
        return assertNever(event);
    }
  });
}

export function engagementOutbox(confirmedBy?: string): HandleOptions<EngagementStreamEvent, EngagementState> {
  return { outbox: (events, state, context) => engagementMessages(events, state, context, confirmedBy) };
}
