import { assertNever, Decider, Decision, DomainError, isBusinessRegistrationNumber, isDomainError, Role } from '@yunghap/kernel';
import { AddMember, CommitteeCommand, DeclareRelationship, FormCommittee, RemoveMember } from './committee.commands';
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
  return [{ type: 'CommitteeFormed', data: command.data }];
}

/** Membership changes by the roles the table allows, on a formed committee. */
function managedCommittee(command: AddMember | RemoveMember, state: CommitteeState): FormedCommittee | DomainError {
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
