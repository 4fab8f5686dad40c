import { Actor, DomainError, Role, roleNotAllowed, Won } from '@yunghap/kernel';
import { MoneyReference } from './money';

// One builder per kind of refusal, so every aggregate of the context reports it with the same
// details; each aggregate passes its own literal code.

function invalidAmount(code: string, field: string, value: unknown): DomainError {
  return new DomainError(code, 'rule', `${field} must be a positive whole number of won`, { field, value });
}

function reasonRequired(code: string): DomainError {
  return new DomainError(code, 'rule', 'A reason is required for the audit trail');
}

function fourEyes(code: string, userId: string, step: string): DomainError {
  return new DomainError(code, 'forbidden', `${userId} proposed this ${step} and may not also approve it`, { userId, step });
}

export const ProgramError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('PROGRAM.ROLE_NOT_ALLOWED', actor, allowed),
  becauseAmountInvalid: (field: string, value: unknown) => invalidAmount('PROGRAM.INVALID_AMOUNT', field, value),
  becauseReasonRequired: () => reasonRequired('PROGRAM.REASON_REQUIRED'),

  becauseAlreadyOpened: (year: number) => new DomainError('PROGRAM.ALREADY_OPENED', 'conflict', `The ${year} program is already open`, { year }),

  becauseNotOpened: () => new DomainError('PROGRAM.NOT_OPENED', 'not-found', 'The program of this year has not been opened'),

  becauseLineAlreadyDefined: (lineId: string) =>
    new DomainError('PROGRAM.LINE_ALREADY_DEFINED', 'conflict', `Budget line ${lineId} is already defined`, { lineId }),

  becauseLineNotFound: (lineId: string) => new DomainError('PROGRAM.LINE_NOT_FOUND', 'not-found', `Budget line ${lineId} is not defined`, { lineId }),

  becauseLinesExceedProgram: (total: Won, allocated: Won, requested: Won) =>
    new DomainError('PROGRAM.LINES_EXCEED_PROGRAM', 'rule', `Only ₩${total - allocated} of the program is unallocated`, {
      total,
      allocated,
      unallocated: total - allocated,
      requested,
    }),

  becauseTransferToSameLine: (lineId: string) => new DomainError('PROGRAM.TRANSFER_TO_SAME_LINE', 'rule', 'A transfer needs two different lines', { lineId }),

  becauseTransferAboveLine: (lineId: string, lineAmount: Won, requested: Won) =>
    new DomainError('PROGRAM.TRANSFER_ABOVE_LINE', 'rule', `Budget line ${lineId} holds only ₩${lineAmount}`, { lineId, lineAmount, requested }),
} as const;

export const LineError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('LINE.ROLE_NOT_ALLOWED', actor, allowed),
  becauseAmountInvalid: (field: string, value: unknown) => invalidAmount('LINE.INVALID_AMOUNT', field, value),
  becauseReasonRequired: () => reasonRequired('LINE.REASON_REQUIRED'),

  becauseAlreadyOpened: (lineId: string) => new DomainError('LINE.ALREADY_OPENED', 'conflict', `Budget line ${lineId} is already open`, { lineId }),

  becauseNotOpened: (lineId: string) => new DomainError('LINE.NOT_OPENED', 'not-found', `Budget line ${lineId} has not been opened`, { lineId }),

  becauseInsufficientFunds: (lineId: string, available: Won, requested: Won) =>
    new DomainError('LINE.INSUFFICIENT_FUNDS', 'rule', `Budget line ${lineId} has only ₩${available} available`, { lineId, available, requested }),

  becauseAlreadyCommitted: (reference: MoneyReference, committed: Won) =>
    new DomainError('LINE.ALREADY_COMMITTED', 'conflict', `The ${reference.kind} ${reference.id} already has a commitment of ₩${committed}`, {
      reference,
      committed,
    }),

  becauseUnknownReference: (reference: MoneyReference) =>
    new DomainError('LINE.UNKNOWN_REFERENCE', 'not-found', `Nothing was committed on this line for the ${reference.kind} ${reference.id}`, {
      reference,
    }),

  becauseAboveCommitted: (reference: MoneyReference, outstanding: Won, requested: Won) =>
    new DomainError('LINE.ABOVE_COMMITTED', 'rule', `Only ₩${outstanding} is still committed to the ${reference.kind} ${reference.id}`, {
      reference,
      outstanding,
      requested,
    }),

  becauseMovementReused: (movementId: string) =>
    new DomainError('LINE.MOVEMENT_REUSED', 'conflict', `Movement ${movementId} was already recorded with other figures`, { movementId }),
} as const;

