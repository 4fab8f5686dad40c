import { momentOf, Province } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { routingDecider } from './routing.decider';
import { RoutingEvent } from './routing.events';
import { ProvinceMapping, RoutingState } from './routing.state';

/** The mapping in force now, or `undefined` before the routing is initialised. */
export function currentMapping(state: RoutingState): ProvinceMapping | undefined {
  return state.status === 'initialised' ? state.mapping : undefined;
}

/**
 * The mapping in force at the instant `at`, from the routing stream's events in order: a change
 * applies from its effective instant inclusive. `undefined` before the routing was initialised.
 * Example: `mappingAt(history, application.submittedAt)?.mappingVersion` — worth recording with the routing.
 */
export function mappingAt(routingHistory: readonly RoutingEvent[], at: string): ProvinceMapping | undefined {
  const moment = momentOf(at);
  // The decider refuses changes that would run backwards in time, so the events in force at
  // `moment` are exactly those effective at or before it.
  const inForce = routingHistory.filter((event) => momentOf(event.data.effectiveAt) <= moment);
  return currentMapping(inForce.reduce(routingDecider.evolve, routingDecider.initialState()));
}

/**
 * The center a province belonged to at the instant `at`; an application is routed by the
 * mapping in force when it was submitted, not by today's.
 * Example: `centerForProvince(history, '제주', '2026-03-02T10:00:00+09:00')` → `'honam'`.
 */
export function centerForProvince(routingHistory: readonly RoutingEvent[], province: Province, at: string): CenterId | undefined {
  return mappingAt(routingHistory, at)?.provinces[province];
}
