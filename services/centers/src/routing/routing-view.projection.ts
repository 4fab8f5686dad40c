import { ProvinceMapping, RoutingEvent, routingDecider } from '@yunghap/centers-domain';
import { Province } from '@yunghap/kernel';
import { collectionRef, defineProjection, domainEventOf } from '@yunghap/read-models';

export const ROUTING_VIEW_ID = 'province-routing';

export interface RoutingChange {
  readonly mappingVersion: number;
  readonly effectiveAt: string;
  readonly province: Province | null;
  readonly fromCenterId: string | null;
  readonly toCenterId: string | null;
  readonly reason: string;
  readonly changedBy: string;
}

export interface RoutingView {
  readonly _id: typeof ROUTING_VIEW_ID;
  readonly current: ProvinceMapping;
  /** Every routing event in order: `mappingAt` answers "which center, at that time" from it. */
  readonly events: readonly RoutingEvent[];
  readonly changes: readonly RoutingChange[];
}

export const ROUTING = collectionRef<RoutingView>('routing');

function change(event: RoutingEvent, actor: string): RoutingChange {
  if (event.type === 'RoutingInitialised') {
    return {
      mappingVersion: event.data.mappingVersion,
      effectiveAt: event.data.effectiveAt,
      province: null,
      fromCenterId: null,
      toCenterId: null,
      reason: 'initial mapping',
      changedBy: actor,
    };
  }
  const { mappingVersion, effectiveAt, province, fromCenterId, toCenterId, reason } = event.data;
  return { mappingVersion, effectiveAt, province, fromCenterId, toCenterId, reason, changedBy: actor };
}

/** The province → center mapping now, and its whole history (one document: the mapping is small). */
export const routingViewProjection = defineProjection<RoutingEvent, RoutingView>({
  name: 'routing-view',
  collection: ROUTING,
  handles: { RoutingInitialised: true, ProvinceReassigned: true },
  idOf: () => ROUTING_VIEW_ID,
  evolve: (doc, recorded) => {
    // The view keeps the events as the domain declares them, not the store's envelope.
    const event = domainEventOf<RoutingEvent>(recorded);
    const events = [...(doc?.events ?? []), event];
    const state = events.reduce(routingDecider.evolve, routingDecider.initialState());
    if (state.status !== 'initialised') return doc;
    return { _id: ROUTING_VIEW_ID, current: state.mapping, events, changes: [...(doc?.changes ?? []), change(event, recorded.metadata.actor.userId)] };
  },
});
