import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';

/** Why a criterion was refused; stable tokens, for the edge to translate. */
export type CriterionFault = 'empty-id' | 'duplicate-id' | 'weight' | 'minimum-percent';

export type RubricPolicyField = 'passThreshold' | 'quorum' | 'trimFrom';

export const RubricError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('RUBRIC.ROLE_NOT_ALLOWED', actor, allowed),

  becauseAlreadyDefined: (callId: string) =>
    new DomainError('RUBRIC.ALREADY_DEFINED', 'conflict', `Call ${callId} already has a rubric; it does not change once defined`, { callId }),

  becauseWeightsDoNotSumTo100: (sum: number) =>
    new DomainError('RUBRIC.WEIGHTS_DO_NOT_SUM_TO_100', 'rule', `The criteria weights sum to ${sum}, not 100`, { sum }),

  becauseCriterionInvalid: (criterionId: string, fault: CriterionFault) =>
    new DomainError('RUBRIC.INVALID_CRITERION', 'rule', `Criterion "${criterionId}" is invalid: ${fault}`, { criterionId, fault }),

  becausePolicyInvalid: (field: RubricPolicyField, value: number) =>
    new DomainError('RUBRIC.INVALID_POLICY', 'rule', `${field} may not be ${value}`, { field, value }),
} as const;
