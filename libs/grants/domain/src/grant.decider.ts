import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Role, won } from '@yunghap/kernel';
import { checkAgreement } from './agreement';
import { checkSchedule } from './disbursement-schedule';
import { breaksFourEyes } from './four-eyes';
import { decideRecovery, evolveRecovery } from './grant-recoveries';
import {
  ApproveAward,
  ApproveDisbursement,
  ApproveLineException,
  CancelGrant,
  CommitYearPart,
  GrantCommand,
  ProposeAward,
  ProposeDisbursement,
  RecordAgreement,
  RejectAward,
} from './grant.commands';
import { GrantCancelled, GrantEvent, LineException } from './grant.events';
import { GrantState, ProposedGrant, TrancheState } from './grant.state';
import { DisbursementError, GrantError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { disbursedIn, releasesOf, singleYearParts, trancheYearOf, YearPartState, yearPartsOf } from './year-parts';

function decide(command: GrantCommand, state: GrantState): Decision<GrantEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return GrantError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  if (command.type === 'ProposeAward') return propose(command, state);
  if (state.status === 'none') return GrantError.becauseNotFound(command.data.grantId);
  switch (command.type) {
    case 'ApproveLineException':
      return approveLineException(command, state);
    case 'ApproveAward':
      return approve(command, state);
    case 'RejectAward':
      return reject(command, state);
    case 'RecordAgreement':
      return recordAgreement(command, state);
    case 'ProposeDisbursement':
      return proposeDisbursement(command, state);
    case 'ApproveDisbursement':
      return approveDisbursement(command, state);
    case 'ProposeRecovery':
    case 'ApproveRecovery':
    case 'WithdrawRecovery':
    case 'RejectRecovery':
      return decideRecovery(command, state);
    case 'CancelGrant':
      return cancel(command, state);
    case 'CommitYearPart':
      return commitYearPart(command, state);
    default:
      return assertNever(command);
  }
}

function propose({ data, metadata }: ProposeAward, state: GrantState): Decision<GrantEvent> {
  if (state.status !== 'none') return GrantError.becauseAlreadyProposed(data.grantId);
  if (!data.evaluationPassed) return GrantError.becauseEvaluationNotPassed(data.applicationId);
  if (!isPositiveWon(data.amount)) return GrantError.becauseAmountInvalid('amount', data.amount);
  if (!isPositiveWon(data.requestedWon)) return GrantError.becauseAmountInvalid('requestedWon', data.requestedWon);
  if (data.amount > data.projectCap) return GrantError.becauseAboveProjectCap(data.projectCap, data.amount);
  if (data.amount > data.requestedWon) return GrantError.becauseAboveRequested(data.requestedWon, data.amount);
  const scheduleError = checkSchedule(data.schedule, data.amount);
  if (scheduleError) return scheduleError;
  const yearParts = yearPartsOf(data.schedule, data.year);
  if (isDomainError(yearParts)) return yearParts;
  const lineException = lineExceptionOf(data);
  if (isDomainError(lineException)) return lineException;
  const { evaluationPassed: _passed, callLineId: _callLine, lineException: _request, projectCap: _cap, ...facts } = data;
  return [{ type: 'AwardProposed', data: { ...facts, ...(lineException && { lineException }), proposedBy: metadata.actor.userId, yearParts } }];
}

/**
 * An award is charged to its call's line. Another line only by an explicit exception with a
 * reason, recorded on the proposal, which a second program manager must approve before finance.
 */
function lineExceptionOf({ callId, callLineId, lineId, lineException }: ProposeAward['data']): LineException | DomainError | undefined {
  if (lineId === callLineId) return lineException ? GrantError.becauseLineExceptionNotNeeded(callLineId) : undefined;
  if (!lineException) return GrantError.becauseLineNotCallsLine(callId, callLineId, lineId);
  if (isBlank(lineException.reason)) return GrantError.becauseReasonRequired();
  return { callLineId, reason: lineException.reason };
}

function awaitingDecision(grant: ProposedGrant): DomainError | undefined {
  return grant.status === 'proposed' ? undefined : GrantError.becauseNotAwaitingDecision(grant.grantId, grant.status);
}

/** A second program manager, not the proposer, approves charging another line than the call's. */
function approveLineException({ metadata }: ApproveLineException, grant: ProposedGrant): Decision<GrantEvent> {
  const notAwaiting = awaitingDecision(grant);
  if (notAwaiting) return notAwaiting;
  if (grant.lineException === undefined || grant.lineException.approvedBy !== undefined) return GrantError.becauseNoLineException(grant.grantId);
  if (breaksFourEyes(metadata.actor, [grant.proposedBy])) return GrantError.becauseSameApprover(metadata.actor.userId, 'line-exception');
  return [{ type: 'LineExceptionApproved', data: { grantId: grant.grantId, approvedBy: metadata.actor.userId } }];
}