export const GrantError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('GRANT.ROLE_NOT_ALLOWED', actor, allowed),
  becauseAmountInvalid: (field: string, value: unknown) => invalidAmount('GRANT.INVALID_AMOUNT', field, value),
  becauseReasonRequired: () => reasonRequired('GRANT.REASON_REQUIRED'),
  becauseSameApprover: (userId: string, step: 'award' | 'disbursement' | 'recovery' | 'line-exception') => fourEyes('GRANT.FOUR_EYES', userId, step),

  becauseNotFound: (grantId: string) => new DomainError('GRANT.NOT_FOUND', 'not-found', `Grant ${grantId} has not been proposed`, { grantId }),

  becauseAlreadyProposed: (grantId: string) => new DomainError('GRANT.ALREADY_PROPOSED', 'conflict', `Grant ${grantId} has already been proposed`, { grantId }),

  becauseNotAwaitingDecision: (grantId: string, status: string) =>
    new DomainError('GRANT.NOT_AWAITING_DECISION', 'conflict', `Grant ${grantId} is ${status}, not awaiting a decision`, { grantId, status }),

  becauseNotAwarded: (grantId: string, status: string) =>
    new DomainError('GRANT.NOT_AWARDED', 'conflict', `Grant ${grantId} is ${status}, not awarded`, { grantId, status }),

  becauseEvaluationNotPassed: (applicationId: string) =>
    new DomainError('GRANT.EVALUATION_NOT_PASSED', 'rule', `Application ${applicationId} did not pass evaluation`, { applicationId }),

  becauseAboveProjectCap: (cap: Won, requested: Won) =>
    new DomainError('GRANT.ABOVE_PROJECT_CAP', 'rule', `A grant is at most ₩${cap} per project`, { cap, requested }),

  becauseAboveRequested: (requestedWon: Won, amount: Won) =>
    new DomainError('GRANT.ABOVE_REQUESTED', 'rule', `The application asked for ₩${requestedWon}`, { requestedWon, amount }),

  becauseLineNotCallsLine: (callId: string, callLineId: string, lineId: string) =>
    new DomainError(
      'GRANT.LINE_NOT_CALLS_LINE',
      'rule',
      `공고 ${callId}의 예산 라인은 ${callLineId}입니다. 다른 라인(${lineId})에 지원하려면 사유를 적은 라인 예외가 필요합니다. (Call ${callId} is funded from ${callLineId}; charging ${lineId} needs a line exception with a reason.)`,
      { callId, callLineId, lineId },
    ),

  becauseLineExceptionNotNeeded: (callLineId: string) =>
    new DomainError(
      'GRANT.LINE_EXCEPTION_NOT_NEEDED',
      'rule',
      `이 지원은 공고의 라인(${callLineId})에 지원되므로 라인 예외가 필요 없습니다. (The award is charged to its call's line ${callLineId}; there is nothing to except.)`,
      { callLineId },
    ),

  becauseNoLineException: (grantId: string) =>
    new DomainError(
      'GRANT.NO_LINE_EXCEPTION',
      'conflict',
      `지원 과제 ${grantId}에는 승인할 라인 예외가 없습니다. (Grant ${grantId} has no line exception awaiting approval.)`,
      { grantId },
    ),

  becauseLineExceptionPending: (grantId: string, callLineId: string, lineId: string) =>
    new DomainError(
      'GRANT.LINE_EXCEPTION_PENDING',
      'conflict',
      `공고 라인(${callLineId}) 대신 ${lineId}에 지원하는 예외를 다른 사업 담당자가 먼저 승인해야 합니다. (Another program manager must approve charging ${lineId} instead of the call's line ${callLineId} first.)`,
      { grantId, callLineId, lineId },
    ),

  becauseAgreementNotSigned: (grantId: string) =>
    new DomainError(
      'GRANT.AGREEMENT_NOT_SIGNED',
      'conflict',
      `협약 체결 후 출연금을 지급합니다: 지원 과제 ${grantId}의 협약이 아직 기록되지 않았습니다. (A tranche is paid once the agreement is signed; none is recorded for grant ${grantId}.)`,
      { grantId },
    ),

  becauseAgreementAlreadyRecorded: (grantId: string, agreementNumber: string) =>
    new DomainError(
      'GRANT.AGREEMENT_ALREADY_RECORDED',
      'conflict',
      `지원 과제 ${grantId}의 협약(${agreementNumber})은 이미 기록되었습니다. (Grant ${grantId} already has its agreement ${agreementNumber}.)`,
      { grantId, agreementNumber },
    ),

  becauseTrancheBeforeAwardYear: (trancheId: string, dueOn: string, year: number) =>
    new DomainError(
      'GRANT.TRANCHE_BEFORE_AWARD_YEAR',
      'rule',
      `분할 지급 ${trancheId}의 지급일(${dueOn})이 지원 연도(${year}) 이전입니다. (Tranche ${trancheId} is due on ${dueOn}, before the award's fiscal year ${year}.)`,
      { trancheId, dueOn, year },
    ),

  becauseTooManyFiscalYears: (trancheId: string, dueOn: string, year: number, maxYears: number) =>
    new DomainError(
      'GRANT.TOO_MANY_FISCAL_YEARS',
      'rule',
      `지원은 ${year}년부터 최대 ${maxYears}개 회계연도에 걸칠 수 있습니다: 분할 지급 ${trancheId}(${dueOn})는 그 밖입니다. (An award spans at most ${maxYears} fiscal years from ${year}; tranche ${trancheId}, due ${dueOn}, falls outside.)`,
      { trancheId, dueOn, year, maxYears },
    ),

  becauseNoYearPart: (grantId: string, year: number) =>
    new DomainError(
      'GRANT.NO_YEAR_PART',
      'not-found',
      `지원 과제 ${grantId}에는 ${year}년 연차 지원금이 없습니다. (Grant ${grantId} has no part in fiscal year ${year}.)`,
      { grantId, year },
    ),

  becauseYearPartAlreadyCommitted: (grantId: string, year: number) =>
    new DomainError(
      'GRANT.YEAR_PART_ALREADY_COMMITTED',
      'conflict',
      `지원 과제 ${grantId}의 ${year}년 연차 지원금은 이미 약정되었습니다. (Grant ${grantId}'s ${year} part is already committed.)`,
      { grantId, year },
    ),

  becauseYearPartNotCommitted: (grantId: string, trancheId: string, year: number) =>
    new DomainError(
      'GRANT.YEAR_PART_NOT_COMMITTED',
      'conflict',
      `분할 지급 ${trancheId}는 ${year}년 예산에서 지급되며, 그 해의 연차 지원금이 아직 약정되지 않았습니다. (Tranche ${trancheId} is paid from the ${year} budget, and the grant's ${year} part is not committed yet.)`,
      { grantId, trancheId, year },
    ),

  becauseApplicationHasActiveGrant: (applicationId: string, activeGrantId: string) =>
    new DomainError(
      'GRANT.APPLICATION_ALREADY_AWARDED',
      'conflict',
      `이 신청에는 이미 진행 중인 지원 과제 ${activeGrantId}가 있습니다. (Application ${applicationId} already holds grant ${activeGrantId}.)`,
      { applicationId, activeGrantId },
    ),
} as const;

