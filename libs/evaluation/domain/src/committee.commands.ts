import { DomainCommand } from '@yunghap/kernel';
import { CommitteeMember, CommitteeScope, RelationshipKind } from './committee';

export type FormCommittee = DomainCommand<'FormCommittee', { readonly committeeId: string; readonly callId: string; readonly scope: CommitteeScope }>;
export type AddMember = DomainCommand<'AddMember', { readonly committeeId: string; readonly member: CommitteeMember }>;
export type RemoveMember = DomainCommand<'RemoveMember', { readonly committeeId: string; readonly userId: string }>;
/** Declared by the member themself: the member is the command's actor. */
export type DeclareRelationship = DomainCommand<
  'DeclareRelationship',
  { readonly committeeId: string; readonly firm: string; readonly kind: RelationshipKind }
>;

export type CommitteeCommand = FormCommittee | AddMember | RemoveMember | DeclareRelationship;
