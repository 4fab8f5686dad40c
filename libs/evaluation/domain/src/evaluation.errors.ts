import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';

export const EvaluationError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('EVALUATION.ROLE_NOT_ALLOWED', actor, allowed),

  becauseAlreadyOpened: (applicationId: string) =>
    new DomainError('EVALUATION.ALREADY_OPENED', 'conflict', `Application ${applicationId} is already under evaluation`, { applicationId }),

  becauseNotFound: (applicationId: string) =>
    new DomainError('EVALUATION.NOT_FOUND', 'not-found', `No evaluation has been opened for application ${applicationId}`, {
      applicationId,
    }),

  becauseAlreadyClosed: (applicationId: string) =>
    new DomainError('EVALUATION.ALREADY_CLOSED', 'conflict', `The evaluation of application ${applicationId} is closed`, { applicationId }),

  becauseAbandoned: (applicationId: string) =>
    new DomainError('EVALUATION.ABANDONED', 'conflict', `The evaluation of application ${applicationId} was abandoned`, { applicationId }),

  becauseCommitteeNotServing: (committeeId: string, callId: string, centerId: string) =>
    new DomainError('EVALUATION.COMMITTEE_NOT_SERVING', 'rule', `Committee ${committeeId} does not score call ${callId} at center ${centerId}`, {
      committeeId,
      callId,
      centerId,
    }),

  becauseRegistrationNumberInvalid: (firm: string) =>
    new DomainError('EVALUATION.INVALID_REGISTRATION_NUMBER', 'rule', 'A business registration number is ten digits without dashes', {
      firm,
    }),

  becauseSubmissionTimeInvalid: (applicationSubmittedAt: string) =>
    new DomainError('EVALUATION.INVALID_SUBMISSION_TIME', 'rule', 'The submission time must be ISO-8601 with an offset', {
      applicationSubmittedAt,
    }),

  becauseQuorumUnreachable: (eligible: number, quorum: number) =>
    new DomainError('EVALUATION.QUORUM_UNREACHABLE', 'rule', `Only ${eligible} members may score after recusal; the quorum is ${quorum}`, {
      eligible,
      quorum,
    }),

  becauseFirmNotInApplication: (applicationId: string, firm: string) =>
    new DomainError('EVALUATION.FIRM_NOT_IN_APPLICATION', 'rule', `Firm ${firm} is not part of the consortium of application ${applicationId}`, {
      applicationId,
      firm,
    }),

  becauseNotAMember: (userId: string) =>
    new DomainError('EVALUATION.NOT_A_MEMBER', 'forbidden', 'Only a member of the committee may score this application', { userId }),

  becauseMemberRecused: (userId: string) =>
    new DomainError('EVALUATION.MEMBER_RECUSED', 'forbidden', 'A recused member may not score this application', { userId }),

  becauseSheetSealed: (userId: string) =>
    new DomainError('EVALUATION.SHEET_SEALED', 'conflict', 'The scoresheet is sealed and can no longer change', { userId }),

  becauseSheetNotSubmitted: (userId: string) => new DomainError('EVALUATION.SHEET_NOT_SUBMITTED', 'conflict', 'There is no scoresheet to seal yet', { userId }),

  becauseScoresDoNotMatchRubric: (missing: readonly string[], unknown: readonly string[]) =>
    new DomainError('EVALUATION.SCORES_DO_NOT_MATCH_RUBRIC', 'rule', 'A scoresheet scores every criterion of the rubric and nothing else', {
      missing,
      unknown,
    }),

  becauseScoreOutOfRange: (criterionId: string, score: number, weight: number) =>
    new DomainError('EVALUATION.SCORE_OUT_OF_RANGE', 'rule', `The score of ${criterionId} must be a whole number from 0 to ${weight}`, {
      criterionId,
      score,
      weight,
    }),

  becauseReasonRequired: (criterionId: string, score: number, weight: number, belowPercent: number) =>
    new DomainError(
      'EVALUATION.REASON_REQUIRED',
      'rule',
      `평가 항목 ${criterionId}의 점수 ${score}점은 배점 ${weight}점의 ${belowPercent}% 미만이므로 사유를 적어야 합니다. ` +
        `(A score of ${score} of ${weight} on ${criterionId} is under ${belowPercent} % of its weight and needs a written reason.)`,
      { criterionId, score, weight, belowPercent },
    ),

  becauseQuorumNotReached: (sealed: number, quorum: number) =>
    new DomainError('EVALUATION.QUORUM_NOT_REACHED', 'rule', `${sealed} sealed scoresheets; closing needs ${quorum}`, { sealed, quorum }),

  becauseRankingMixesCalls: (callIds: readonly string[]) =>
    new DomainError('EVALUATION.RANKING_MIXES_CALLS', 'rule', 'A ranking compares the results of one call only', { callIds }),
} as const;
