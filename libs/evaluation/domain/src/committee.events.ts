import { DomainEvent } from '@yunghap/kernel';
import { CommitteeMember, CommitteeScope, RelationshipKind } from './committee';

/** `scoresDueAt` is absent from committees formed before deadlines existed, and from those formed without one. */
export type CommitteeFormed = DomainEvent<
  'CommitteeFormed',
  { readonly committeeId: string; readonly callId: string; readonly scope: CommitteeScope; readonly scoresDueAt?: string }
>;
export type MemberAdded = DomainEvent<'MemberAdded', { readonly committeeId: string; readonly member: CommitteeMember }>;
export type MemberRemoved = DomainEvent<'MemberRemoved', { readonly committeeId: string; readonly userId: string }>;
export type RelationshipDeclared = DomainEvent<
  'RelationshipDeclared',
  { readonly committeeId: string; readonly memberId: string; readonly firm: string; readonly kind: RelationshipKind }
>;

export type ScoringDeadlineSet = DomainEvent<'ScoringDeadlineSet', { readonly committeeId: string; readonly scoresDueAt: string }>;

export type CommitteeEvent = CommitteeFormed | MemberAdded | MemberRemoved | RelationshipDeclared | ScoringDeadlineSet;
