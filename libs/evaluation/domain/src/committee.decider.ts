import { assertNever, Decider, Decision, DomainError, instantOf, isBusinessRegistrationNumber, isDomainError, momentOf, Role } from '@yunghap/kernel';
import { AddMember, CommitteeCommand, DeclareRelationship, FormCommittee, RemoveMember, SetScoringDeadline } from './committee.commands';
import { CommitteeError } from './committee.errors';
import { CommitteeEvent } from './committee.events';
import { CommitteeMember, CommitteeScope, DeclaredRelationship, isMemberOf } from './committee';
import { EVALUATION_ROLES } from './evaluation.roles';

export interface FormedCommittee {
  readonly status: 'formed';
  readonly committeeId: string;
  readonly callId: string;
  readonly scope: CommitteeScope;
  readonly members: readonly CommitteeMember[];
  /** When the members' sheets are due, once a program manager has said so. */
  readonly scoresDueAt: string | null;
  /**
   * Every declaration ever made, including those of members since removed: a tie to a firm does
   * not end because its holder left the committee, so it holds again if they are added back.
   */
  readonly relationships: readonly DeclaredRelationship[];
}

export type CommitteeState = { readonly status: 'not-formed' } | FormedCommittee;

function decide(command: CommitteeCommand, state: CommitteeState): Decision<CommitteeEvent> {
  switch (command.type) {
    case 'FormCommittee':
      return form(command, state);
    case 'AddMember':
      return addMember(command, state);
    case 'RemoveMember':
      return removeMember(command, state);
    case 'DeclareRelationship':
      return declareRelationship(command, state);
    case 'SetScoringDeadline':
      return setScoringDeadline(command, state);
    default:
      return assertNever(command);
  }
}

function refusedRole({ type, metadata: { actor } }: CommitteeCommand): DomainError | undefined {
  const allowed: readonly Role[] = EVALUATION_ROLES[type];
  return allowed.includes(actor.role) ? undefined : CommitteeError.becauseRoleNotAllowed(actor, allowed);
}

function form(command: FormCommittee, state: CommitteeState): Decision<CommitteeEvent> {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  if (state.status === 'formed') return CommitteeError.becauseAlreadyFormed(state.committeeId);
  const { scoresDueAt } = command.data;
  if (scoresDueAt !== undefined && !isAhead(scoresDueAt, command.metadata.now)) {
    return CommitteeError.becauseDeadlineNotAhead(command.data.committeeId, scoresDueAt, command.metadata.now);
  }
  return [{ type: 'CommitteeFormed', data: command.data }];
}

// A deadline already past when it is set could only ever show as overdue: that is a slip of the pen.
function isAhead(scoresDueAt: string, now: string): boolean {
  const due = instantOf(scoresDueAt);
  return due !== undefined && due > momentOf(now);
}

/** Membership and deadline changes by the roles the table allows, on a formed committee. */
function managedCommittee(command: AddMember | RemoveMember | SetScoringDeadline, state: CommitteeState): FormedCommittee | DomainError {
  const refusal = refusedRole(command);
  if (refusal) return refusal;
  if (state.status === 'not-formed') return CommitteeError.becauseNotFound(command.data.committeeId);
  return state;
}

function addMember(command: AddMember, state: CommitteeState): Decision<CommitteeEvent> {
  const { data } = command;
  const committee = managedCommittee(command, state);
  if (isDomainError(committee)) return committee;
  if (isMemberOf(committee.members, data.member.userId)) return CommitteeError.becauseMemberAlreadyAdded(data.committeeId, data.member.userId);
  return [{ type: 'MemberAdded', data }];
}

function removeMember(command: RemoveMember, state: CommitteeState): Decision<CommitteeEvent> {
  const { data } = command;
  const committee = managedCommittee(command, state);
  if (isDomainError(committee)) return committee;
  if (!isMemberOf(committee.members, data.userId)) return CommitteeError.becauseMemberNotFound(data.committeeId, data.userId);
  return [{ type: 'MemberRemoved', data }];
}

function setScoringDeadline(command: SetScoringDeadline, state: CommitteeState): Decision<CommitteeEvent> {
  const { data, metadata } = command;
  const committee = managedCommittee(command, state);
  if (isDomainError(committee)) return committee;
  if (!isAhead(data.scoresDueAt, metadata.now)) return CommitteeError.becauseDeadlineNotAhead(data.committeeId, data.scoresDueAt, metadata.now);
  if (committee.scoresDueAt !== null && momentOf(committee.scoresDueAt) === momentOf(data.scoresDueAt)) return [];
  return [{ type: 'ScoringDeadlineSet', data }];
}

function declareRelationship({ type, data, metadata }: DeclareRelationship, state: CommitteeState): Decision<CommitteeEvent> {
  if (state.status === 'not-formed') return CommitteeError.becauseNotFound(data.committeeId);
  const memberId = metadata.actor.userId;
  const declarers: readonly Role[] = EVALUATION_ROLES[type];
  if (!declarers.includes(metadata.actor.role) || !isMemberOf(state.members, memberId)) {
    return CommitteeError.becauseNotAMember(data.committeeId, memberId);
  }
  if (!isBusinessRegistrationNumber(data.firm)) return CommitteeError.becauseRegistrationNumberInvalid(data.firm);
  const declared = state.relationships.some((r) => r.memberId === memberId && r.firm === data.firm && r.kind === data.kind);
  if (declared) return CommitteeError.becauseRelationshipAlreadyDeclared(data.firm, data.kind);
  return [{ type: 'RelationshipDeclared', data: { ...data, memberId } }];
}

function evolve(state: CommitteeState, event: CommitteeEvent): CommitteeState {
  if (event.type === 'CommitteeFormed') {
    const { scoresDueAt = null, ...formation } = event.data;
    return { status: 'formed', ...formation, scoresDueAt, members: [], relationships: [] };
  }
  // Only a formed committee's stream holds the other events; before that there is nothing to change.
  if (state.status === 'not-formed') return state;
  switch (event.type) {
    case 'MemberAdded':
      return { ...state, members: [...state.members, event.data.member] };
    case 'MemberRemoved':
      return { ...state, members: state.members.filter((member) => member.userId !== event.data.userId) };
    case 'RelationshipDeclared': {
      const { memberId, firm, kind } = event.data;
      return { ...state, relationships: [...state.relationships, { memberId, firm, kind }] };
    }
    case 'ScoringDeadlineSet':
      return { ...state, scoresDueAt: event.data.scoresDueAt };
    default:
      return assertNever(event);
  }
}

/** A committee of independent experts for one call (stream per committee id). */
export const committeeDecider: Decider<CommitteeCommand, CommitteeEvent, CommitteeState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'not-formed' }),
};
