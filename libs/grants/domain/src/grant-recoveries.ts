import { assertNever, Decision, DomainError, isBlank, isDomainError, isPositiveWon, Won, won } from '@yunghap/kernel';
import { breaksFourEyes } from './four-eyes';
import { ApproveRecovery, ProposeRecovery, RecoveryCommand, RejectRecovery, WithdrawRecovery } from './grant.commands';
import { GrantEvent, GrantFundsRecovered, RecoveryProposed, RecoveryRejected, RecoveryWithdrawn } from './grant.events';
import { ProposedGrant, RecoveryState } from './grant.state';
import { GrantError, RecoveryError } from './grants.errors';
import { disbursedIn, trancheYearOf } from './year-parts';

// Recoveries follow four-eyes like every payment: the money that comes back is the same public
// money. A proposal claims its amount at once, so two open proposals can never add up to more
// than was paid and not yet recovered; the money moves on the line only at finance's approval.
// A recovery goes back to the line it was paid from, so it names a fiscal year and is held to
// what that year paid: each year's line balances on its own.

/** What the recoveries of `year` in the given statuses add up to. */
function recoveriesWon(grant: ProposedGrant, year: number, status: RecoveryState['status']): Won {
  const matching = grant.recoveries.filter((recovery) => recovery.status === status && recovery.year === year);
  return won(matching.reduce((sum, recovery) => sum + recovery.amount, 0));
}

/** The latest fiscal year the grant paid a tranche from, or its award's year when it paid none. */
function latestPaidYear(grant: ProposedGrant): number {
  const years = grant.tranches.filter((tranche) => tranche.status === 'disbursed').map((tranche) => trancheYearOf(grant, tranche));
  return years.length === 0 ? grant.year : Math.max(...years);
}

/** A clawback may be proposed while money paid out in its year has not come back, also after a cancellation. */
function propose({ data, metadata }: ProposeRecovery, grant: ProposedGrant): Decision<GrantEvent> {
  if (!isPositiveWon(data.amount)) return GrantError.becauseAmountInvalid('amount', data.amount);
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  if (grant.recoveries.some((recovery) => recovery.recoveryId === data.recoveryId)) return RecoveryError.becauseAlreadyProposed(data.recoveryId);
  const year = data.year ?? latestPaidYear(grant);
  const [paid, recovered, pending] = [disbursedIn(grant, year), recoveriesWon(grant, year, 'recovered'), recoveriesWon(grant, year, 'proposed')];
  if (data.amount > paid - recovered - pending) return RecoveryError.becauseAboveDisbursed(paid, recovered, pending, data.amount, year);
  const { recoveryId, amount, reason } = data;
  return [{ type: 'RecoveryProposed', data: { grantId: grant.grantId, recoveryId, amount, reason, proposedBy: metadata.actor.userId, year } }];
}

function pendingRecovery(grant: ProposedGrant, recoveryId: string): RecoveryState | DomainError {
  const recovery = grant.recoveries.find((candidate) => candidate.recoveryId === recoveryId);
  if (!recovery) return RecoveryError.becauseNotFound(recoveryId);
  return recovery.status === 'proposed' ? recovery : RecoveryError.becauseNotPending(recoveryId, recovery.status);
}

/** Finance approves a recovery someone else proposed: the money goes back to the line (`RecoverToLine`). */
function approve({ data, metadata }: ApproveRecovery, grant: ProposedGrant): Decision<GrantEvent> {
  const recovery = pendingRecovery(grant, data.recoveryId);
  if (isDomainError(recovery)) return recovery;
  if (breaksFourEyes(metadata.actor, recovery.proposedBy === undefined ? [] : [recovery.proposedBy]))
    return GrantError.becauseSameApprover(metadata.actor.userId, 'recovery');
  const { grantId, lineId } = grant;
  const { recoveryId, amount, reason, year } = recovery;
  return [{ type: 'GrantFundsRecovered', data: { grantId, year, lineId, recoveryId, amount, reason, approvedBy: metadata.actor.userId } }];
}

function withdraw({ data, metadata }: WithdrawRecovery, grant: ProposedGrant): Decision<GrantEvent> {
  const recovery = pendingRecovery(grant, data.recoveryId);
  if (isDomainError(recovery)) return recovery;
  if (recovery.proposedBy !== metadata.actor.userId) return RecoveryError.becauseNotProposer(metadata.actor.userId, data.recoveryId);
  return [{ type: 'RecoveryWithdrawn', data: { grantId: grant.grantId, recoveryId: data.recoveryId, withdrawnBy: metadata.actor.userId } }];
}

function reject({ data, metadata }: RejectRecovery, grant: ProposedGrant): Decision<GrantEvent> {
  const recovery = pendingRecovery(grant, data.recoveryId);
  if (isDomainError(recovery)) return recovery;
  if (isBlank(data.reason)) return GrantError.becauseReasonRequired();
  return [{ type: 'RecoveryRejected', data: { grantId: grant.grantId, recoveryId: data.recoveryId, reason: data.reason, rejectedBy: metadata.actor.userId } }];
}

export function decideRecovery(command: RecoveryCommand, grant: ProposedGrant): Decision<GrantEvent> {
  switch (command.type) {
    case 'ProposeRecovery':
      return propose(command, grant);
    case 'ApproveRecovery':
      return approve(command, grant);
    case 'WithdrawRecovery':
      return withdraw(command, grant);
    case 'RejectRecovery':
      return reject(command, grant);
    default:
      return assertNever(command);
  }
}

function withRecovery(grant: ProposedGrant, recoveryId: string, change: Partial<RecoveryState>): ProposedGrant {
  return { ...grant, recoveries: grant.recoveries.map((recovery) => (recovery.recoveryId === recoveryId ? { ...recovery, ...change } : recovery)) };
}

export type RecoveryEvent = RecoveryProposed | GrantFundsRecovered | RecoveryWithdrawn | RecoveryRejected;

export function evolveRecovery(grant: ProposedGrant, event: RecoveryEvent): ProposedGrant {
  switch (event.type) {
    case 'RecoveryProposed': {
      const { recoveryId, amount, reason, proposedBy, year = grant.year } = event.data;
      return { ...grant, recoveries: [...grant.recoveries, { recoveryId, amount, reason, proposedBy, status: 'proposed', year }] };
    }
    case 'GrantFundsRecovered': {
      const { recoveryId, amount, reason, approvedBy, year } = event.data;
      const recovered = won(grant.recovered + amount);
      // A recovery recorded before four-eyes had no proposal: it enters the record as recovered.
      if (!grant.recoveries.some((recovery) => recovery.recoveryId === recoveryId))
        return { ...grant, recovered, recoveries: [...grant.recoveries, { recoveryId, amount, reason, status: 'recovered', year }] };
      return { ...withRecovery(grant, recoveryId, { status: 'recovered', decidedBy: approvedBy }), recovered };
    }
    case 'RecoveryWithdrawn':
      return withRecovery(grant, event.data.recoveryId, { status: 'withdrawn', decidedBy: event.data.withdrawnBy });
    case 'RecoveryRejected':
      return withRecovery(grant, event.data.recoveryId, { status: 'rejected', decidedBy: event.data.rejectedBy, rejectionReason: event.data.reason });
    default:
      return assertNever(event);
  }
}
