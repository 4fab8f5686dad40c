import { assertNever, Decider, Decision, DomainError, isBlank, isProvince, momentOf, PROVINCES, Role } from '@yunghap/kernel';
import { CenterError, RoutingError } from '../centers.errors';
import { CENTERS_ROLES } from '../centers.roles';
import { InitialiseRouting, ReassignProvince, RoutingCommand, RoutingSetup } from './routing.commands';
import { RoutingEvent } from './routing.events';
import { RoutingState } from './routing.state';

function invalidSetup({ centerIds, provinces }: RoutingSetup): DomainError | undefined {
  // Commands come from JSON, so the compile-time Record guarantees nothing at run time.
  const stray = Object.keys(provinces).find((key) => !isProvince(key));
  if (stray !== undefined) return RoutingError.unknownProvince(stray);
  const missing = PROVINCES.filter((province) => !Object.hasOwn(provinces, province));
  if (missing.length > 0) return RoutingError.incompleteMapping(missing);
  const unknown = PROVINCES.map((province) => provinces[province]).find((target) => !centerIds.includes(target));
  return unknown === undefined ? undefined : CenterError.unknownCenter(unknown);
}

function initialise(command: InitialiseRouting, state: RoutingState): Decision<RoutingEvent> {
  // Re-seeding at start-up must not undo the reassignments made since.
  if (state.status === 'initialised') return [];
  const invalid = invalidSetup(command.data);
  if (invalid) return invalid;
  const { centerIds, provinces } = command.data;
  return [{ type: 'RoutingInitialised', data: { centerIds: [...new Set(centerIds)], provinces, mappingVersion: 1, effectiveAt: command.metadata.now } }];
}

function reassign(command: ReassignProvince, state: RoutingState): Decision<RoutingEvent> {
  if (state.status !== 'initialised') return RoutingError.notInitialised();
  const { province, toCenterId, reason } = command.data;
  if (!isProvince(province)) return RoutingError.unknownProvince(province);
  if (!state.centerIds.includes(toCenterId)) return CenterError.unknownCenter(toCenterId);
  if (isBlank(reason)) return RoutingError.reasonRequired(province);
  const fromCenterId = state.mapping.provinces[province];
  if (fromCenterId === toCenterId) return RoutingError.sameCenter(province, toCenterId);
  const effectiveAt = command.metadata.now;
  if (momentOf(effectiveAt) < momentOf(state.mapping.effectiveAt)) return RoutingError.outOfOrder(effectiveAt, state.mapping.effectiveAt);
  return [
    {
      type: 'ProvinceReassigned',
      data: { province, fromCenterId, toCenterId, reason, mappingVersion: state.mapping.mappingVersion + 1, effectiveAt },
    },
  ];
}

function decide(command: RoutingCommand, state: RoutingState): Decision<RoutingEvent> {
  const { role } = command.metadata.actor;
  const allowed: readonly Role[] = CENTERS_ROLES[command.type];
  if (!allowed.includes(role)) return RoutingError.forbidden(command.type, role);
  switch (command.type) {
    case 'InitialiseRouting':
      return initialise(command, state);
    case 'ReassignProvince':
      return reassign(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: RoutingState, event: RoutingEvent): RoutingState {
  switch (event.type) {
    case 'RoutingInitialised': {
      const { centerIds, provinces, mappingVersion, effectiveAt } = event.data;
      return { status: 'initialised', centerIds, mapping: { mappingVersion, effectiveAt, provinces } };
    }
    case 'ProvinceReassigned': {
      // The stream is the source of truth: a reassignment cannot precede the initialisation.
      if (state.status !== 'initialised') return state;
      const { province, toCenterId, mappingVersion, effectiveAt } = event.data;
      return { ...state, mapping: { mappingVersion, effectiveAt, provinces: { ...state.mapping.provinces, [province]: toCenterId } } };
    }
    default:
      return assertNever(event);
  }
}

/** Which regional center serves each province: data a program manager changes, one event per change. */
export const routingDecider: Decider<RoutingCommand, RoutingEvent, RoutingState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'uninitialised' }),
};
