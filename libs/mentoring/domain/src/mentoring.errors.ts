import { Actor, DomainError, Role, roleNotAllowed } from '@yunghap/kernel';
import { ConflictOfInterest } from './conflict-of-interest';
import { RelationshipKind } from './mentor.state';

export type ExpertiseProblem = 'no-fields' | 'blank-field' | 'duplicate-field' | 'invalid-industry-code' | 'duplicate-industry-code';
export type AffiliationProblem = 'missing' | 'senior-firm-without-firm' | 'blank-institution';

export const MentorError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('MENTOR.ROLE_NOT_ALLOWED', actor, allowed),

  becauseAlreadyRegistered: (mentorId: string) =>
    new DomainError('MENTOR.ALREADY_REGISTERED', 'conflict', `Mentor ${mentorId} is already registered`, { mentorId }),

  becauseNotFound: (mentorId: string) => new DomainError('MENTOR.NOT_FOUND', 'not-found', `Mentor ${mentorId} is not registered`, { mentorId }),

  becauseRetired: (mentorId: string) => new DomainError('MENTOR.RETIRED', 'conflict', `Mentor ${mentorId} has retired from the pool`, { mentorId }),

  becauseNameRequired: () => new DomainError('MENTOR.NAME_REQUIRED', 'rule', 'A mentor needs a name'),

  becauseExpertiseInvalid: (problem: ExpertiseProblem, value?: string) =>
    new DomainError('MENTOR.INVALID_EXPERTISE', 'rule', `The expertise is not valid: ${problem}`, { problem, value }),

  becauseAffiliationInvalid: (problem: AffiliationProblem) =>
    new DomainError('MENTOR.INVALID_AFFILIATION', 'rule', `The affiliation is not valid: ${problem}`, { problem }),

  becauseRegistrationNumberInvalid: (firm: string) =>
    new DomainError('MENTOR.INVALID_REGISTRATION_NUMBER', 'rule', 'A business registration number is ten digits without dashes', { firm }),

  becauseRelationshipAlreadyDeclared: (firm: string, kind: RelationshipKind) =>
    new DomainError('MENTOR.RELATIONSHIP_ALREADY_DECLARED', 'conflict', `This ${kind} relationship with ${firm} is already declared`, {
      firm,
      kind,
    }),

  becauseReasonRequired: () => new DomainError('MENTOR.REASON_REQUIRED', 'rule', 'Retiring a mentor needs a reason'),
} as const;

export const MatchingError = {
  becauseConflictOfInterest: (mentorId: string, conflicts: readonly ConflictOfInterest[]) =>
    new DomainError('MATCHING.CONFLICT_OF_INTEREST', 'rule', `Mentor ${mentorId} has a conflict of interest with the consortium`, {
      mentorId,
      conflicts,
    }),
} as const;

export type ProposalProblem =
  | 'no-firms'
  | 'invalid-registration-number'
  | 'duplicate-firm'
  | 'invalid-industry-code'
  | 'no-technology-fields'
  | 'blank-technology-field'
  | 'no-candidates'
  | 'duplicate-candidate';
export type SessionProblem = 'invalid-date' | 'before-start' | 'in-the-future' | 'invalid-duration' | 'topic-required' | 'outcome-required';
export type ReportProblem = 'required' | 'too-long';

export const EngagementError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('ENGAGEMENT.ROLE_NOT_ALLOWED', actor, allowed),

  becauseOtherCenter: (engagementId: string) =>
    new DomainError('ENGAGEMENT.OTHER_CENTER', 'forbidden', `Engagement ${engagementId} belongs to another center`, { engagementId }),

  becauseNotFound: (engagementId: string) =>
    new DomainError('ENGAGEMENT.NOT_FOUND', 'not-found', `Engagement ${engagementId} has not been proposed`, { engagementId }),

  becauseAlreadyProposed: (engagementId: string) =>
    new DomainError('ENGAGEMENT.ALREADY_PROPOSED', 'conflict', `Engagement ${engagementId} is already proposed`, { engagementId }),

  becauseClosed: (engagementId: string, status: string) =>
    new DomainError('ENGAGEMENT.CLOSED', 'conflict', `Engagement ${engagementId} is ${status}`, { engagementId, status }),

  becauseProposalInvalid: (problem: ProposalProblem, value?: string) =>
    new DomainError('ENGAGEMENT.INVALID_PROPOSAL', 'rule', `The proposal is not valid: ${problem}`, { problem, value }),

  becauseNotACandidate: (mentorId: string) =>
    new DomainError('ENGAGEMENT.NOT_A_CANDIDATE', 'rule', `Mentor ${mentorId} was not among the proposed candidates`, { mentorId }),

  becauseMentorNotActive: (mentorId: string) =>
    new DomainError('ENGAGEMENT.MENTOR_NOT_ACTIVE', 'rule', `Mentor ${mentorId} has retired from the pool`, { mentorId }),

  becauseMentorAlreadyConfirmed: (engagementId: string, status: string) =>
    new DomainError('ENGAGEMENT.MENTOR_ALREADY_CONFIRMED', 'conflict', `Engagement ${engagementId} already has its mentor`, {
      engagementId,
      status,
    }),

  becauseMentorNotConfirmed: (engagementId: string) =>
    new DomainError('ENGAGEMENT.MENTOR_NOT_CONFIRMED', 'conflict', `Engagement ${engagementId} has no confirmed mentor yet`, { engagementId }),

  becauseAllocationPending: (engagementId: string) =>
    new DomainError('ENGAGEMENT.ALLOCATION_PENDING', 'conflict', `The allocation of engagement ${engagementId} still awaits the answer of grants`, {
      engagementId,
    }),

  becauseAlreadyStarted: (engagementId: string) =>
    new DomainError('ENGAGEMENT.ALREADY_STARTED', 'conflict', `Engagement ${engagementId} has started on an approved allocation`, { engagementId }),

  becauseNoAllocationPending: (engagementId: string, allocationId: string) =>
    new DomainError('ENGAGEMENT.NO_ALLOCATION_PENDING', 'conflict', `Engagement ${engagementId} awaits no answer on ${allocationId}`, {
      engagementId,
      allocationId,
    }),

  becauseNotStarted: (engagementId: string, status: string) =>
    new DomainError('ENGAGEMENT.NOT_STARTED', 'conflict', `Engagement ${engagementId} has not started (${status})`, { engagementId, status }),

  becauseSessionInvalid: (problem: SessionProblem) =>
    new DomainError('ENGAGEMENT.INVALID_SESSION', 'rule', `The session is not valid: ${problem}`, { problem }),

  becauseSessionAlreadyLogged: (sessionId: string) =>
    new DomainError('ENGAGEMENT.SESSION_ALREADY_LOGGED', 'conflict', `Session ${sessionId} is already logged`, { sessionId }),

  becauseNoSessions: (engagementId: string) =>
    new DomainError('ENGAGEMENT.NO_SESSIONS', 'rule', `Engagement ${engagementId} cannot complete without a logged session`, { engagementId }),

  becauseReportInvalid: (problem: ReportProblem, maxLength: number) =>
    new DomainError('ENGAGEMENT.INVALID_REPORT', 'rule', `The completion report is not valid: ${problem}`, { problem, maxLength }),

  becauseReasonRequired: () => new DomainError('ENGAGEMENT.REASON_REQUIRED', 'rule', 'A reason is required'),
} as const;
