import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Role, Won, won } from '@yunghap/kernel';
import { checkSchedule, Tranche } from './disbursement-schedule';
import { breaksFourEyes } from './four-eyes';
import { ApproveAward, ApproveDisbursement, CancelGrant, GrantCommand, ProposeAward, ProposeDisbursement, RecoverFunds, RejectAward } from './grant.commands';
import { GrantEvent } from './grant.events';
import { DisbursementError, GrantError, RecoveryError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { PROJECT_CAP_WON } from './program-seed';

export type TrancheStatus = 'scheduled' | 'proposed' | 'disbursed' | 'void';

export interface TrancheState extends Tranche {
  readonly status: TrancheStatus;
  readonly proposedBy?: string;
}

export type GrantStatus = 'proposed' | 'rejected' | 'awarded' | 'cancelled';

export interface ProposedGrant {
  readonly status: GrantStatus;
  readonly grantId: string;
  readonly year: number;
  readonly applicationId: string;
  readonly callId: string;
  readonly lineId: string;
  readonly amount: Won;
  readonly proposedBy: string;
  readonly tranches: readonly TrancheState[];
  readonly disbursed: Won;
  readonly recovered: Won;
}

export type GrantState = { readonly status: 'none' } | ProposedGrant;

function decide(command: GrantCommand, state: GrantState): Decision<GrantEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return GrantError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  if (command.type === 'ProposeAward') return propose(command, state);
  if (state.status === 'none') return GrantError.becauseNotFound(command.data.grantId);
  switch (command.type) {
    case 'ApproveAward':
      return approve(command, state);
    case 'RejectAward':
      return reject(command, state);
    case 'ProposeDisbursement':
      return proposeDisbursement(command, state);
    case 'ApproveDisbursement':
      return approveDisbursement(command, state);
    case 'RecoverFunds':
      return recoverFunds(command, state);
    case 'CancelGrant':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

function propose({ data, metadata }: ProposeAward, state: GrantState): Decision<GrantEvent> {
  if (state.status !== 'none') return GrantError.becauseAlreadyProposed(data.grantId);
  if (!data.evaluationPassed) return GrantError.becauseEvaluationNotPassed(data.applicationId);
  if (!isPositiveWon(data.amount)) return GrantError.becauseAmountInvalid('amount', data.amount);
  if (!isPositiveWon(data.requestedWon)) return GrantError.becauseAmountInvalid('requestedWon', data.requestedWon);
  if (data.amount > PROJECT_CAP_WON) return GrantError.becauseAboveProjectCap(PROJECT_CAP_WON, data.amount);
  if (data.amount > data.requestedWon) return GrantError.becauseAboveRequested(data.requestedWon, data.amount);
  const scheduleError = checkSchedule(data.schedule, data.amount);
  if (scheduleError) return scheduleError;
  const { evaluationPassed: _passed, ...facts } = data;
  return [{ type: 'AwardProposed', data: { ...facts, proposedBy: metadata.actor.userId } }];
}

function awaitingDecision(grant: ProposedGrant): DomainError | undefined {
  return grant.status === 'proposed' ? undefined : GrantError.becauseNotAwaitingDecision(grant.grantId, grant.status);
}

/**
 * Finance approves the award another person proposed. The line's available money is checked on
 * the line stream, where the service commits the amount before recording this approval.
 */
function approve({ metadata }: ApproveAward, grant: ProposedGrant): Decision<GrantEvent> {
  const notAwaiting = awaitingDecision(grant);
  if (notAwaiting) return notAwaiting;
  if (breaksFourEyes(metadata.actor, [grant.proposedBy])) return GrantError.becauseSameApprover(metadata.actor.userId, 'award');
  const { grantId, year, lineId, amount } = grant;
  return [{ type: 'AwardApproved', data: { grantId, year, lineId, amount, approvedBy: metadata.actor.userId } }];
}

function reject({ data, metadata }: RejectAward, grant: ProposedGrant): Decision<GrantEvent> {
  const notAwaiting = awaitingDecision(grant);
  if (notAwaiting) return notAwaiting;
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  return [{ type: 'AwardRejected', data: { grantId: grant.grantId, reason: data.reason, rejectedBy: metadata.actor.userId } }];
}

function awardedTranche(grant: ProposedGrant, trancheId: string): TrancheState | DomainError {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  return grant.tranches.find((tranche) => tranche.trancheId === trancheId) ?? DisbursementError.becauseUnknownTranche(trancheId);
}

function proposeDisbursement({ data, metadata }: ProposeDisbursement, grant: ProposedGrant): Decision<GrantEvent> {
  const tranche = awardedTranche(grant, data.trancheId);
  if (isDomainError(tranche)) return tranche;
  if (tranche.status !== 'scheduled') return DisbursementError.becauseTrancheNotScheduled(tranche.trancheId, tranche.status);
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
  const { grantId, year, lineId } = grant;
  return [
    { type: 'DisbursementApproved', data: { grantId, year, lineId, trancheId: tranche.trancheId, amount: tranche.amount, approvedBy: metadata.actor.userId } },
  ];
}

/** A clawback is possible while money paid out has not come back, also after a cancellation. */
function recoverFunds({ data }: RecoverFunds, grant: ProposedGrant): Decision<GrantEvent> {
  if (!isPositiveWon(data.amount)) return GrantError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  if (data.amount > grant.disbursed - grant.recovered) return RecoveryError.becauseAboveDisbursed(grant.disbursed, grant.recovered, data.amount);
  const { grantId, year, lineId } = grant;
  return [{ type: 'GrantFundsRecovered', data: { grantId, year, lineId, recoveryId: data.recoveryId, amount: data.amount, reason: data.reason } }];
}

function cancel({ data }: CancelGrant, grant: ProposedGrant): Decision<GrantEvent> {
  if (grant.status !== 'awarded') return GrantError.becauseNotAwarded(grant.grantId, grant.status);
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  const { grantId, year, lineId } = grant;
  return [{ type: 'GrantCancelled', data: { grantId, year, lineId, released: won(grant.amount - grant.disbursed), reason: data.reason } }];
}

function withTranche(grant: ProposedGrant, trancheId: string, change: Partial<TrancheState>): ProposedGrant {
  return { ...grant, tranches: grant.tranches.map((tranche) => (tranche.trancheId === trancheId ? { ...tranche, ...change } : tranche)) };
}

function evolve(state: GrantState, event: GrantEvent): GrantState {
  if (event.type === 'AwardProposed') {
    const { schedule, requestedWon: _requested, ...award } = event.data;
    const none = won(0);
    return { status: 'proposed', ...award, tranches: schedule.map((tranche) => ({ ...tranche, status: 'scheduled' })), disbursed: none, recovered: none };
  }
  // The other events only follow AwardProposed in a grant's stream.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AwardApproved':
      return { ...state, status: 'awarded' };
    case 'AwardRejected':
      return { ...state, status: 'rejected' };
    case 'DisbursementProposed':
      return withTranche(state, event.data.trancheId, { status: 'proposed', proposedBy: event.data.proposedBy });
    case 'DisbursementApproved':
      return { ...withTranche(state, event.data.trancheId, { status: 'disbursed' }), disbursed: won(state.disbursed + event.data.amount) };
    case 'GrantFundsRecovered':
      return { ...state, recovered: won(state.recovered + event.data.amount) };
    case 'GrantCancelled':
      // Tranches not yet paid will never be: they stay in the record as void.
      return {
        ...state,
        status: 'cancelled',
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
