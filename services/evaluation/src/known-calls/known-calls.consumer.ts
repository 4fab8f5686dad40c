import { CallClosedV1, CallOpenedV1, TOPICS } from '@yunghap/contracts';
import { KnownCallCommand, knownCallDecider, knownCallStreamId } from '@yunghap/evaluation-domain';
import { handleCommand } from '@yunghap/event-store';
import { CommandMetadata } from '@yunghap/kernel';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, DomainRefusal, systemMetadata } from '@yunghap/platform-nest';

function commandOf(message: IntegrationMessage, metadata: CommandMetadata): KnownCallCommand | null {
  const opened = contractPayloadOf(CallOpenedV1, message);
  if (opened) {
    const { callId, budgetLineId, title, opensAt, closesAt } = opened;
    return { type: 'RecordCallOpened', data: { callId, budgetLineId, title, opensAt, closesAt }, metadata };
  }
  const closed = contractPayloadOf(CallClosedV1, message);
  if (closed) return { type: 'RecordCallClosed', data: { callId: closed.callId, closedAt: closed.closedAt }, metadata };
  return null;
}

/**
 * Learns the calls from `applications.CallOpened` and `…CallClosed`, so that committees and rubrics
 * are made for calls that exist without asking the applications service. Appended through the
 * consumer's session: it commits with the processed message id, and the decider records each fact once.
 */
export const knownCallsConsumer: ConsumerDefinition = {
  name: 'evaluation.known-calls',
  topics: [TOPICS.applications],
  handle: async (message, session) => {
    const command = commandOf(message, systemMetadata(message.correlationId, message.messageId));
    if (!command) return;
    const result = await handleCommand(session, knownCallStreamId(command.data.callId), command, knownCallDecider);
    if (!result.ok) throw new DomainRefusal(result.error);
  },
};
