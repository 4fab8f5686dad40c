import { ProvinceRouting, ProvinceRoutingRecorded, ROUTING_REPLICA_STREAM_ID } from '@yunghap/applications-domain';
import { collectionRef, defineProjection } from '@yunghap/read-models';

/** Every routing change heard of, oldest version first; `mappingInForce` answers from it. */
export interface RoutingReplicaView {
  readonly _id: typeof ROUTING_REPLICA_STREAM_ID;
  readonly changes: readonly ProvinceRouting[];
}

export const ROUTING_REPLICA = collectionRef<RoutingReplicaView>('routing-replica');

/** One document with the whole history: seventeen provinces and the occasional change. */
export const routingReplicaProjection = defineProjection<ProvinceRoutingRecorded, RoutingReplicaView>({
  name: 'routing-replica',
  collection: ROUTING_REPLICA,
  handles: { ProvinceRoutingRecorded: true },
  idOf: () => ROUTING_REPLICA_STREAM_ID,
  evolve: (doc, event) => ({
    _id: ROUTING_REPLICA_STREAM_ID,
    changes: [...(doc?.changes ?? []), event.data].sort((a, b) => a.mappingVersion - b.mappingVersion),
  }),
});
