import { Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApplicationScreenedPayload, ApplicationScreenedV1, ApplicationWithdrawnPayload, ApplicationWithdrawnV1, TOPICS } from '@yunghap/contracts';
import { evaluationDecider, evaluationRequestDecider, evaluationRequestStreamId, evaluationStreamId } from '@yunghap/evaluation-domain';
import { EventStoreSession, handleCommand, HandleResult } from '@yunghap/event-store';
import { CommandMetadata, DomainError } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, ServiceLogger, systemMetadata } from '@yunghap/platform-nest';
import { openEvaluation, STILL_WAITING } from './evaluation-opening';
import { EVALUATION_OUTBOX } from './evaluation.outbox';

/** Nothing left to do: another delivery or trigger opened it, or the applicant withdrew. */
const SETTLED = new Set(['EVALUATION.ALREADY_OPENED', 'EVALUATION.WITHDRAWN']);
/**
 * A withdrawn application whose evaluation is not open: still waiting (the withdrawn request keeps
 * it from opening), already closed (the withdrawal only takes it out of the ranking) or already ended.
 */
const NOTHING_TO_ABANDON = new Set(['EVALUATION.NOT_FOUND', 'EVALUATION.ALREADY_CLOSED', 'EVALUATION.ABANDONED']);

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
 * and opened at once when its call has a committee to serve it; a withdrawal is recorded on the
 * request (so a waiting evaluation never opens and a closed one leaves the ranking) and abandons an
 * open evaluation in the domain. Everything is appended through the consumer's session, so it commits with the
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
    const screened = contractPayloadOf(ApplicationScreenedV1, message);
    if (screened) return this.screened(screened, session, metadata);
    const withdrawn = contractPayloadOf(ApplicationWithdrawnV1, message);
    if (withdrawn) return this.withdrawn(withdrawn, session, metadata);
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
    const { applicationId, callId } = withdrawal;
    accepted(await handleCommand(session, evaluationRequestStreamId(applicationId), { type: 'WithdrawFromEvaluation', data: { applicationId, callId }, metadata }, evaluationRequestDecider));
    const abandon = { type: 'AbandonEvaluation', data: { applicationId, reason: 'application-withdrawn' }, metadata } as const;
    const abandoning = await handleCommand(session, evaluationStreamId(applicationId), abandon, evaluationDecider, EVALUATION_OUTBOX);
    if (!abandoning.ok && !NOTHING_TO_ABANDON.has(abandoning.error.code)) throw new RefusedMessageError(abandoning.error);
  }
}
