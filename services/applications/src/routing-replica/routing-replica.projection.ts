import type { RecordedEvent } from '@yunghap/event-store';
import type { Projection } from '@yunghap/read-models';
import { ProvinceRouting, ROUTING_REPLICA_STREAM_ID } from './routing-replica.decider';

export const ROUTING_REPLICA_COLLECTION = 'routing-replica';

/** Every routing change heard of, oldest version first; `mappingInForce` answers from it. */
export interface RoutingReplicaView {
  readonly _id: typeof ROUTING_REPLICA_STREAM_ID;
  readonly changes: readonly ProvinceRouting[];
}

/** One document with the whole history: seventeen provinces and the occasional change. */
export const routingReplicaProjection: Projection<RoutingReplicaView> = {
  name: 'routing-replica',
  collection: ROUTING_REPLICA_COLLECTION,
  handles: ['ProvinceRoutingRecorded'],
  documentId: () => ROUTING_REPLICA_STREAM_ID,
  apply: (doc, recorded: RecordedEvent) => ({
    _id: ROUTING_REPLICA_STREAM_ID,
    changes: [...(doc?.changes ?? []), recorded.data as unknown as ProvinceRouting].sort((a, b) => a.mappingVersion - b.mappingVersion),
  }),
};
