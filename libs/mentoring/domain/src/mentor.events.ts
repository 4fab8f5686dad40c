import { DomainEvent } from '@yunghap/kernel';
import { Affiliation, Expertise, MentorKind, RelationshipKind } from './mentor.state';

export type MentorRegistered = DomainEvent<
  'MentorRegistered',
  { readonly mentorId: string; readonly kind: MentorKind; readonly name: string; readonly expertise: Expertise; readonly affiliation: Affiliation }
>;
export type ExpertiseUpdated = DomainEvent<'ExpertiseUpdated', { readonly mentorId: string; readonly expertise: Expertise }>;
export type RelationshipDeclared = DomainEvent<'RelationshipDeclared', { readonly mentorId: string; readonly firm: string; readonly kind: RelationshipKind }>;
export type MentorRetired = DomainEvent<'MentorRetired', { readonly mentorId: string; readonly reason: string }>;

export type MentorEvent = MentorRegistered | ExpertiseUpdated | RelationshipDeclared | MentorRetired;
