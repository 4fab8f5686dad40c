import { DomainCommand } from '@yunghap/kernel';
import { CommitteeMember, CommitteeScope, RelationshipKind } from './committee';

/** `scoresDueAt`: when the members' sheets are due (채점 마감), if already known at formation. */
export type FormCommittee = DomainCommand<
  'FormCommittee',
  { readonly committeeId: string; readonly callId: string; readonly scope: CommitteeScope; readonly scoresDueAt?: string }
>;
export type AddMember = DomainCommand<'AddMember', { readonly committeeId: string; readonly member: CommitteeMember }>;
export type RemoveMember = DomainCommand<'RemoveMember', { readonly committeeId: string; readonly userId: string }>;
/** Declared by the member themself: the member is the command's actor. */
export type DeclareRelationship = DomainCommand<
  'DeclareRelationship',
  { readonly committeeId: string; readonly firm: string; readonly kind: RelationshipKind }
>;

/** Sets or moves the day the members' sheets are due; it informs the work queue and refuses nothing. */
export type SetScoringDeadline = DomainCommand<'SetScoringDeadline', { readonly committeeId: string; readonly scoresDueAt: string }>;

export type CommitteeCommand = FormCommittee | AddMember | RemoveMember | DeclareRelationship | SetScoringDeadline;
