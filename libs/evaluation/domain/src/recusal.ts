import { CommitteeMember, CommitteeSnapshot, isMemberOf, RelationshipKind } from './committee';

/** One ground on which a member may not score an application. */
export interface Recusal {
  readonly memberId: string;
  readonly firm: string;
  readonly relationship: RelationshipKind;
}

/**
 * Every declared relationship of a member with any firm of the application, in declaration order.
 * A member with several ties is recused once per tie, so the record shows every ground. Members
 * only: the snapshot comes from outside, and a recusal of a non-member would mislead the record.
 * Example, for an evaluation already open (its members those of the opening, the declarations
 * every one the committee's stream holds):
 * `recusalsFor({ members: record.members, relationships: committeeState.relationships }, record.firms)`.
 */
export function recusalsFor(committee: Pick<CommitteeSnapshot, 'members' | 'relationships'>, firms: readonly string[]): readonly Recusal[] {
  return committee.relationships
    .filter((relationship) => firms.includes(relationship.firm) && isMemberOf(committee.members, relationship.memberId))
    .map(({ memberId, firm, kind }) => ({ memberId, firm, relationship: kind }));
}

export function isRecused(recusals: readonly Recusal[], memberId: string): boolean {
  return recusals.some((recusal) => recusal.memberId === memberId);
}

export function isRecorded(recusals: readonly Recusal[], ground: Recusal): boolean {
  return recusals.some((recusal) => recusal.memberId === ground.memberId && recusal.firm === ground.firm && recusal.relationship === ground.relationship);
}

/** How many members may still score: the quorum is reachable only while this is at least the quorum. */
export function eligibleCount(members: readonly CommitteeMember[], recusals: readonly Recusal[]): number {
  return members.filter((member) => !isRecused(recusals, member.userId)).length;
}
