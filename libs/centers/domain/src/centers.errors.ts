import { DomainError, Province, Role } from '@yunghap/kernel';
import { CenterId } from './center-id';
import { StaffRole } from './center/center.commands';

// Details carry ids and codes only: staff names are personal data and stay out of error bodies.

export const CenterError = {
  forbidden: (action: string, role: Role) => new DomainError('CENTERS.FORBIDDEN', 'forbidden', `The role ${role} may not ${action}.`, { action, role }),

  notRegistered: (centerId: CenterId) => new DomainError('CENTERS.NOT_REGISTERED', 'not-found', `Center ${centerId} is not registered.`, { centerId }),

  alreadyRegistered: (centerId: CenterId, differingFields: readonly string[]) =>
    new DomainError('CENTERS.ALREADY_REGISTERED', 'conflict', `Center ${centerId} is already registered with different details.`, {
      centerId,
      differingFields,
    }),

  /** A command names a center that is not among the known ones (as opposed to addressing one). */
  unknownCenter: (centerId: CenterId) => new DomainError('CENTERS.UNKNOWN_CENTER', 'rule', `There is no regional center ${centerId}.`, { centerId }),

  staffAlreadyAssigned: (centerId: CenterId, userId: string, role: StaffRole) =>
    new DomainError('CENTERS.STAFF_ALREADY_ASSIGNED', 'conflict', `User ${userId} is already assigned to center ${centerId}.`, {
      centerId,
      userId,
      role,
    }),

  staffNotAssigned: (centerId: CenterId, userId: string) =>
    new DomainError('CENTERS.STAFF_NOT_ASSIGNED', 'not-found', `User ${userId} is not assigned to center ${centerId}.`, { centerId, userId }),
};

export const RoutingError = {
  forbidden: (action: string, role: Role) => new DomainError('ROUTING.FORBIDDEN', 'forbidden', `The role ${role} may not ${action}.`, { action, role }),

  notInitialised: () => new DomainError('ROUTING.NOT_INITIALISED', 'conflict', 'The province routing has not been initialised.'),

  unknownProvince: (province: string) =>
    new DomainError('ROUTING.UNKNOWN_PROVINCE', 'rule', `${JSON.stringify(province)} is not a province code.`, { province }),

  incompleteMapping: (missing: readonly Province[]) =>
    new DomainError('ROUTING.INCOMPLETE_MAPPING', 'rule', `Every province needs a center; missing: ${missing.join(', ')}.`, { missing }),

  sameCenter: (province: Province, centerId: CenterId) =>
    new DomainError('ROUTING.SAME_CENTER', 'conflict', `${province} is already routed to center ${centerId}.`, { province, centerId }),

  reasonRequired: (province: Province) =>
    new DomainError('ROUTING.REASON_REQUIRED', 'rule', `Reassigning ${province} needs a reason for the audit trail.`, { province }),

  /** The history is read by effective time, so it must never run backwards. */
  outOfOrder: (effectiveAt: string, lastEffectiveAt: string) =>
    new DomainError('ROUTING.OUT_OF_ORDER', 'conflict', `A change effective at ${effectiveAt} would precede the change in force since ${lastEffectiveAt}.`, {
      effectiveAt,
      lastEffectiveAt,
    }),
};
