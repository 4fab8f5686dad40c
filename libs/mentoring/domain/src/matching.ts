import { ConflictOfInterest, conflictsOfInterest } from './conflict-of-interest';
import { Consortium, firmsOf } from './consortium';
import { RegisteredMentor } from './mentor.state';

/**
 * KSIC codes nest by prefix, so a mentor who knows section C knows every firm in C26 and C2611,
 * while one who knows only C26 does not cover a firm classified as C27 (or as bare C).
 */
function industryCovers(mentorCode: string, firmCode: string): boolean {
  return firmCode.startsWith(mentorCode);
}

/** A mentor worth proposing, with the overlaps that placed them. */
export interface MentorMatch {
  readonly mentorId: string;
  /** The task's technology fields the mentor lists, in the task's order. */
  readonly matchedFields: readonly string[];
  /** The consortium's distinct industry codes that one of the mentor's KSIC codes covers. */
  readonly matchedIndustries: readonly string[];
}

/** Why a mentor of the pool is not proposed. */
export type ExclusionReason = ConflictOfInterest | { readonly kind: 'retired' } | { readonly kind: 'no-overlap' };

export interface MentorExclusion {
  readonly mentorId: string;
  readonly reasons: readonly ExclusionReason[];
}

export interface MatchingResult {
  readonly proposed: readonly MentorMatch[];
  /** Every mentor left out, in mentor-id order, with every reason that applies. */
  readonly excluded: readonly MentorExclusion[];
}

// Plain code-unit order, not localeCompare: the same on every machine and in every locale.
function byCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Field overlap first because the mentor is there for the convergence task's technology;
 * industry overlap next, since knowing both industries of a cross-industry consortium is the
 * program's point; the mentor id last, so equal mentors always come out in the same order.
 */
function byRank(left: MentorMatch, right: MentorMatch): number {
  return (
    right.matchedFields.length - left.matchedFields.length ||
    right.matchedIndustries.length - left.matchedIndustries.length ||
    byCodeUnits(left.mentorId, right.mentorId)
  );
}

function overlapOf(mentor: RegisteredMentor, consortium: Consortium): MentorMatch {
  const industries = [...new Set(consortium.firms.map((firm) => firm.industryCode))];
  return {
    mentorId: mentor.mentorId,
    matchedFields: [...new Set(consortium.technologyFields)].filter((field) => mentor.expertise.fields.includes(field)),
    matchedIndustries: industries.filter((code) => mentor.expertise.industries.some((known) => industryCovers(known, code))),
  };
}

/**
 * Proposes mentors of the pool for a consortium, best first, and says why the others are left
 * out. Retired mentors and anyone with a conflict of interest with a member firm are never
 * proposed; nor is a mentor sharing neither a field nor an industry with the consortium.
 * Example: `matchMentors(consortium, pool).proposed[0]?.mentorId` is the best candidate.
 */
export function matchMentors(consortium: Consortium, pool: readonly RegisteredMentor[]): MatchingResult {
  const firms = firmsOf(consortium);
  const proposed: MentorMatch[] = [];
  const excluded: MentorExclusion[] = [];
  for (const mentor of pool) {
    const match = overlapOf(mentor, consortium);
    const reasons: ExclusionReason[] = [
      ...(mentor.status === 'retired' ? [{ kind: 'retired' } as const] : []),
      ...conflictsOfInterest(mentor, firms),
      ...(match.matchedFields.length + match.matchedIndustries.length === 0 ? [{ kind: 'no-overlap' } as const] : []),
    ];
    if (reasons.length === 0) proposed.push(match);
    else excluded.push({ mentorId: mentor.mentorId, reasons });
  }
  return {
    proposed: proposed.sort(byRank),
    excluded: excluded.sort((left, right) => byCodeUnits(left.mentorId, right.mentorId)),
  };
}
