import type { Logger } from 'pino';
import { RecordEvaluationResult, StartEvaluation } from '@yunghap/applications-domain';
import { EvaluationCompletedV1, EvaluationOpenedV1, TOPICS } from '@yunghap/contracts';
import { handleCommand } from '@yunghap/event-store';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, DomainRefusal, systemMetadata } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applicationMessages } from '../applications/applications.outbox';
import { applicationStreamId } from '../shared/stream-ids';


/** The command an evaluation message means for the application, or null for the topic's other messages. */
function commandFor(message: IntegrationMessage): StartEvaluation | RecordEvaluationResult | null {
  const metadata = systemMetadata(message.correlationId, message.messageId);
  const opened = contractPayloadOf(EvaluationOpenedV1, message);
  if (opened) return { type: 'StartEvaluation', data: { applicationId: opened.applicationId, committeeId: opened.committeeId }, metadata };
  const completed = contractPayloadOf(EvaluationCompletedV1, message);
  if (completed) {
    const { applicationId, passed, totalHundredths } = completed;
    return { type: 'RecordEvaluationResult', data: { applicationId, outcome: passed ? 'passed' : 'failed', totalScore: totalHundredths / 100 }, metadata };
  }
  return null;
}

/**
 * Follows the evaluation context: `EvaluationOpened` puts the application in evaluation (and so
 * in view of that committee's members), `EvaluationCompleted` records passed or failed.
 * A refusal is thrown, so the consumer retries it (a completion can overtake its opening across
 * partitions) and then parks it on the dead-letter topic; the one exception is an application
 * withdrawn meanwhile, where the withdrawal stands and the message changes nothing.
 */
export function evaluationOutcomeConsumer(decider: ApplicationDecider, logger: Logger): ConsumerDefinition {
  return {
    name: 'applications.evaluation-outcome',
    topics: [TOPICS.evaluation],
    handle: async (message, session) => {
      const command = commandFor(message);
      if (!command) return;
      const result = await handleCommand(session, applicationStreamId(command.data.applicationId), command, decider, { outbox: applicationMessages });
      if (result.ok) return;
      if (result.error.code === 'APPLICATION.WITHDRAWN') {
        logger.info({ applicationId: command.data.applicationId, type: message.type }, 'evaluation message for a withdrawn application; ignored');
        return;
      }
      throw new DomainRefusal(result.error);
    },
  };
}