export const AgreementError = {
  becauseNumberRequired: () =>
    new DomainError('AGREEMENT.NUMBER_REQUIRED', 'rule', '협약 번호가 필요합니다. (The agreement needs its number.)', { field: 'agreementNumber' }),

  becauseNotADay: (field: string, value: string) =>
    new DomainError('AGREEMENT.INVALID_DAY', 'rule', `${field}: 달력에 있는 날짜(YYYY-MM-DD)여야 합니다. (${field} must be a calendar day, YYYY-MM-DD.)`, {
      field,
      value,
    }),

  becauseEndsBeforeStart: (startsOn: string, endsOn: string) =>
    new DomainError(
      'AGREEMENT.ENDS_BEFORE_START',
      'rule',
      `협약 기간은 시작일(${startsOn}) 뒤에 끝나야 합니다. (The agreement's term must end after it starts on ${startsOn}.)`,
      { startsOn, endsOn },
    ),

  becauseSignedAfterStart: (signedOn: string, startsOn: string) =>
    new DomainError(
      'AGREEMENT.SIGNED_AFTER_START',
      'rule',
      `협약은 협약 기간 시작일(${startsOn}) 또는 그 전에 체결되어야 합니다. (An agreement is signed on or before its term starts, ${startsOn}.)`,
      { signedOn, startsOn },
    ),

  becauseSignedInFuture: (signedOn: string, today: string) =>
    new DomainError(
      'AGREEMENT.SIGNED_IN_FUTURE',
      'rule',
      `체결일(${signedOn})이 오늘(${today}) 이후입니다: 체결된 협약만 기록합니다. (Only a signed agreement is recorded; ${signedOn} is after today, ${today}.)`,
      { signedOn, today },
    ),
} as const;

