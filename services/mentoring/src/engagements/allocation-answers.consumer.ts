import { Injectable } from '@nestjs/common';
import { AllocationApprovedV1, AllocationRejectedV1, TOPICS } from '@yunghap/contracts';
import { EventStoreSession, handleCommand } from '@yunghap/event-store';
import { EngagementStreamCommand, engagementStreamDecider, engagementStreamId } from '@yunghap/mentoring-domain';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, DomainRefusal, ServiceLogger, systemMetadata } from '@yunghap/platform-nest';
import type { Logger } from 'pino';

/**
 * Answers that change nothing: a redelivered or late answer about an allocation no longer
 * pending, or one for an engagement closed since. The first answer already took effect.
 */
const ALREADY_ANSWERED = new Set(['ENGAGEMENT.NO_ALLOCATION_PENDING', 'ENGAGEMENT.CLOSED']);

/** The command a grants message means for an engagement, or null for the topic's other messages. */
function commandFor(message: IntegrationMessage): EngagementStreamCommand | null {
  const metadata = systemMetadata(message.correlationId, message.messageId);
  const approved = contractPayloadOf(AllocationApprovedV1, message);
  if (approved) return { type: 'RecordAllocationApproval', data: { engagementId: approved.engagementId, allocationId: approved.allocationId }, metadata };
  const rejected = contractPayloadOf(AllocationRejectedV1, message);
  if (rejected) {
    const { engagementId, allocationId, reason } = rejected;
    return { type: 'RecordAllocationRejection', data: { engagementId, allocationId, reason }, metadata };
  }
  return null;
}

/**
 * Records grants' answer to an allocation request on the engagement: an approval starts it, a
 * rejection (the mentoring line exhausted, or declined) lets the coordinator ask again later.
 * Appended through the consumer's session, so it commits with the processed message id. Any
 * other refusal (an unknown engagement) is thrown: retried, then parked on the dead-letter topic.
 */
@Injectable()
export class AllocationAnswersConsumer implements ConsumerDefinition {
  readonly name = 'mentoring.on-allocation-answers';
  readonly topics = [TOPICS.grants];
  private readonly logger: Logger;

  constructor(logger: ServiceLogger) {
    this.logger = logger.for(AllocationAnswersConsumer.name);
  }

  readonly handle = async (message: IntegrationMessage, session: EventStoreSession): Promise<void> => {
    const command = commandFor(message);
    if (!command) return;
    const result = await handleCommand(session, engagementStreamId(command.data.engagementId), command, engagementStreamDecider);
    if (result.ok) return;
    if (!ALREADY_ANSWERED.has(result.error.code)) throw new DomainRefusal(result.error);
    this.logger.info({ engagementId: command.data.engagementId, type: message.type, code: result.error.code }, 'allocation answer already recorded; ignored');
  };
}
