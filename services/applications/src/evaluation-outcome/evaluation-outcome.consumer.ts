import type { Logger } from 'pino';
import { RecordEvaluationResult, StartEvaluation } from '@yunghap/applications-domain';
import { EvaluationCompletedV1, EvaluationOpenedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, systemMetadata } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applyExternalCommand } from '../shared/external-command';

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
 */
export function evaluationOutcomeConsumer(decider: ApplicationDecider, logger: Logger): ConsumerDefinition {
  return {
    name: 'applications.evaluation-outcome',
    topics: [TOPICS.evaluation],
    handle: async (message, session) => {
      const command = commandFor(message);
      if (command) await applyExternalCommand(session, command, decider, logger);
    },
  };
}
