import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';
import { RelationshipKind } from './committee';

export const CommitteeError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('COMMITTEE.ROLE_NOT_ALLOWED', actor, allowed),

  becauseAlreadyFormed: (committeeId: string) =>
    new DomainError('COMMITTEE.ALREADY_FORMED', 'conflict', `Committee ${committeeId} is already formed`, { committeeId }),

  becauseNotFound: (committeeId: string) =>
    new DomainError('COMMITTEE.NOT_FOUND', 'not-found', `Committee ${committeeId} has not been formed`, { committeeId }),

  becauseMemberAlreadyAdded: (committeeId: string, userId: string) =>
    new DomainError('COMMITTEE.MEMBER_ALREADY_ADDED', 'conflict', `${userId} already sits on committee ${committeeId}`, {
      committeeId,
      userId,
    }),

  becauseMemberNotFound: (committeeId: string, userId: string) =>
    new DomainError('COMMITTEE.MEMBER_NOT_FOUND', 'not-found', `${userId} does not sit on committee ${committeeId}`, {
      committeeId,
      userId,
    }),

  becauseNotAMember: (committeeId: string, userId: string) =>
    new DomainError('COMMITTEE.NOT_A_MEMBER', 'forbidden', `Only a member of committee ${committeeId} may declare a relationship`, {
      committeeId,
      userId,
    }),

  becauseRegistrationNumberInvalid: (firm: string) =>
    new DomainError('COMMITTEE.INVALID_REGISTRATION_NUMBER', 'rule', 'A business registration number is ten digits without dashes', {
      firm,
    }),

  becauseRelationshipAlreadyDeclared: (firm: string, kind: RelationshipKind) =>
    new DomainError('COMMITTEE.RELATIONSHIP_ALREADY_DECLARED', 'conflict', `This ${kind} relationship with ${firm} is already declared`, {
      firm,
      kind,
    }),

  becauseDeadlineNotAhead: (committeeId: string, scoresDueAt: string, now: string) =>
    new DomainError(
      'COMMITTEE.DEADLINE_NOT_AHEAD',
      'rule',
      `채점 마감 ${scoresDueAt}은(는) 지금(${now}) 이후여야 합니다. (The scoring deadline ${scoresDueAt} of committee ${committeeId} must lie after ${now}.)`,
      {
        committeeId,
        field: 'scoresDueAt',
        scoresDueAt,
        now,
      },
    ),
} as const;
