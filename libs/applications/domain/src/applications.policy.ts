import { KsicLevel } from '@yunghap/kernel';

/**
 * How finely a call judges "different industries" (이업종): by KSIC section (C), division (C13),
 * group (C139) or class (C1399). Most member firms are manufacturers, all in section C, so the
 * section alone refuses the program's own showcase pairs; see `DEFAULT_APPLICATIONS_POLICY`.
 */
export const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'] as const satisfies readonly KsicLevel[];
export type IndustryLevel = (typeof INDUSTRY_LEVELS)[number];

/** The levels as KSIC's Korean edition names them, for messages an applicant reads. */
export const INDUSTRY_LEVEL_KO: Readonly<Record<IndustryLevel, string>> = { section: '대분류', division: '중분류', group: '소분류', class: '세분류' };

/** A call's minimum own share (민간부담금) is a whole percent of the total project cost below 100: the rest is the grant. */
export const OWN_SHARE_PERCENT_RANGE = { min: 0, max: 99 } as const;

/**
 * The program's settings the applications context depends on. They are configuration, not
 * constants: the service reads them once at start-up and builds its deciders with them. A call
 * may set its own industry level and minimum own share; these are what a call gets when it does not.
 * The cap per project is not among them: the grants context owns it (see `programPolicyReplicaDecider`).
 */
export interface ApplicationsPolicy {
  readonly defaultIndustryLevel: IndustryLevel;
  /** Whole percent of the total project cost (government grant + own contribution) the consortium bears. */
  readonly defaultMinimumOwnSharePercent: number;
}

export const DEFAULT_APPLICATIONS_POLICY: ApplicationsPolicy = {
  // The group (소분류) separates 남양부직포's nonwoven fabrics (C139) from 이브자리's bedding (C132),
  // both in division C13, yet keeps two mould makers (C2929…) together: see screening-rules.unit.spec.ts.
  defaultIndustryLevel: 'group',
  // Korean national R&D caps the government's part of an SME-led task at 75 % of its cost.
  defaultMinimumOwnSharePercent: 25,
};
