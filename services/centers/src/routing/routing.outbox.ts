import { RoutingEvent } from '@yunghap/centers-domain';
import { ProvinceRoutingChangedV1 } from '@yunghap/contracts';
import { OutboxContext } from '@yunghap/event-store';
import { publish } from '@yunghap/platform-nest';

/**
 * What other services learn of the routing: one `ProvinceRoutingChanged` per province whose
 * center changed (all seventeen when the mapping is first set), keyed by province.
 */
export function routingMessages(events: readonly RoutingEvent[], context: OutboxContext) {
  return events.flatMap((event) => {
    if (event.type === 'RoutingInitialised') {
      return Object.entries(event.data.provinces).map(([province, toCenterId]) =>
        publish(
          ProvinceRoutingChangedV1,
          province,
          { province, toCenterId, mappingVersion: event.data.mappingVersion, effectiveAt: event.data.effectiveAt },
          context,
        ),
      );
    }
    const { province, fromCenterId, toCenterId, mappingVersion, effectiveAt } = event.data;
    return [publish(ProvinceRoutingChangedV1, province, { province, fromCenterId, toCenterId, mappingVersion, effectiveAt }, context)];
  });
}
