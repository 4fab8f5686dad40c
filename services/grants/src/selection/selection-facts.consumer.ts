import { Injectable } from '@nestjs/common';
import { ApplicationScreenedV1, ApplicationSubmittedV1, EvaluationCompletedV1, TOPICS } from '@yunghap/contracts';
import { EventStoreSession, handleCommand } from '@yunghap/event-store';
import { candidateDecider, GrantsStreams, SelectionFact } from '@yunghap/grants-domain';
import { won } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, systemMetadata } from '@yunghap/platform-nest';

function factOf(message: IntegrationMessage): { applicationId: string; fact: SelectionFact } | null {
  const submitted = contractPayloadOf(ApplicationSubmittedV1, message);
  if (submitted) {
    const { applicationId, callId, centerId, title, requestedWon, submittedAt } = submitted;
    return { applicationId, fact: { kind: 'submission', callId, centerId, title, requestedWon: won(requestedWon), submittedAt } };
  }
  const screened = contractPayloadOf(ApplicationScreenedV1, message);
  if (screened) {
    const { applicationId, callId, centerId, eligible, failedRules, requestedWon, screenedAt } = screened;
    return { applicationId, fact: { kind: 'screening', callId, centerId, eligible, failedRules: failedRules.map((rule) => rule.code), requestedWon: won(requestedWon), screenedAt } };
  }
  const completed = contractPayloadOf(EvaluationCompletedV1, message);
  if (completed) {
    const { applicationId, callId, centerId, passed, totalHundredths, criteria, sealedSheets, failedReasons, completedAt } = completed;
    const scores = criteria.map(({ criterionId, meanHundredths, metMinimum }) => ({ criterionId, meanHundredths, metMinimum }));
    return { applicationId, fact: { kind: 'evaluation', callId, centerId, passed, totalHundredths, criteria: scores, sealedSheets, failedReasons, completedAt } };
  }
  return null;
}

/**
 * Keeps the selection facts grants decides on: the requested amount from the applications
 * service and the result from the evaluation service. Appended through the consumer's session,
 * so the copy commits with the processed message id; the causation id is the message id, which the
 * audit trace shows.
 */
@Injectable()
export class SelectionFactsConsumer implements ConsumerDefinition {
  readonly name = 'grants.on-selection-facts';
  readonly topics = [TOPICS.applications, TOPICS.evaluation];

  readonly handle = async (message: IntegrationMessage, session: EventStoreSession): Promise<void> => {
    const noted = factOf(message);
    if (!noted) return;
    const metadata = systemMetadata(message.correlationId, message.messageId);
    const data = message.actor ? { ...noted, decidedBy: message.actor } : noted;
    const result = await handleCommand(session, GrantsStreams.candidate(noted.applicationId), { type: 'NoteSelectionFact', data, metadata }, candidateDecider);
    // Only a non-system actor is refused, which a consumer never is: a refusal here is a bug worth parking.
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  };
}
