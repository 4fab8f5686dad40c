/**
 * The three sources of mentors in the program: senior firms passing on convergence know-how
 * (선배기업), individual experts, and the pool of convergence consultants (융합 컨설턴트 풀).
 */
export const MENTOR_KINDS = ['senior-firm', 'expert', 'convergence-consultant'] as const;
export type MentorKind = (typeof MENTOR_KINDS)[number];

/** Ties with a firm that keep a mentor from mentoring a consortium the firm belongs to. */
export const RELATIONSHIP_KINDS = ['employment', 'ownership', 'family', 'advisory', 'business-partner', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** What a mentor can help with: technology fields (free tags matched exactly) and KSIC codes. */
export interface Expertise {
  readonly fields: readonly string[];
  readonly industries: readonly string[];
}

/** Where a mentor works: a firm (by business registration number), an institution, or both. */
export interface Affiliation {
  readonly firm?: string;
  readonly institution?: string;
}

export interface MentorRelationship {
  readonly firm: string;
  readonly kind: RelationshipKind;
}

/**
 * A mentor of the pool as its stream tells it. Matching and the engagement's conflict check take
 * these facts as they are handed in, so this is also what the service passes around.
 */
export interface RegisteredMentor {
  readonly status: 'active' | 'retired';
  readonly mentorId: string;
  readonly kind: MentorKind;
  readonly name: string;
  readonly expertise: Expertise;
  readonly affiliation: Affiliation;
  readonly relationships: readonly MentorRelationship[];
}

export type MentorState = { readonly status: 'unregistered' } | RegisteredMentor;