export const DisbursementError = {
  becauseScheduleMismatch: (award: Won, scheduled: number) =>
    new DomainError('DISBURSEMENT.SCHEDULE_MISMATCH', 'rule', `The tranches add up to ₩${scheduled}, not the award of ₩${award}`, {
      award,
      scheduled,
    }),

  becauseScheduleInvalid: (trancheId: string, problem: string) =>
    new DomainError('DISBURSEMENT.INVALID_SCHEDULE', 'rule', `Tranche ${trancheId}: ${problem}`, { trancheId, problem }),

  becauseUnknownTranche: (trancheId: string) =>
    new DomainError('DISBURSEMENT.UNKNOWN_TRANCHE', 'not-found', `No tranche ${trancheId} in the schedule`, { trancheId }),

  becauseTrancheNotScheduled: (trancheId: string, status: string) =>
    new DomainError('DISBURSEMENT.ALREADY_PROPOSED', 'conflict', `Tranche ${trancheId} is already ${status}`, { trancheId, status }),

  becauseTrancheNotProposed: (trancheId: string, status: string) =>
    new DomainError('DISBURSEMENT.NOT_PROPOSED', 'conflict', `Tranche ${trancheId} is ${status}, not proposed`, { trancheId, status }),
} as const;

export const RecoveryError = {
  /** `pending`: what open recovery proposals already claim of the money paid and not yet recovered. */
  becauseAboveDisbursed: (disbursed: Won, recovered: Won, pending: Won, requested: Won, year?: number) =>
    new DomainError(
      'RECOVERY.ABOVE_DISBURSED',
      'rule',
      `${year === undefined ? '' : `${year}년에 `}지급되고 아직 환수되지 않았으며 다른 환수 제안에 묶이지 않은 금액은 ₩${disbursed - recovered - pending}뿐입니다. (Only ₩${disbursed - recovered - pending} is disbursed${year === undefined ? '' : ` in ${year}`}, not yet recovered and not claimed by an open recovery proposal.)`,
      { disbursed, recovered, pending, recoverable: disbursed - recovered - pending, requested, ...(year !== undefined && { year }) },
    ),

  becauseAlreadyProposed: (recoveryId: string) =>
    new DomainError('RECOVERY.ALREADY_PROPOSED', 'conflict', `환수 ${recoveryId}는 이미 제안되었습니다. (Recovery ${recoveryId} has already been proposed.)`, {
      recoveryId,
    }),

  becauseNotFound: (recoveryId: string) =>
    new DomainError(
      'RECOVERY.NOT_FOUND',
      'not-found',
      `이 지원 과제에 환수 ${recoveryId}의 제안이 없습니다. (No recovery ${recoveryId} was proposed on this grant.)`,
      {
        recoveryId,
      },
    ),

  becauseNotPending: (recoveryId: string, status: string) =>
    new DomainError(
      'RECOVERY.NOT_PENDING',
      'conflict',
      `환수 ${recoveryId}는 이미 결정되었습니다(${status}). (Recovery ${recoveryId} is ${status}, not awaiting a decision.)`,
      { recoveryId, status },
    ),

  becauseNotProposer: (userId: string, recoveryId: string) =>
    new DomainError(
      'RECOVERY.NOT_PROPOSER',
      'forbidden',
      `환수 제안은 제안한 사람만 철회할 수 있습니다. (Only whoever proposed recovery ${recoveryId} may withdraw it.)`,
      { userId, recoveryId },
    ),
} as const;

export const AllocationError = {
  becauseRoleNotAllowed: (actor: Actor, allowed: readonly Role[]) => roleNotAllowed('ALLOCATION.ROLE_NOT_ALLOWED', actor, allowed),
  becauseReasonRequired: () => reasonRequired('ALLOCATION.REASON_REQUIRED'),
  becauseSameApprover: (userId: string) => fourEyes('ALLOCATION.FOUR_EYES', userId, 'allocation'),

  becauseAmountNotFixed: (fixed: Won, requested: unknown) =>
    new DomainError('ALLOCATION.AMOUNT_FIXED', 'rule', `A mentoring allocation is exactly ₩${fixed}`, { fixed, requested }),

  becauseWrongLine: (expected: string, lineId: string) =>
    new DomainError('ALLOCATION.WRONG_LINE', 'rule', `Mentoring allocations come from the ${expected} line`, { expected, lineId }),

  becauseNotFound: (allocationId: string) =>
    new DomainError('ALLOCATION.NOT_FOUND', 'not-found', `Allocation ${allocationId} has not been requested`, { allocationId }),

  becauseAlreadyRequested: (allocationId: string) =>
    new DomainError('ALLOCATION.ALREADY_REQUESTED', 'conflict', `Allocation ${allocationId} has already been requested`, { allocationId }),

  becauseNotAwaitingDecision: (allocationId: string, status: string) =>
    new DomainError('ALLOCATION.NOT_AWAITING_DECISION', 'conflict', `Allocation ${allocationId} is ${status}, not awaiting a decision`, {
      allocationId,
      status,
    }),

  becauseNotApproved: (allocationId: string, status: string) =>
    new DomainError('ALLOCATION.NOT_APPROVED', 'conflict', `Allocation ${allocationId} is ${status}, not approved`, { allocationId, status }),
} as const;
