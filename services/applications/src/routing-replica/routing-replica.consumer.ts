import { ROUTING_REPLICA_STREAM_ID, routingReplicaDecider } from '@yunghap/applications-domain';
import { ProvinceRoutingChangedV1 } from '@yunghap/contracts';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

const replica = commandTarget({ decider: routingReplicaDecider, streamId: () => ROUTING_REPLICA_STREAM_ID });

/**
 * Keeps the local copy of the province routing: every `centers.ProvinceRoutingChanged` becomes an
 * event of the replica stream, so routing at submission never asks the centers service.
 */
export const routingReplicaConsumer = defineConsumer({
  name: 'applications.routing-replica',
  reads: [
    replica.on(ProvinceRoutingChangedV1, ({ province, fromCenterId, toCenterId, mappingVersion, effectiveAt }, metadata) => ({
      type: 'RecordProvinceRouting',
      data: { province, fromCenterId: fromCenterId ?? null, toCenterId, mappingVersion, effectiveAt },
      metadata,
    })),
  ],
});
