import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AllocationReleaseRequestedPayload, AllocationReleaseRequestedV1, AllocationRequestedPayload, AllocationRequestedV1, TOPICS } from '@yunghap/contracts';
import { GrantsStreams, MENTORING_LINE_ID, mentoringAllocationDecider } from '@yunghap/grants-domain';
import { EventStoreSession, handleCommand } from '@yunghap/event-store';
import { CommandMetadata, DomainError, programYearOf, won } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, ServiceLogger, systemMetadata } from '@yunghap/platform-nest';
import { decideMoveRecord } from '../money/money-flow';
import { ALLOCATION_OUTBOX } from './allocation.outbox';

/** Thrown so that the message is retried, then parked on the dead-letter topic with the refusal. */
class RefusedMessageError extends Error {
  constructor(error: DomainError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'RefusedMessageError';
  }
}

/**
 * Follows the mentoring service: a request becomes an allocation awaiting finance; a release
 * gives an approved allocation's money back to the mentoring line, and turns a request still
 * waiting into a rejection, so finance cannot approve it after the engagement ended. Everything is
 * appended through the consumer's session, with the processed message id.
 */
@Injectable()
export class AllocationRequestsConsumer implements ConsumerDefinition {
  readonly name = 'grants.on-allocation-requests';
  readonly topics = [TOPICS.mentoring];
  private readonly logger: Logger;

  constructor(logger: ServiceLogger) {
    this.logger = logger.for(AllocationRequestsConsumer.name);
  }

  readonly handle = async (message: IntegrationMessage, session: EventStoreSession): Promise<void> => {
    const metadata = systemMetadata(message.correlationId, message.messageId);
    const requested = contractPayloadOf(AllocationRequestedV1, message);
    if (requested) return this.requested(requested, session, metadata);
    const release = contractPayloadOf(AllocationReleaseRequestedV1, message);
    if (release) return this.released(release, session, metadata);
  };

  private async requested(request: AllocationRequestedPayload, session: EventStoreSession, metadata: CommandMetadata): Promise<void> {
    const { allocationId, engagementId, consortiumId, confirmedBy, amountWon } = request;
    const data = { allocationId, year: programYearOf(metadata.now), engagementId, consortiumId, lineId: MENTORING_LINE_ID, amount: won(amountWon), confirmedBy };
    const result = await handleCommand(session, GrantsStreams.allocation(allocationId), { type: 'RequestAllocation', data, metadata }, mentoringAllocationDecider);
    if (result.ok) return;
    // The same request published twice under two message ids: the first one stands.
    if (result.error.code === 'ALLOCATION.ALREADY_REQUESTED') return this.logger.info({ allocationId }, 'allocation already requested');
    throw new RefusedMessageError(result.error);
  }

  private async released(release: AllocationReleaseRequestedPayload, session: EventStoreSession, metadata: CommandMetadata): Promise<void> {
    const { allocationId, reason } = release;
    const streamId = GrantsStreams.allocation(allocationId);
    const releasing = await decideMoveRecord(session, streamId, { type: 'ReleaseAllocation', data: { allocationId, reason }, metadata }, mentoringAllocationDecider);
    if (releasing.ok) return;
    if (releasing.error.code !== 'ALLOCATION.NOT_APPROVED') throw new RefusedMessageError(releasing.error);
    const rejecting = await handleCommand(session, streamId, { type: 'RejectAllocation', data: { allocationId, reason: 'declined', note: reason }, metadata }, mentoringAllocationDecider, ALLOCATION_OUTBOX);
    // Rejected or released already: the money is not on the line, nothing is left to do.
    if (!rejecting.ok && rejecting.error.code !== 'ALLOCATION.NOT_AWAITING_DECISION') throw new RefusedMessageError(rejecting.error);
  }
}
