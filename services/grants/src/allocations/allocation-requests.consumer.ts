import { AllocationReleaseRequestedV1, AllocationRequestedV1 } from '@yunghap/contracts';
import { GrantsStreams, MENTORING_LINE_ID, mentoringAllocationDecider } from '@yunghap/grants-domain';
import { programYearOf, won } from '@yunghap/kernel';
import { commandTarget, defineConsumer, on } from '@yunghap/platform-nest';
import { decideMoveRecord, grantLineMovements } from '../money/money-flow';
import { ALLOCATION_OUTBOX } from './allocation.outbox';

const allocation = commandTarget({
  decider: mentoringAllocationDecider,
  streamId: (command) => GrantsStreams.allocation(command.data.allocationId),
  // The same request published twice under two message ids: the first one stands.
  tolerate: { 'ALLOCATION.ALREADY_REQUESTED': 'allocation already requested' },
});

/**
 * Follows the mentoring service: a request becomes an allocation awaiting finance; a release
 * gives an approved allocation's money back to the mentoring line, and turns a request still
 * waiting into a rejection, so finance cannot approve it after the engagement ended. Everything is
 * appended through the consumer's transaction, with the processed message id.
 */
export const allocationRequestsConsumer = defineConsumer({
  name: 'grants.on-allocation-requests',
  reads: [
    allocation.on(AllocationRequestedV1, ({ allocationId, engagementId, centerId, consortiumId, applicationId, confirmedBy, amountWon }, metadata) => ({
      type: 'RequestAllocation',
      data: {
        allocationId,
        year: programYearOf(metadata.now),
        engagementId,
        consortiumId,
        lineId: MENTORING_LINE_ID,
        amount: won(amountWon),
        confirmedBy,
        centerId,
        ...(applicationId !== undefined && { applicationId }),
      },
      metadata,
    })),
    on(AllocationReleaseRequestedV1, async ({ allocationId, reason }, { execute, settle, session, metadata }) => {
      const streamId = GrantsStreams.allocation(allocationId);
      const release = { type: 'ReleaseAllocation', data: { allocationId, reason }, metadata } as const;
      const released = settle(await decideMoveRecord(session, streamId, release, mentoringAllocationDecider, grantLineMovements), {
        tolerate: { 'ALLOCATION.NOT_APPROVED': 'allocation not approved; the request still waiting is rejected instead' },
      });
      if (released.ok) return;
      const reject = { type: 'RejectAllocation', data: { allocationId, reason: 'declined', note: reason }, metadata } as const;
      await execute(streamId, reject, mentoringAllocationDecider, {
        ...ALLOCATION_OUTBOX,
        tolerate: { 'ALLOCATION.NOT_AWAITING_DECISION': 'allocation rejected or released already; the money is not on the line' },
      });
    }),
  ],
});
