import { ROUTING_REPLICA_STREAM_ID, routingReplicaDecider } from '@yunghap/applications-domain';
import { ProvinceRoutingChangedV1, TOPICS } from '@yunghap/contracts';
import { handleCommand } from '@yunghap/event-store';
import { ConsumerDefinition, contractPayloadOf, DomainRefusal, systemMetadata } from '@yunghap/platform-nest';

/**
 * Keeps the local copy of the province routing: every `centers.ProvinceRoutingChanged` becomes an
 * event of the replica stream, so routing at submission never asks the centers service.
 */
export const routingReplicaConsumer: ConsumerDefinition = {
  name: 'applications.routing-replica',
  topics: [TOPICS.centers],
  handle: async (message, session) => {
    const change = contractPayloadOf(ProvinceRoutingChangedV1, message);
    if (!change) return;
    const { province, fromCenterId, toCenterId, mappingVersion, effectiveAt } = change;
    const result = await handleCommand(
      session,
      ROUTING_REPLICA_STREAM_ID,
      {
        type: 'RecordProvinceRouting',
        data: { province, fromCenterId: fromCenterId ?? null, toCenterId, mappingVersion, effectiveAt },
        metadata: systemMetadata(message.correlationId, message.messageId),
      },
      routingReplicaDecider,
    );
    if (!result.ok) throw new DomainRefusal(result.error);
  },
};
