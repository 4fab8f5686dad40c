import { Actor, assertNever, Decider, Decision, DomainError, isBusinessRegistrationNumber, isDomainError, Role } from '@yunghap/kernel';
import { AddMember, CommitteeCommand, DeclareRelationship, FormCommittee, RemoveMember } from './committee.commands';
import { CommitteeError } from './committee.errors';
import { CommitteeEvent } from './committee.events';
import { CommitteeMember, CommitteeScope, DeclaredRelationship, isMemberOf } from './committee.model';

export interface FormedCommittee {
  readonly status: 'formed';
  readonly committeeId: string;
  readonly callId: string;
  readonly scope: CommitteeScope;
  readonly members: readonly CommitteeMember[];
  /**
   * Every declaration ever made, including those of members since removed: a tie to a firm does
   * not end because its holder left the committee, so it holds again if they are added back.
   */
  readonly relationships: readonly DeclaredRelationship[];
}

export type CommitteeState = { readonly status: 'not-formed' } | FormedCommittee;

const MANAGERS: readonly Role[] = ['program-manager'];

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
    default:
      return assertNever(command);
  }
}

function form({ data, metadata }: FormCommittee, state: CommitteeState): Decision<CommitteeEvent> {
  if (!MANAGERS.includes(metadata.actor.role)) return CommitteeError.becauseRoleNotAllowed(metadata.actor, MANAGERS);
  if (state.status === 'formed') return CommitteeError.becauseAlreadyFormed(state.committeeId);
  return [{ type: 'CommitteeFormed', data }];
}

/** Membership is a program decision: only a program manager changes it, on a formed committee. */
function managedCommittee(committeeId: string, actor: Actor, state: CommitteeState): FormedCommittee | DomainError {
  if (!MANAGERS.includes(actor.role)) return CommitteeError.becauseRoleNotAllowed(actor, MANAGERS);
  if (state.status === 'not-formed') return CommitteeError.becauseNotFound(committeeId);
  return state;
}

function addMember({ data, metadata }: AddMember, state: CommitteeState): Decision<CommitteeEvent> {
  const committee = managedCommittee(data.committeeId, metadata.actor, state);
  if (isDomainError(committee)) return committee;
  if (isMemberOf(committee.members, data.member.userId)) return CommitteeError.becauseMemberAlreadyAdded(data.committeeId, data.member.userId);
  return [{ type: 'MemberAdded', data }];
}

function removeMember({ data, metadata }: RemoveMember, state: CommitteeState): Decision<CommitteeEvent> {
  const committee = managedCommittee(data.committeeId, metadata.actor, state);
  if (isDomainError(committee)) return committee;
  if (!isMemberOf(committee.members, data.userId)) return CommitteeError.becauseMemberNotFound(data.committeeId, data.userId);
  return [{ type: 'MemberRemoved', data }];
}

function declareRelationship({ data, metadata }: DeclareRelationship, state: CommitteeState): Decision<CommitteeEvent> {
  if (state.status === 'not-formed') return CommitteeError.becauseNotFound(data.committeeId);
  const memberId = metadata.actor.userId;
  if (metadata.actor.role !== 'committee-member' || !isMemberOf(state.members, memberId)) {
    return CommitteeError.becauseNotAMember(data.committeeId, memberId);
  }
  if (!isBusinessRegistrationNumber(data.firm)) return CommitteeError.becauseRegistrationNumberInvalid(data.firm);
  const declared = state.relationships.some((r) => r.memberId === memberId && r.firm === data.firm && r.kind === data.kind);
  if (declared) return CommitteeError.becauseRelationshipAlreadyDeclared(data.firm, data.kind);
  return [{ type: 'RelationshipDeclared', data: { ...data, memberId } }];
}

function evolve(state: CommitteeState, event: CommitteeEvent): CommitteeState {
  if (event.type === 'CommitteeFormed') return { status: 'formed', ...event.data, members: [], relationships: [] };
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
