import { assertNever, Decider, Decision, DomainCommand, DomainEvent, Role, roleNotAllowed } from '@yunghap/kernel';
import { EVALUATION_ROLES } from './evaluation.roles';

export type RecordRoutedCenters = DomainCommand<'RecordRoutedCenters', { readonly centerIds: readonly string[] }>;
export type CenterKnown = DomainEvent<'CenterKnown', { readonly centerId: string }>;
export type KnownCentersState = { readonly centerIds: readonly string[] };

/**
 * The centers this service knows of. The centers service publishes no event per center, but every
 * center serves provinces and every routing change names the centers it moves a province between,
 * so the seeded routing alone names all seven. A center once known stays known: centers are never
 * removed, and a committee of a center that lost its provinces still scores that center's calls.
 */
function decide(command: RecordRoutedCenters, state: KnownCentersState): Decision<CenterKnown> {
  const allowed: readonly Role[] = EVALUATION_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return roleNotAllowed('KNOWN_CENTERS.ROLE_NOT_ALLOWED', command.metadata.actor, allowed);
  switch (command.type) {
    case 'RecordRoutedCenters': {
      const unknown = [...new Set(command.data.centerIds)].filter((centerId) => !state.centerIds.includes(centerId));
      return unknown.map((centerId) => ({ type: 'CenterKnown', data: { centerId } }));
    }
    default:
      return assertNever(command.type);
  }
}

function evolve(state: KnownCentersState, event: CenterKnown): KnownCentersState {
  switch (event.type) {
    case 'CenterKnown':
      return { centerIds: [...state.centerIds, event.data.centerId] };
    default:
      return assertNever(event.type);
  }
}

export const knownCentersDecider: Decider<RecordRoutedCenters, CenterKnown, KnownCentersState> = {
  decide,
  evolve,
  initialState: () => ({ centerIds: [] }),
};
