/** An independent expert sitting on a committee. */
export interface CommitteeMember {
  readonly userId: string;
  readonly name: string;
  readonly affiliation: string;
}

/** Which applications a committee scores: one center's of its call, or every center's (shared). */
export type CommitteeScope = { readonly kind: 'center'; readonly centerId: string } | { readonly kind: 'shared' };

export const RELATIONSHIP_KINDS = ['employment', 'ownership', 'family', 'advisory', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** A member's own declaration of a tie to a firm, by its business registration number. */
export interface DeclaredRelationship {
  readonly memberId: string;
  readonly firm: string;
  readonly kind: RelationshipKind;
}

/**
 * What opening an evaluation needs of a committee, as it stands at that moment: the service reads
 * the committee's stream and passes this with `OpenEvaluation` (see `committeeSnapshot`).
 */
export interface CommitteeSnapshot {
  readonly committeeId: string;
  readonly callId: string;
  readonly scope: CommitteeScope;
  readonly members: readonly CommitteeMember[];
  readonly relationships: readonly DeclaredRelationship[];
}

export function isMemberOf(members: readonly CommitteeMember[], userId: string): boolean {
  return members.some((member) => member.userId === userId);
}

/** A committee scores the applications of its own call, for its center or, when shared, for any center. */
export function servesApplication(committee: CommitteeSnapshot, callId: string, centerId: string): boolean {
  if (committee.callId !== callId) return false;
  return committee.scope.kind === 'shared' || committee.scope.centerId === centerId;
}
