import { DomainCommand } from '@yunghap/kernel';
import { Affiliation, Expertise, MentorKind, RelationshipKind } from './mentor.state';

export type RegisterMentor = DomainCommand<
  'RegisterMentor',
  { readonly mentorId: string; readonly kind: MentorKind; readonly name: string; readonly expertise: Expertise; readonly affiliation: Affiliation }
>;

/** Replaces the mentor's fields and industries as a whole, as the edit form sends them. */
export type UpdateExpertise = DomainCommand<'UpdateExpertise', { readonly mentorId: string; readonly expertise: Expertise }>;

/** Records a tie between the mentor and a firm, by its ten-digit business registration number. */
export type DeclareRelationship = DomainCommand<'DeclareRelationship', { readonly mentorId: string; readonly firm: string; readonly kind: RelationshipKind }>;

/** Takes the mentor out of matching for good; their history stays in the stream. */
export type RetireMentor = DomainCommand<'RetireMentor', { readonly mentorId: string; readonly reason: string }>;

export type MentorCommand = RegisterMentor | UpdateExpertise | DeclareRelationship | RetireMentor;
