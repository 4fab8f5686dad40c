import { assertNever, Decider, Decision, DomainError, isBlank, isDomainError, koreanDayOf, Role } from '@yunghap/kernel';
import { conflictsOfInterest } from './conflict-of-interest';
import { firmsOf, validateConsortium } from './consortium';
import {
  CancelEngagement,
  CompleteEngagement,
  ConfirmMentor,
  EngagementCommand,
  LogSession,
  ProposeEngagement,
  RecordAllocationApproval,
  RecordAllocationRejection,
  RequestAllocation,
} from './engagement.commands';
import { EngagementEvent } from './engagement.events';
import { Engagement, EngagementState, isClosed, MAX_REPORT_LENGTH, MENTORING_ALLOCATION_AMOUNT, OpenStatus } from './engagement.state';
import { EngagementError, MatchingError } from './mentoring.errors';
import { MENTORING_ROLES } from './mentoring.roles';
import { validateSession } from './mentoring-session';
import { firstDuplicate } from './lists';

type OpenEngagement = Engagement & { readonly status: OpenStatus };
type Recorded = RecordAllocationApproval | RecordAllocationRejection;
type Coordinated = Exclude<EngagementCommand, ProposeEngagement | Recorded>;

function decide(command: EngagementCommand, state: EngagementState): Decision<EngagementEvent> {
  switch (command.type) {
    case 'ProposeEngagement':
      return propose(command, state);
    case 'ConfirmMentor':
      return confirmMentor(command, state);
    case 'RequestAllocation':
      return requestAllocation(command, state);
    case 'RecordAllocationApproval':
      return recordApproval(command, state);
    case 'RecordAllocationRejection':
      return recordRejection(command, state);
    case 'LogSession':
      return logSession(command, state);
    case 'CompleteEngagement':
      return complete(command, state);
    case 'CancelEngagement':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

// The role is checked before anything about the engagement is revealed.
function refusedRole({ type, metadata: { actor } }: EngagementCommand): DomainError | undefined {
  const allowed: readonly Role[] = MENTORING_ROLES[type];
  return allowed.includes(actor.role) ? undefined : EngagementError.becauseRoleNotAllowed(actor, allowed);
}

// A center's coordinators act on their own center's engagements only.
function coordinatedEngagement(command: Coordinated, state: EngagementState): OpenEngagement | DomainError {
  const { engagementId, actorCenterId } = command.data;
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  if (state.status === 'none') return EngagementError.becauseNotFound(engagementId);
  if (state.centerId !== actorCenterId) return EngagementError.becauseOtherCenter(engagementId);
  return openEngagement(state);
}

function recordedEngagement(command: Recorded, state: EngagementState): OpenEngagement | DomainError {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  if (state.status === 'none') return EngagementError.becauseNotFound(command.data.engagementId);
  return openEngagement(state);
}

function openEngagement(engagement: Engagement): OpenEngagement | DomainError {
  const { status } = engagement;
  return isClosed(status) ? EngagementError.becauseClosed(engagement.engagementId, status) : { ...engagement, status };
}

function propose(command: ProposeEngagement, state: EngagementState): Decision<EngagementEvent> {
  const { data } = command;
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  if (data.centerId !== data.actorCenterId) return EngagementError.becauseOtherCenter(data.engagementId);
  if (state.status !== 'none') return EngagementError.becauseAlreadyProposed(data.engagementId);
  const invalid = validateConsortium(data.consortium);
  if (invalid) return invalid;
  if (data.candidates.length === 0) return EngagementError.becauseProposalInvalid('no-candidates');
  const duplicate = firstDuplicate(data.candidates);
  if (duplicate !== undefined) return EngagementError.becauseProposalInvalid('duplicate-candidate', duplicate);
  const { engagementId, centerId, consortium, candidates } = data;
  return [{ type: 'EngagementProposed', data: { engagementId, centerId, consortium, candidates } }];
}

function confirmMentor(command: ConfirmMentor, state: EngagementState): Decision<EngagementEvent> {
  const engagement = coordinatedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const { engagementId, mentor } = command.data;
  if (engagement.status !== 'proposed') return EngagementError.becauseMentorAlreadyConfirmed(engagementId, engagement.status);
  if (!engagement.candidates.includes(mentor.mentorId)) return EngagementError.becauseNotACandidate(mentor.mentorId);
  if (mentor.status !== 'active') return EngagementError.becauseMentorNotActive(mentor.mentorId);
  const conflicts = conflictsOfInterest(mentor, firmsOf(engagement.consortium));
  if (conflicts.length > 0) return MatchingError.becauseConflictOfInterest(mentor.mentorId, conflicts);
  return [{ type: 'MentorConfirmed', data: { engagementId, mentorId: mentor.mentorId } }];
}

function requestAllocation(command: RequestAllocation, state: EngagementState): Decision<EngagementEvent> {
  const engagement = coordinatedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const { engagementId, allocationId } = command.data;
  switch (engagement.status) {
    case 'proposed':
      return EngagementError.becauseMentorNotConfirmed(engagementId);
    case 'allocation-requested':
      return EngagementError.becauseAllocationPending(engagementId);
    case 'started':
      return EngagementError.becauseAlreadyStarted(engagementId);
    // A rejection (the mentoring line exhausted) is not the end: after a budget transfer the
    // coordinator may ask again, under a new allocation id.
    case 'mentor-confirmed':
    case 'allocation-rejected':
      return [{ type: 'AllocationRequested', data: { engagementId, allocationId, amount: MENTORING_ALLOCATION_AMOUNT } }];
    default:
      return assertNever(engagement.status);
  }
}

/** The pending allocation the answer is about; an answer to any other one is refused. */
function pendingAllocation(engagement: OpenEngagement, allocationId: string): DomainError | undefined {
  const pending = engagement.status === 'allocation-requested' && engagement.allocation?.allocationId === allocationId;
  return pending ? undefined : EngagementError.becauseNoAllocationPending(engagement.engagementId, allocationId);
}

function recordApproval(command: RecordAllocationApproval, state: EngagementState): Decision<EngagementEvent> {
  const engagement = recordedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const refusal = pendingAllocation(engagement, command.data.allocationId);
  if (refusal) return refusal;
  const { engagementId, allocationId } = command.data;
  return [
    { type: 'AllocationApproved', data: { engagementId, allocationId, amount: MENTORING_ALLOCATION_AMOUNT } },
    { type: 'EngagementStarted', data: { engagementId, startedOn: koreanDayOf(command.metadata.now) } },
  ];
}

function recordRejection(command: RecordAllocationRejection, state: EngagementState): Decision<EngagementEvent> {
  const engagement = recordedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const refusal = pendingAllocation(engagement, command.data.allocationId);
  if (refusal) return refusal;
  if (isBlank(command.data.reason)) return EngagementError.becauseReasonRequired();
  return [{ type: 'AllocationRejected', data: command.data }];
}

function startedEngagement(engagement: OpenEngagement): (OpenEngagement & { readonly startedOn: string }) | DomainError {
  const { status, startedOn } = engagement;
  return status === 'started' && startedOn !== undefined ? { ...engagement, startedOn } : EngagementError.becauseNotStarted(engagement.engagementId, status);
}

function logSession(command: LogSession, state: EngagementState): Decision<EngagementEvent> {
  const engagement = coordinatedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const started = startedEngagement(engagement);
  if (isDomainError(started)) return started;
  const { engagementId, session } = command.data;
  const invalid = validateSession(session, started.startedOn, koreanDayOf(command.metadata.now));
  if (invalid) return invalid;
  if (started.sessions.some((logged) => logged.sessionId === session.sessionId)) return EngagementError.becauseSessionAlreadyLogged(session.sessionId);
  return [{ type: 'SessionLogged', data: { engagementId, session } }];
}

function complete(command: CompleteEngagement, state: EngagementState): Decision<EngagementEvent> {
  const engagement = coordinatedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const started = startedEngagement(engagement);
  if (isDomainError(started)) return started;
  const { engagementId, report } = command.data;
  if (started.sessions.length === 0) return EngagementError.becauseNoSessions(engagementId);
  if (isBlank(report)) return EngagementError.becauseReportInvalid('required', MAX_REPORT_LENGTH);
  if (report.length > MAX_REPORT_LENGTH) return EngagementError.becauseReportInvalid('too-long', MAX_REPORT_LENGTH);
  const totalMinutes = started.sessions.reduce((sum, session) => sum + session.minutes, 0);
  return [{ type: 'EngagementCompleted', data: { engagementId, report, sessionCount: started.sessions.length, totalMinutes } }];
}

function cancel(command: CancelEngagement, state: EngagementState): Decision<EngagementEvent> {
  const engagement = coordinatedEngagement(command, state);
  if (isDomainError(engagement)) return engagement;
  const { engagementId, reason } = command.data;
  // While grants has not answered, nobody knows whether money is committed; cancelling then
  // would leave a release that may name nothing, or an approval that arrives to a closed stream.
  if (engagement.status === 'allocation-requested') return EngagementError.becauseAllocationPending(engagementId);
  if (isBlank(reason)) return EngagementError.becauseReasonRequired();
  const cancelled: EngagementEvent = { type: 'EngagementCancelled', data: { engagementId, reason } };
  const allocation = engagement.status === 'started' ? engagement.allocation : undefined;
  if (allocation === undefined) return [cancelled];
  return [cancelled, { type: 'AllocationReleaseRequested', data: { engagementId, ...allocation } }];
}

function evolve(state: EngagementState, event: EngagementEvent): EngagementState {
  if (event.type === 'EngagementProposed') return { status: 'proposed', ...event.data, sessions: [] };
  // Every other event follows the proposal in its stream; before it there is nothing to change.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MentorConfirmed':
      return { ...state, status: 'mentor-confirmed', mentorId: event.data.mentorId };
    case 'AllocationRequested':
      return { ...state, status: 'allocation-requested', allocation: { allocationId: event.data.allocationId, amount: event.data.amount } };
    case 'AllocationRejected':
      return { ...state, status: 'allocation-rejected' };
    case 'EngagementStarted':
      return { ...state, status: 'started', startedOn: event.data.startedOn };
    case 'SessionLogged':
      return { ...state, sessions: [...state.sessions, event.data.session] };
    case 'EngagementCompleted':
      return { ...state, status: 'completed' };
    case 'EngagementCancelled':
      return { ...state, status: 'cancelled' };
    // Both are for grants to act on; the engagement's own change comes with the event beside
    // each (EngagementStarted, EngagementCancelled) in the same decision.
    case 'AllocationApproved':
    case 'AllocationReleaseRequested':
      return state;
    default:
      return assertNever(event);
  }
}

/** One mentoring engagement for a consortium (stream `engagement-<engagementId>`). */
export const engagementDecider: Decider<EngagementCommand, EngagementEvent, EngagementState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
