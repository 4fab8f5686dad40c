import { AllocationApprovedV1, AllocationRejectedV1 } from '@yunghap/contracts';
import { engagementStreamDecider, engagementStreamId } from '@yunghap/mentoring-domain';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

/**
 * The engagement an answer is about. Answers that change nothing are tolerated: the first answer
 * already took effect. Any other refusal (an unknown engagement) parks the message.
 */
const engagement = commandTarget({
  decider: engagementStreamDecider,
  streamId: (command) => engagementStreamId(command.data.engagementId),
  tolerate: {
    'ENGAGEMENT.NO_ALLOCATION_PENDING': 'allocation answer already recorded; ignored',
    'ENGAGEMENT.CLOSED': 'allocation answer for an engagement closed since; ignored',
  },
});

/**
 * Records grants' answer to an allocation request on the engagement: an approval starts it, a
 * rejection (the mentoring line exhausted, or declined) lets the coordinator ask again later.
 * Appended through the consumer's session, so it commits with the processed message id.
 */
export const allocationAnswersConsumer = defineConsumer({
  name: 'mentoring.on-allocation-answers',
  reads: [
    engagement.on(AllocationApprovedV1, ({ engagementId, allocationId }, metadata) => ({
      type: 'RecordAllocationApproval',
      data: { engagementId, allocationId },
      metadata,
    })),
    engagement.on(AllocationRejectedV1, ({ engagementId, allocationId, reason }, metadata) => ({
      type: 'RecordAllocationRejection',
      data: { engagementId, allocationId, reason },
      metadata,
    })),
  ],
});
