import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';

/** Refusals of the evaluation-request aggregate and of opening an evaluation from a request. */
export const EvaluationRequestError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('EVALUATION_REQUEST.ROLE_NOT_ALLOWED', actor, allowed),

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
