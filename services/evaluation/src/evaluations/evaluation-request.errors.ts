import { Actor, DomainError } from '@yunghap/kernel';

/** Refusals of the service's own evaluation-request aggregate; same code style as the domain's. */
export const EvaluationRequestError = {
  becauseRoleNotAllowed: (actor: Actor) =>
    new DomainError('EVALUATION_REQUEST.ROLE_NOT_ALLOWED', 'forbidden', `The role ${actor.role} may not do this (allowed: system)`, {
      role: actor.role,
      allowed: ['system'],
    }),

  becauseNotRequested: (applicationId: string) =>
    new DomainError('EVALUATION.NOT_REQUESTED', 'not-found', `Application ${applicationId} has not been screened eligible for evaluation`, {
      applicationId,
    }),

  becauseWithdrawn: (applicationId: string) =>
    new DomainError('EVALUATION.WITHDRAWN', 'conflict', `Application ${applicationId} was withdrawn; it is no longer evaluated`, { applicationId }),

  becauseNoCommittee: (callId: string, centerId: string) =>
    new DomainError('EVALUATION.NO_COMMITTEE', 'rule', `Call ${callId} has no committee for center ${centerId} and no shared committee yet`, {
      callId,
      centerId,
    }),
} as const;
