import { KsicLevel, Won, won } from '@yunghap/kernel';

/**
 * How finely "different industries" is judged: by KSIC section (the letter, e.g. C) or by
 * division (letter and two digits, e.g. C26). DOMAIN.md makes section the default.
 */
export const INDUSTRY_GRANULARITIES = ['section', 'division'] as const satisfies readonly KsicLevel[];
export type IndustryGranularity = (typeof INDUSTRY_GRANULARITIES)[number];

/**
 * The program's settings the applications context depends on. They are configuration, not
 * constants: the service reads them once at start-up and builds its deciders with them.
 */
export interface ApplicationsPolicy {
  /** The most one project may be granted (₩500,000,000 in the source material). */
  readonly maxGrantPerProject: Won;
  readonly industryGranularity: IndustryGranularity;
}

export const DEFAULT_APPLICATIONS_POLICY: ApplicationsPolicy = {
  maxGrantPerProject: won(500_000_000),
  industryGranularity: 'section',
};