/**
 * Finance approves the award another person proposed. Only the award year's part is committed:
 * the line's available money is checked on that year's line stream, where the service commits it
 * before recording this approval. The later years' parts are planned, each for its own year's budget.
 */
function approve({ metadata }: ApproveAward, grant: ProposedGrant): Decision<GrantEvent> {
  const notAwaiting = awaitingDecision(grant);
  if (notAwaiting) return notAwaiting;
  if (breaksFourEyes(metadata.actor, [grant.proposedBy])) return GrantError.becauseSameApprover(metadata.actor.userId, 'award');
  if (grant.lineException && grant.lineException.approvedBy === undefined)
    return GrantError.becauseLineExceptionPending(grant.grantId, grant.lineException.callLineId, grant.lineId);
  const { grantId, year, lineId } = grant;
  const amount = grant.yearParts.find((part) => part.year === year)?.amount ?? won(0);
  const planned = grant.yearParts.filter((part) => part.year !== year).map((part) => ({ year: part.year, amount: part.amount }));
  return [{ type: 'AwardApproved', data: { grantId, year, lineId, amount, planned, approvedBy: metadata.actor.userId } }];
}

/** A later year's planned part, committed on that year's line once its program is open (the line refuses otherwise). */
function commitYearPart({ data }: CommitYearPart, grant: ProposedGrant): Decision<GrantEvent> {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  const part = grant.yearParts.find((candidate) => candidate.year === data.year);
  if (!part) return GrantError.becauseNoYearPart(grant.grantId, data.year);
  if (part.status !== 'planned') return GrantError.becauseYearPartAlreadyCommitted(grant.grantId, data.year);
  return [{ type: 'YearPartCommitted', data: { grantId: grant.grantId, year: part.year, lineId: grant.lineId, amount: part.amount } }];
}

function reject({ data, metadata }: RejectAward, grant: ProposedGrant): Decision<GrantEvent> {
  const notAwaiting = awaitingDecision(grant);
  if (notAwaiting) return notAwaiting;
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  return [{ type: 'AwardRejected', data: { grantId: grant.grantId, reason: data.reason, rejectedBy: metadata.actor.userId } }];
}

/** The agreement is recorded once, for an awarded grant, by a program manager (`checkAgreement` for its rules). */
function recordAgreement({ data, metadata }: RecordAgreement, grant: ProposedGrant): Decision<GrantEvent> {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  if (grant.agreement) return GrantError.becauseAgreementAlreadyRecorded(grant.grantId, grant.agreement.agreementNumber);
  const { grantId: _grantId, ...agreement } = data;
  const invalid = checkAgreement(agreement, metadata.now);
  if (invalid) return invalid;
  return [{ type: 'AgreementRecorded', data: { grantId: grant.grantId, ...agreement, recordedBy: metadata.actor.userId } }];
}

function awardedTranche(grant: ProposedGrant, trancheId: string): TrancheState | DomainError {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  return grant.tranches.find((tranche) => tranche.trancheId === trancheId) ?? DisbursementError.becauseUnknownTranche(trancheId);
}

function proposeDisbursement({ data, metadata }: ProposeDisbursement, grant: ProposedGrant): Decision<GrantEvent> {
  const tranche = awardedTranche(grant, data.trancheId);
  if (isDomainError(tranche)) return tranche;
  // 협약 체결 후 출연금 지급: no payment before the agreement is signed.
  if (!grant.agreement) return GrantError.becauseAgreementNotSigned(grant.grantId);
  if (tranche.status !== 'scheduled') return DisbursementError.becauseTrancheNotScheduled(tranche.trancheId, tranche.status);
  // A tranche is paid from its own year's line, where its year's part must be committed first.
  const year = trancheYearOf(grant, tranche);
  if (grant.yearParts.find((part) => part.year === year)?.status !== 'committed')
    return GrantError.becauseYearPartNotCommitted(grant.grantId, tranche.trancheId, year);
  return [
    { type: 'DisbursementProposed', data: { grantId: grant.grantId, trancheId: tranche.trancheId, amount: tranche.amount, proposedBy: metadata.actor.userId } },
  ];
}

