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
  becauseSameApprover: (userId: string, step: 'award' | 'disbursement') => fourEyes('GRANT.FOUR_EYES', userId, step),

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

  becauseApplicationHasActiveGrant: (applicationId: string, activeGrantId: string) =>
    new DomainError(
      'GRANT.APPLICATION_ALREADY_AWARDED',
      'conflict',
      `이 신청에는 이미 진행 중인 지원 과제 ${activeGrantId}가 있습니다. (Application ${applicationId} already holds grant ${activeGrantId}.)`,
      { applicationId, activeGrantId },
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
  becauseAboveDisbursed: (disbursed: Won, recovered: Won, requested: Won) =>
    new DomainError('RECOVERY.ABOVE_DISBURSED', 'rule', `Only ₩${disbursed - recovered} is disbursed and not yet recovered`, {
      disbursed,
      recovered,
      recoverable: disbursed - recovered,
      requested,
    }),
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
