import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApplicationScreenedPayload, ApplicationScreenedV1, ApplicationWithdrawnPayload, ApplicationWithdrawnV1, parseContract, TOPICS } from '@yunghap/contracts';
import { EventStoreSession, handleCommand, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, DomainError } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, ServiceLogger, systemMetadata } from '@yunghap/platform-nest';
import { evaluationRequestDecider } from './evaluation-request.decider';
import { openEvaluation, STILL_WAITING } from './evaluation-opening';
import { evaluationRequestStreamId } from './evaluation-streams';

/** Nothing left to do: another delivery or trigger opened it, or the applicant withdrew. */
const SETTLED = new Set(['EVALUATION.ALREADY_OPENED', 'EVALUATION.WITHDRAWN']);

/** Thrown so that the message is retried, then parked on the dead-letter topic with the refusal. */
class RefusedMessageError extends Error {
  constructor(error: DomainError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'RefusedMessageError';
  }
}

function accepted<E, S>(result: HandleResult<E, S>): void {
  if (!result.ok) throw new RefusedMessageError(result.error);
}

/**
 * Follows the applications service: an application screened eligible is requested for evaluation
 * and opened at once when its call has a committee to serve it; a withdrawal ends its evaluation,
 * waiting or open. Everything is appended through the consumer's session, so it commits with the
 * processed message id and a redelivery changes nothing.
 */
@Injectable()
export class ApplicationEventsConsumer implements ConsumerDefinition {
  readonly name = 'evaluation.on-application-events';
  readonly topics = [TOPICS.applications];
  private readonly logger: Logger;

  constructor(logger: ServiceLogger) {
    this.logger = logger.for(ApplicationEventsConsumer.name);
  }

  readonly handle = async (message: IntegrationMessage, session: EventStoreSession): Promise<void> => {
    const metadata = systemMetadata(message.correlationId, message.messageId);
    if (message.type === ApplicationScreenedV1.type) return this.screened(parseContract(ApplicationScreenedV1, message.payload), session, metadata);
    if (message.type === ApplicationWithdrawnV1.type) return this.withdrawn(parseContract(ApplicationWithdrawnV1, message.payload), session, metadata);
  };

  private async screened(screening: ApplicationScreenedPayload, session: EventStoreSession, metadata: CommandMetadata): Promise<void> {
    if (!screening.eligible) return;
    const { applicationId, callId, centerId, memberRegistrationNumbers: firms, submittedAt: applicationSubmittedAt } = screening;
    const data = { applicationId, callId, centerId, firms, applicationSubmittedAt };
    accepted(await handleCommand(session, evaluationRequestStreamId(applicationId), { type: 'RequestEvaluation', data, metadata }, evaluationRequestDecider));

    const opening = await openEvaluation(session, applicationId, metadata);
    if (opening.ok || SETTLED.has(opening.error.code)) return;
    if (STILL_WAITING.has(opening.error.code)) return this.logger.info({ applicationId, code: opening.error.code }, 'evaluation waiting for a committee');
    // Registration numbers or a submission time the domain refuses: throwing rolls the request back too.
    throw new RefusedMessageError(opening.error);
  }

  private async withdrawn(withdrawal: ApplicationWithdrawnPayload, session: EventStoreSession, metadata: CommandMetadata): Promise<void> {
    const data = { applicationId: withdrawal.applicationId, callId: withdrawal.callId };
    accepted(await handleCommand(session, evaluationRequestStreamId(data.applicationId), { type: 'WithdrawFromEvaluation', data, metadata }, evaluationRequestDecider));
  }
}
