import { Actor, DomainError, Role, roleNotAllowed, Won } from '@yunghap/kernel';
import { INDUSTRY_LEVEL_KO, INDUSTRY_LEVELS, OWN_SHARE_PERCENT_RANGE } from './applications.policy';

// Every refusal of the applications context, by stable code. Messages never echo what the
// applicant typed (registration numbers can identify a sole proprietor); the field says where.

/** One problem in submitted application content, addressed by its path (`partnerFirms[0].name`). */
export interface ContentViolation {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A value that cannot become a value object; as a content violation it keeps its code. */
export const ValueError = {
  becauseFirmSizeUnknown: (allowed: readonly string[]) => new DomainError('FIRM.SIZE_UNKNOWN', 'rule', `The firm size must be one of: ${allowed.join(', ')}`),
  becauseFirmListedTwice: () => new DomainError('FIRM.LISTED_TWICE', 'rule', 'The same firm (registration number) appears more than once in the consortium'),
  becauseSupportStageUnknown: (allowed: readonly string[]) =>
    new DomainError('TASK.STAGE_UNKNOWN', 'rule', `The support stage must be one of: ${allowed.join(', ')}`),
  becauseTextRequired: () => new DomainError('CONTENT.TEXT_REQUIRED', 'rule', 'This text must not be blank'),
  becauseListEmpty: () => new DomainError('CONTENT.LIST_EMPTY', 'rule', 'This list needs at least one entry'),
  becauseNotPositiveWholeNumber: () => new DomainError('CONTENT.NOT_POSITIVE_WHOLE_NUMBER', 'rule', 'This must be a whole number greater than zero'),
  becauseNotPositiveWon: () => new DomainError('CONTENT.NOT_POSITIVE_WON', 'rule', 'An amount is a whole number of won greater than zero'),
  becauseNotWon: () => new DomainError('CONTENT.NOT_WON', 'rule', '금액은 0 이상의 원 단위 정수입니다. (An amount is a whole number of won, zero or more.)'),
  becauseBudgetItemEmpty: () =>
    new DomainError(
      'BUDGET.ITEM_EMPTY',
      'rule',
      '비목에 정부지원금, 현금 또는 현물 부담금 중 하나 이상을 적어야 합니다. (A budget category needs a grant, cash or in-kind amount.)',
    ),
};

export const ProgramPolicyError = {
  becauseCapMalformed: (year: number) =>
    new DomainError(
      'PROGRAM_POLICY.CAP_MALFORMED',
      'rule',
      `${year}년 과제당 지원 한도는 양의 원 단위 정수와 시각이 있어야 합니다. (The project cap for ${year} needs a positive whole number of won and an instant.)`,
      { year },
    ),
};

export const CallError = {
  becauseNotProgramManager: (role: Role) =>
    new DomainError('CALL.PROGRAM_MANAGER_ONLY', 'forbidden', 'Only a program manager may open, amend or close a call', { role }),
  becauseAlreadyOpened: (callId: string) => new DomainError('CALL.ALREADY_OPENED', 'conflict', `Call ${callId} has already been opened`, { callId }),
  becauseNotFound: (callId: string) => new DomainError('CALL.NOT_FOUND', 'not-found', `Call ${callId} has not been opened`, { callId }),
  becauseAlreadyClosed: (callId: string) => new DomainError('CALL.ALREADY_CLOSED', 'conflict', `Call ${callId} has already been closed`, { callId }),
  becauseWindowPassed: (callId: string, closesAt: string) =>
    new DomainError('CALL.WINDOW_PASSED', 'conflict', `Call ${callId} closed at ${closesAt}; its window can no longer change`, { callId, closesAt }),
  becauseFieldRequired: (field: string) => new DomainError('CALL.FIELD_REQUIRED', 'rule', `The call's ${field} must not be blank`, { field }),
  becauseTimeMalformed: (field: string) =>
    new DomainError('CALL.TIME_MALFORMED', 'rule', `The call's ${field} must be an ISO 8601 date-time with a time zone`, { field }),
  becauseClosesBeforeOpening: (opensAt: string, closesAt: string) =>
    new DomainError('CALL.CLOSES_BEFORE_OPENING', 'rule', 'A call must close after it opens', { field: 'closesAt', opensAt, closesAt }),
  becauseClosingInPast: (closesAt: string, now: string) =>
    new DomainError('CALL.CLOSING_IN_PAST', 'rule', 'A call cannot be set to close in the past; close it instead', { field: 'closesAt', closesAt, now }),
  becauseCapNotPositiveWon: (capPerProject: number) =>
    new DomainError('CALL.CAP_NOT_POSITIVE_WON', 'rule', 'The cap per project must be a whole number of won greater than zero', {
      field: 'capPerProject',
      capPerProject,
    }),
  becauseCapAboveProgramLimit: (capPerProject: Won, programLimit: Won) =>
    new DomainError('CALL.CAP_ABOVE_PROGRAM_LIMIT', 'rule', `The cap per project may not exceed the program limit of ₩${programLimit}`, {
      field: 'capPerProject',
      capPerProject,
      programLimit,
    }),
  becauseIndustryLevelUnknown: (level: string) =>
    new DomainError(
      'CALL.INDUSTRY_LEVEL_UNKNOWN',
      'rule',
      `업종 비교 수준은 ${INDUSTRY_LEVELS.map((level) => `${INDUSTRY_LEVEL_KO[level]}(${level})`).join(', ')} 중 하나여야 합니다. (The industry level must be one of ${INDUSTRY_LEVELS.join(', ')}.)`,
      { field: 'industryLevel', level },
    ),
  becauseOwnShareOutOfRange: (percent: number) =>
    new DomainError(
      'CALL.OWN_SHARE_OUT_OF_RANGE',
      'rule',
      `최소 민간부담 비율은 ${OWN_SHARE_PERCENT_RANGE.min}–${OWN_SHARE_PERCENT_RANGE.max} 사이의 정수(%)여야 합니다. (The minimum own share is a whole percent from ${OWN_SHARE_PERCENT_RANGE.min} to ${OWN_SHARE_PERCENT_RANGE.max}.)`,
      { field: 'minimumOwnSharePercent', value: percent },
    ),
  becauseNoTechnologyFields: () => new DomainError('CALL.NO_TECHNOLOGY_FIELDS', 'rule', 'A call allows at least one technology field, none blank'),
  becauseNothingToAmend: (callId: string) =>
    new DomainError('CALL.NOTHING_TO_AMEND', 'rule', `The amendment of call ${callId} names nothing to change`, { callId }),
};

export const ApplicationError = {
  becauseNotFound: (applicationId: string) =>
    new DomainError('APPLICATION.NOT_FOUND', 'not-found', `Application ${applicationId} does not exist`, { applicationId }),
  becauseAlreadyDrafted: (applicationId: string) =>
    new DomainError('APPLICATION.ALREADY_DRAFTED', 'conflict', `Application ${applicationId} already exists`, { applicationId }),
  becauseContentInvalid: (violations: readonly ContentViolation[]) =>
    new DomainError('APPLICATION.CONTENT_INVALID', 'rule', `The application content has ${violations.length} problem(s)`, { violations }),
  becauseNotApplicant: (applicationId: string) =>
    new DomainError('APPLICATION.NOT_APPLICANT', 'forbidden', `Only the applicant may change, submit or withdraw application ${applicationId}`, {
      applicationId,
    }),
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('APPLICATION.ROLE_NOT_ALLOWED', actor, allowed),
  becauseOtherCenter: (applicationId: string) =>
    new DomainError('APPLICATION.OTHER_CENTER', 'forbidden', `Application ${applicationId} is not routed to your center`, { applicationId }),
  becauseWithdrawn: (applicationId: string) =>
    new DomainError('APPLICATION.WITHDRAWN', 'conflict', `Application ${applicationId} has been withdrawn`, { applicationId }),
  becauseNotDraft: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NOT_DRAFT', 'conflict', `Application ${applicationId} can only be revised as a draft or when returned for revision`, {
      applicationId,
      status,
    }),
  becauseAlreadySubmitted: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.ALREADY_SUBMITTED', 'conflict', `Application ${applicationId} has already been submitted`, { applicationId, status }),
  becauseNotSubmitted: (applicationId: string) =>
    new DomainError('APPLICATION.NOT_SUBMITTED', 'conflict', `Application ${applicationId} is still a draft`, { applicationId }),
  becauseAlreadyRouted: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.ALREADY_ROUTED', 'conflict', `Application ${applicationId} has already been routed`, { applicationId, status }),
  becauseMappingVersionInvalid: (mappingVersion: number) =>
    new DomainError('APPLICATION.MAPPING_VERSION_INVALID', 'rule', 'The province mapping version is a whole number from 1', { mappingVersion }),
  becauseFieldRequired: (field: string) => new DomainError('APPLICATION.FIELD_REQUIRED', 'rule', `The ${field} must not be blank`, { field }),
  becauseNotRouted: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NOT_ROUTED', 'conflict', `Application ${applicationId} has not reached a center yet`, { applicationId, status }),
  becauseAlreadyReturnedOnce: (applicationId: string) =>
    new DomainError('APPLICATION.ALREADY_RETURNED_ONCE', 'conflict', `Application ${applicationId} has already been returned for revision once`, {
      applicationId,
    }),
  becauseAwaitingResubmission: (applicationId: string) =>
    new DomainError('APPLICATION.AWAITING_RESUBMISSION', 'conflict', `Application ${applicationId} is back with the applicant for revision`, {
      applicationId,
    }),
  becauseAlreadyScreened: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.ALREADY_SCREENED', 'conflict', `Application ${applicationId} has already been screened`, { applicationId, status }),
  becauseFactsForOtherCall: (applicationId: string, callId: string, factsCallId: string) =>
    new DomainError('APPLICATION.FACTS_FOR_OTHER_CALL', 'rule', `Application ${applicationId} belongs to call ${callId}, not ${factsCallId}`, {
      applicationId,
      callId,
      factsCallId,
    }),
  becauseNotScreenedEligible: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NOT_SCREENED_ELIGIBLE', 'conflict', `Application ${applicationId} is not awaiting evaluation`, { applicationId, status }),
  becauseNotInEvaluation: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NOT_IN_EVALUATION', 'conflict', `Application ${applicationId} is not in evaluation`, { applicationId, status }),
  becauseNoCommittee: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NO_COMMITTEE', 'conflict', `Application ${applicationId} has no evaluating committee yet`, { applicationId, status }),
  becauseAlreadyRecused: (applicationId: string, memberId: string) =>
    new DomainError('APPLICATION.ALREADY_RECUSED', 'conflict', `${memberId} already stood down from application ${applicationId}`, { applicationId, memberId }),
  becauseScoreInvalid: (totalScore: number) =>
    new DomainError('APPLICATION.SCORE_INVALID', 'rule', 'A total score is a finite number from zero', { totalScore }),
  becauseNotPassed: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.NOT_PASSED', 'conflict', `Application ${applicationId} has not passed evaluation`, { applicationId, status }),
  becauseAlreadyDecided: (applicationId: string, status: string) =>
    new DomainError('APPLICATION.ALREADY_DECIDED', 'conflict', `Application ${applicationId} has been decided and can no longer be withdrawn`, {
      applicationId,
      status,
    }),
  becauseBusinessPlanLocked: (applicationId: string, status: string) =>
    new DomainError(
      'APPLICATION.BUSINESS_PLAN_LOCKED',
      'conflict',
      `The business plan of application ${applicationId} can only be attached as a draft or when returned for revision`,
      { applicationId, status },
    ),
  becauseDocumentInvalid: (field: string, expected: string) =>
    new DomainError('APPLICATION.DOCUMENT_INVALID', 'rule', `The ${field} must be ${expected}`, { field, expected }),
};
