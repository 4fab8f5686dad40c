import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, parseBusinessRegistrationNumber, Role } from '@yunghap/kernel';
import { CENTERS_ROLES } from '../centers.roles';
import { ApplicantCommand, ConfirmApplicant, RegisterApplicant, RejectApplicant } from './applicant.commands';
import { ApplicantError } from './applicant.errors';
import { ApplicantEvent } from './applicant.events';
import { ApplicantRegistration, ApplicantState } from './applicant.state';

function register(command: RegisterApplicant, state: ApplicantState): Decision<ApplicantEvent> {
  const { userId, name, email, phone, firmName, province, centerId } = command.data;
  // One firm at a time: a person acting for a firm, or waiting to, may not ask for another.
  if (state.status === 'pending' || state.status === 'confirmed') return ApplicantError.alreadyRegistered(userId, state.status);
  const registrationNumber = parseBusinessRegistrationNumber(command.data.registrationNumber);
  if (isDomainError(registrationNumber)) return ApplicantError.registrationNumberInvalid(registrationNumber.code);
  if (isBlank(name)) return ApplicantError.textRequired('name');
  if (isBlank(firmName)) return ApplicantError.textRequired('firmName');
  return [
    {
      type: 'ApplicantRegistered',
      data: { userId, name, email, phone, registrationNumber, firmName, province, centerId, registeredAt: command.metadata.now },
    },
  ];
}

/** The pending registration a decision is taken on, if the actor may take it. */
function pending(command: ConfirmApplicant | RejectApplicant, state: ApplicantState): ApplicantRegistration | DomainError {
  const { userId, actorCenterId } = command.data;
  // A registration under another user id means the command reached the wrong stream.
  if (state.status === 'unregistered' || state.registration.userId !== userId) return ApplicantError.notRegistered(userId);
  // Scope before status, so that staff of another center learn nothing of the registration.
  if (command.metadata.actor.role === 'center-staff' && actorCenterId !== state.registration.centerId) return ApplicantError.otherCenter(userId);
  if (state.status !== 'pending') return ApplicantError.notPending(userId, state.status);
  return state.registration;
}

function confirm(command: ConfirmApplicant, state: ApplicantState): Decision<ApplicantEvent> {
  const registration = pending(command, state);
  if (isDomainError(registration)) return registration;
  const { userId, registrationNumber, centerId } = registration;
  const { actor, now } = command.metadata;
  return [
    { type: 'ApplicantConfirmed', data: { userId, registrationNumber, centerId, confirmedBy: { userId: actor.userId, role: actor.role }, confirmedAt: now } },
  ];
}

function reject(command: RejectApplicant, state: ApplicantState): Decision<ApplicantEvent> {
  const registration = pending(command, state);
  if (isDomainError(registration)) return registration;
  const { reason } = command.data;
  if (isBlank(reason)) return ApplicantError.reasonRequired(registration.userId);
  const { userId, registrationNumber, centerId } = registration;
  const { actor, now } = command.metadata;
  return [
    {
      type: 'ApplicantRejected',
      data: { userId, registrationNumber, centerId, reason, rejectedBy: { userId: actor.userId, role: actor.role }, rejectedAt: now },
    },
  ];
}

function decide(command: ApplicantCommand, state: ApplicantState): Decision<ApplicantEvent> {
  const { role } = command.metadata.actor;
  const allowed: readonly Role[] = CENTERS_ROLES[command.type];
  if (!allowed.includes(role)) return ApplicantError.roleNotAllowed(command.type, role);
  switch (command.type) {
    case 'RegisterApplicant':
      return register(command, state);
    case 'ConfirmApplicant':
      return confirm(command, state);
    case 'RejectApplicant':
      return reject(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: ApplicantState, event: ApplicantEvent): ApplicantState {
  switch (event.type) {
    case 'ApplicantRegistered': {
      const { userId, registrationNumber, centerId } = event.data;
      return { status: 'pending', registration: { userId, registrationNumber, centerId } };
    }
    case 'ApplicantConfirmed':
      return state.status === 'unregistered' ? state : { status: 'confirmed', registration: state.registration };
    case 'ApplicantRejected':
      return state.status === 'unregistered' ? state : { status: 'rejected', registration: state.registration, reason: event.data.reason };
    default:
      return assertNever(event);
  }
}

/**
 * A person registered as acting for one firm (the `applicant` role), confirmed or rejected by the
 * staff of the firm's center or a program manager. One stream per person.
 */
export const applicantDecider: Decider<ApplicantCommand, ApplicantEvent, ApplicantState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'unregistered' }),
};
