import { RegisteredMentor, RelationshipKind } from './mentor.state';

/** One ground on which a mentor may not mentor a consortium. */
export type ConflictOfInterest =
  | { readonly kind: 'same-firm'; readonly firm: string }
  | { readonly kind: 'declared-relationship'; readonly firm: string; readonly relationship: RelationshipKind };

/**
 * Every conflict between a mentor and the given member firms: the mentor's own firm among them,
 * then each declared tie with one of them, in declaration order. All are returned, not the first,
 * so the record shows every ground an exclusion rests on.
 */
export function conflictsOfInterest(mentor: RegisteredMentor, firms: readonly string[]): readonly ConflictOfInterest[] {
  const ownFirm = mentor.affiliation.firm;
  const sameFirm: ConflictOfInterest[] = ownFirm !== undefined && firms.includes(ownFirm) ? [{ kind: 'same-firm', firm: ownFirm }] : [];
  const declared = mentor.relationships
    .filter((relationship) => firms.includes(relationship.firm))
    .map((relationship): ConflictOfInterest => ({ kind: 'declared-relationship', firm: relationship.firm, relationship: relationship.kind }));
  return [...sameFirm, ...declared];
}
