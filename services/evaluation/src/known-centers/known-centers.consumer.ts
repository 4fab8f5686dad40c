import { ProvinceRoutingChangedV1, TOPICS } from '@yunghap/contracts';
import { KNOWN_CENTERS_STREAM_ID, knownCentersDecider } from '@yunghap/evaluation-domain';
import { handleCommand } from '@yunghap/event-store';
import { ConsumerDefinition, contractPayloadOf, DomainRefusal, systemMetadata } from '@yunghap/platform-nest';

/**
 * Learns the centers from `centers.ProvinceRoutingChanged`, so a committee is formed for a center
 * that exists without asking the centers service. Appended through the consumer's session: it
 * commits with the processed message id, and the decider records a center once.
 */
export const knownCentersConsumer: ConsumerDefinition = {
  name: 'evaluation.known-centers',
  topics: [TOPICS.centers],
  handle: async (message, session) => {
    const change = contractPayloadOf(ProvinceRoutingChangedV1, message);
    if (!change) return;
    const centerIds = change.fromCenterId === undefined ? [change.toCenterId] : [change.fromCenterId, change.toCenterId];
    const command = { type: 'RecordRoutedCenters', data: { centerIds }, metadata: systemMetadata(message.correlationId, message.messageId) } as const;
    const result = await handleCommand(session, KNOWN_CENTERS_STREAM_ID, command, knownCentersDecider);
    if (!result.ok) throw new DomainRefusal(result.error);
  },
};
