import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';

/** Why a criterion was refused; stable tokens, for the edge to translate. */
export type CriterionFault = 'empty-id' | 'duplicate-id' | 'weight' | 'minimum-percent';

export type RubricPolicyField = 'passThreshold' | 'quorum' | 'trimFrom';

export const RubricError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('RUBRIC.ROLE_NOT_ALLOWED', actor, allowed),

  becauseAlreadyDefined: (callId: string) =>
    new DomainError('RUBRIC.ALREADY_DEFINED', 'conflict', `Call ${callId} already has a rubric; it does not change once defined`, { callId }),

  becauseCallInEvaluation: (callId: string) =>
    new DomainError(
      'RUBRIC.CALL_IN_EVALUATION',
      'conflict',
      `공모 ${callId}의 평가가 이미 시작되어 평가표를 바꿀 수 없습니다. (Evaluations of call ${callId} have opened; its rubric can no longer change.)`,
      { callId },
    ),

  becauseDefinedWhileOpening: (callId: string) =>
    new DomainError(
      'RUBRIC.DEFINED_WHILE_OPENING',
      'conflict',
      `평가를 여는 동안 공모 ${callId}의 평가표가 정해졌습니다. 다시 시도하십시오. (Call ${callId}'s rubric was defined while the evaluation opened on the default; open it again.)`,
      { callId },
    ),

  becauseWeightsDoNotSumTo100: (sum: number) =>
    new DomainError('RUBRIC.WEIGHTS_DO_NOT_SUM_TO_100', 'rule', `The criteria weights sum to ${sum}, not 100`, { sum }),

  becauseCriterionInvalid: (criterionId: string, fault: CriterionFault) =>
    new DomainError('RUBRIC.INVALID_CRITERION', 'rule', `Criterion "${criterionId}" is invalid: ${fault}`, { criterionId, fault }),

  becausePolicyInvalid: (field: RubricPolicyField, value: number) =>
    new DomainError('RUBRIC.INVALID_POLICY', 'rule', `${field} may not be ${value}`, { field, value }),
} as const;