function approveDisbursement({ data, metadata }: ApproveDisbursement, grant: ProposedGrant): Decision<GrantEvent> {
  const tranche = awardedTranche(grant, data.trancheId);
  if (isDomainError(tranche)) return tranche;
  if (tranche.status !== 'proposed') return DisbursementError.becauseTrancheNotProposed(tranche.trancheId, tranche.status);
  if (breaksFourEyes(metadata.actor, tranche.proposedBy === undefined ? [] : [tranche.proposedBy]))
    return GrantError.becauseSameApprover(metadata.actor.userId, 'disbursement');
  const { grantId, lineId } = grant;
  const year = trancheYearOf(grant, tranche);
  return [
    { type: 'DisbursementApproved', data: { grantId, year, lineId, trancheId: tranche.trancheId, amount: tranche.amount, approvedBy: metadata.actor.userId } },
  ];
}

/** Each committed year gives back to its line what was committed and not paid; planned parts simply end. */
function cancel({ data }: CancelGrant, grant: ProposedGrant): Decision<GrantEvent> {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  const { grantId, year, lineId } = grant;
  const releases = grant.yearParts
    .filter((part) => part.status === 'committed')
    .map((part) => ({ year: part.year, amount: won(part.amount - disbursedIn(grant, part.year)) }))
    .filter((release) => release.amount > 0);
  const released = won(releases.reduce((sum, release) => sum + release.amount, 0));
  return [{ type: 'GrantCancelled', data: { grantId, year, lineId, released, releases, reason: data.reason } }];
}

function withYearPart(grant: ProposedGrant, year: number, change: Partial<YearPartState>): ProposedGrant {
  return { ...grant, yearParts: grant.yearParts.map((part) => (part.year === year ? { ...part, ...change } : part)) };
}

function cancelledParts(grant: ProposedGrant, cancelled: GrantCancelled['data']): readonly YearPartState[] {
  const releases = releasesOf(cancelled);
  return grant.yearParts.map((part): YearPartState => {
    if (part.status === 'planned') return { ...part, status: 'ended' };
    if (part.status !== 'committed') return part;
    return { ...part, status: 'released', released: releases.find((release) => release.year === part.year)?.amount ?? won(0) };
  });
}

function withTranche(grant: ProposedGrant, trancheId: string, change: Partial<TrancheState>): ProposedGrant {
  return { ...grant, tranches: grant.tranches.map((tranche) => (tranche.trancheId === trancheId ? { ...tranche, ...change } : tranche)) };
}

function evolve(state: GrantState, event: GrantEvent): GrantState {
  if (event.type === 'AwardProposed') {
    const { schedule, requestedWon: _requested, yearParts, ...award } = event.data;
    const none = won(0);
    return {
      status: 'proposed',
      ...award,
      tranches: schedule.map((tranche) => ({ ...tranche, status: 'scheduled' })),
      yearParts: (yearParts ?? singleYearParts(award.year, award.amount)).map(({ year, amount }) => ({ year, amount, status: 'planned' })),
      disbursed: none,
      recovered: none,
      recoveries: [],
    };
  }
  // The other events only follow AwardProposed in a grant's stream.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'LineExceptionApproved':
      return state.lineException ? { ...state, lineException: { ...state.lineException, approvedBy: event.data.approvedBy } } : state;
    case 'AwardApproved':
      return { ...withYearPart(state, event.data.year, { status: 'committed' }), status: 'awarded' };
    case 'YearPartCommitted':
      return withYearPart(state, event.data.year, { status: 'committed' });
    case 'AwardRejected':
      return { ...state, status: 'rejected', yearParts: state.yearParts.map((part) => ({ ...part, status: 'ended' })) };
    case 'AgreementRecorded': {
      const { grantId: _grantId, ...agreement } = event.data;
      return { ...state, agreement };
    }
    case 'DisbursementProposed':
      return withTranche(state, event.data.trancheId, { status: 'proposed', proposedBy: event.data.proposedBy });
    case 'DisbursementApproved':
      return { ...withTranche(state, event.data.trancheId, { status: 'disbursed' }), disbursed: won(state.disbursed + event.data.amount) };
    case 'RecoveryProposed':
    case 'GrantFundsRecovered':
    case 'RecoveryWithdrawn':
    case 'RecoveryRejected':
      return evolveRecovery(state, event);
    case 'GrantCancelled':
      // Tranches not yet paid will never be: they stay in the record as void.
      return {
        ...state,
        status: 'cancelled',
        yearParts: cancelledParts(state, event.data),
        tranches: state.tranches.map((tranche) => (tranche.status === 'disbursed' ? tranche : { ...tranche, status: 'void', proposedBy: undefined })),
      };
    default:
      return assertNever(event);
  }
}

/** One grant award, from proposal to its last disbursement or recovery (stream `grant-<grantId>`). */
export const grantDecider: Decider<GrantCommand, GrantEvent, GrantState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
