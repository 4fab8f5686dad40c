import { assertNever, Decider, Decision, DomainError, isDomainError, Role } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { CenterError } from '../centers.errors';
import { CENTERS_ROLES } from '../centers.roles';
import { CenterDetails, differingFields } from './center-details';
import { AssignStaff, CenterCommand, RegisterCenter, UnassignStaff, UpdateCenterDetails } from './center.commands';
import { CenterEvent } from './center.events';
import { CenterState, RegisteredCenter } from './center.state';

// Copies exactly the detail fields, so that whatever else a command or event carries never
// leaks into the state or into the events appended to the audit log.
const detailsOf = ({ regionName, institution: { nameKo, nameEn } }: CenterDetails): CenterDetails => ({ regionName, institution: { nameKo, nameEn } });

function registered(state: CenterState, centerId: CenterId): RegisteredCenter | DomainError {
  // A registered state under another id means the command reached the wrong stream: the
  // center it addresses is, as far as this stream knows, not registered.
  return state.status === 'registered' && state.centerId === centerId ? state : CenterError.notRegistered(centerId);
}

function register(command: RegisterCenter, state: CenterState): Decision<CenterEvent> {
  const { centerId } = command.data;
  if (state.status === 'registered') {
    // Idempotent so that seeding the seven centers at every start-up is harmless.
    const differing = differingFields(state.details, command.data);
    return differing.length === 0 ? [] : CenterError.alreadyRegistered(centerId, differing);
  }
  return [{ type: 'CenterRegistered', data: { centerId, ...detailsOf(command.data), registeredAt: command.metadata.now } }];
}

function updateDetails(command: UpdateCenterDetails, state: CenterState): Decision<CenterEvent> {
  const center = registered(state, command.data.centerId);
  if (isDomainError(center)) return center;
  if (differingFields(center.details, command.data).length === 0) return [];
  return [{ type: 'CenterDetailsUpdated', data: { centerId: center.centerId, ...detailsOf(command.data), updatedAt: command.metadata.now } }];
}

function assignStaff(command: AssignStaff, state: CenterState): Decision<CenterEvent> {
  const center = registered(state, command.data.centerId);
  if (isDomainError(center)) return center;
  const { userId, name, role } = command.data;
  const existing = center.staff.find((member) => member.userId === userId);
  if (existing) return CenterError.staffAlreadyAssigned(center.centerId, userId, existing.role);
  return [{ type: 'StaffAssigned', data: { centerId: center.centerId, userId, name, role, assignedAt: command.metadata.now } }];
}

function unassignStaff(command: UnassignStaff, state: CenterState): Decision<CenterEvent> {
  const center = registered(state, command.data.centerId);
  if (isDomainError(center)) return center;
  const { userId } = command.data;
  if (!center.staff.some((member) => member.userId === userId)) return CenterError.staffNotAssigned(center.centerId, userId);
  return [{ type: 'StaffUnassigned', data: { centerId: center.centerId, userId, unassignedAt: command.metadata.now } }];
}

function decide(command: CenterCommand, state: CenterState): Decision<CenterEvent> {
  const { role } = command.metadata.actor;
  const administrators: readonly Role[] = CENTERS_ROLES[command.type];
  if (!administrators.includes(role)) return CenterError.forbidden(command.type, role);
  switch (command.type) {
    case 'RegisterCenter':
      return register(command, state);
    case 'UpdateCenterDetails':
      return updateDetails(command, state);
    case 'AssignStaff':
      return assignStaff(command, state);
    case 'UnassignStaff':
      return unassignStaff(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: CenterState, event: CenterEvent): CenterState {
  if (event.type === 'CenterRegistered') {
    return { status: 'registered', centerId: event.data.centerId, details: detailsOf(event.data), staff: [] };
  }
  // The stream is the source of truth: an event cannot precede its center's registration.
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'CenterDetailsUpdated':
      return { ...state, details: detailsOf(event.data) };
    case 'StaffAssigned': {
      const { userId, name, role } = event.data;
      return { ...state, staff: [...state.staff, { userId, name, role }] };
    }
    case 'StaffUnassigned':
      return { ...state, staff: state.staff.filter((member) => member.userId !== event.data.userId) };
    default:
      return assertNever(event);
  }
}

/** A regional center: its details and the staff who act on its cases. */
export const centerDecider: Decider<CenterCommand, CenterEvent, CenterState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'unregistered' }),
};
