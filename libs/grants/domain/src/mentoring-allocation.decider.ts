import { assertNever, Decider, Decision, isBlank, Role, Won } from '@yunghap/kernel';
import { breaksFourEyes } from './four-eyes';
import { AllocationError } from './grants.errors';
import { GRANTS_ROLES } from './grants.roles';
import { AllocationCommand, ApproveAllocation, RejectAllocation, ReleaseAllocation, RequestAllocation } from './mentoring-allocation.commands';
import { AllocationEvent } from './mentoring-allocation.events';
import { MENTORING_ALLOCATION_WON, MENTORING_LINE_ID } from './program-seed';

export type AllocationStatus = 'requested' | 'approved' | 'rejected' | 'released';

export interface RequestedAllocation {
  readonly status: AllocationStatus;
  readonly allocationId: string;
  readonly year: number;
  readonly engagementId: string;
  readonly consortiumId: string;
  readonly lineId: string;
  readonly amount: Won;
  /** The service that asked and the coordinator behind it: neither may approve. */
  readonly requestedBy: string;
  readonly confirmedBy: string;
}

export type AllocationState = { readonly status: 'none' } | RequestedAllocation;

function decide(command: AllocationCommand, state: AllocationState): Decision<AllocationEvent> {
  const allowed: readonly Role[] = GRANTS_ROLES[command.type];
  if (!allowed.includes(command.metadata.actor.role)) return AllocationError.becauseRoleNotAllowed(command.metadata.actor, allowed);
  if (command.type === 'RequestAllocation') return request(command, state);
  if (state.status === 'none') return AllocationError.becauseNotFound(command.data.allocationId);
  switch (command.type) {
    case 'ApproveAllocation':
      return approve(command, state);
    case 'RejectAllocation':
      return reject(command, state);
    case 'ReleaseAllocation':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

function request({ data, metadata }: RequestAllocation, state: AllocationState): Decision<AllocationEvent> {
  if (state.status !== 'none') return AllocationError.becauseAlreadyRequested(data.allocationId);
  if (data.amount !== MENTORING_ALLOCATION_WON) return AllocationError.becauseAmountNotFixed(MENTORING_ALLOCATION_WON, data.amount);
  if (data.lineId !== MENTORING_LINE_ID) return AllocationError.becauseWrongLine(MENTORING_LINE_ID, data.lineId);
  return [{ type: 'AllocationRequested', data: { ...data, requestedBy: metadata.actor.userId } }];
}

/** Approval commits the ₩10M on the mentoring line; the service commits first (see README). */
function approve({ metadata }: ApproveAllocation, allocation: RequestedAllocation): Decision<AllocationEvent> {
  if (allocation.status !== 'requested') return AllocationError.becauseNotAwaitingDecision(allocation.allocationId, allocation.status);
  if (breaksFourEyes(metadata.actor, [allocation.requestedBy, allocation.confirmedBy])) return AllocationError.becauseSameApprover(metadata.actor.userId);
  const { allocationId, year, lineId, amount } = allocation;
  return [{ type: 'AllocationApproved', data: { allocationId, year, lineId, amount, approvedBy: metadata.actor.userId } }];
}

function reject({ data, metadata }: RejectAllocation, allocation: RequestedAllocation): Decision<AllocationEvent> {
  if (allocation.status !== 'requested') return AllocationError.becauseNotAwaitingDecision(allocation.allocationId, allocation.status);
  return [{ type: 'AllocationRejected', data: { ...data, rejectedBy: metadata.actor.userId } }];
}

function release({ data }: ReleaseAllocation, allocation: RequestedAllocation): Decision<AllocationEvent> {
  if (allocation.status !== 'approved') return AllocationError.becauseNotApproved(allocation.allocationId, allocation.status);
  if (isBlank(data.reason)) return AllocationError.becauseReasonRequired();
  const { allocationId, year, lineId } = allocation;
  return [{ type: 'AllocationReleased', data: { allocationId, year, lineId, reason: data.reason } }];
}

const STATUS_AFTER: Record<Exclude<AllocationEvent['type'], 'AllocationRequested'>, AllocationStatus> = {
  AllocationApproved: 'approved',
  AllocationRejected: 'rejected',
  AllocationReleased: 'released',
};

function evolve(state: AllocationState, event: AllocationEvent): AllocationState {
  if (event.type === 'AllocationRequested') return { status: 'requested', ...event.data };
  // The other events only follow AllocationRequested in an allocation's stream, and only change its status.
  if (state.status === 'none') return state;
  return { ...state, status: STATUS_AFTER[event.type] };
}

/** One ₩10M mentoring allocation for one engagement (stream `allocation-<allocationId>`). */
export const mentoringAllocationDecider: Decider<AllocationCommand, AllocationEvent, AllocationState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
