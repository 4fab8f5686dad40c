import type { RuleFailure } from '../../api/types';
import { formatDateTime, Language } from '../../format/when';
import { formatWon } from '../../format/won';

/**
 * The applications service's eligibility rules (libs/applications/domain/src/screening-rules.ts),
 * by code: each has a name, what it requires and what a failure found in the catalogues, under
 * `screening.rules.<code without "SCREENING.">`. A code missing here is shown with the service's own message.
 */
export const SCREENING_RULE_CODES = [
  'SCREENING.TOO_FEW_SMES',
  'SCREENING.SAME_INDUSTRY',
  'SCREENING.ABOVE_CALL_CAP',
  'SCREENING.ABOVE_PROGRAM_LIMIT',
  'SCREENING.OUTSIDE_CALL_WINDOW',
  'SCREENING.FIRM_IN_OTHER_APPLICATION',
  'SCREENING.BUDGET_PLAN_MISMATCH',
  'SCREENING.OWN_SHARE_BELOW_MINIMUM',
  'SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED',
] as const;

/** The catalogue key of a rule (`screening.rules.TOO_FEW_SMES`), or undefined for a rule the console does not know. */
export function ruleKeyOf(code: string): string | undefined {
  return (SCREENING_RULE_CODES as readonly string[]).includes(code) ? `screening.rules.${code.replace(/^SCREENING\./, '')}` : undefined;
}

// The details that are amounts of won and instants, as the rules record them.
const WON_DETAILS = new Set(['requestedAmount', 'capPerProject', 'programLimit', 'budgetTotal', 'ownContribution', 'totalCost', 'minimumOwnContribution']);
const INSTANT_DETAILS = new Set(['submittedAt', 'opensAt', 'closesAt']);

/** One detail as a person reads it: won with ₩ and separators, Seoul time, lists joined, nothing as a dash. */
function shown(name: string, value: unknown, language: Language): string | number {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  if (typeof value === 'number') return WON_DETAILS.has(name) ? formatWon(value) : value;
  if (typeof value === 'string' && INSTANT_DETAILS.has(name)) return formatDateTime(value, language);
  return String(value);
}

/** The values a failure's explanation interpolates: its recorded details, formatted for `language`. */
export function explanationValues(failure: RuleFailure, language: Language): Record<string, string | number> {
  return Object.fromEntries(Object.entries(failure.details).map(([name, value]) => [name, shown(name, value, language)]));
}

export interface RuleOutcome {
  readonly code: string;
  /** Absent when the rule passed. */
  readonly failure: RuleFailure | undefined;
}

/** Every rule the screening applied, in the order it applied them, each with its failure if it failed. */
export function ruleOutcomes(screening: { readonly rulesChecked: readonly string[]; readonly failures: readonly RuleFailure[] }): RuleOutcome[] {
  const checked = screening.rulesChecked.map((code) => ({ code, failure: screening.failures.find((failure) => failure.code === code) }));
  // A failure of a rule not listed as checked still shows: nothing the service recorded is hidden.
  const unlisted = screening.failures.filter((failure) => !screening.rulesChecked.includes(failure.code)).map((failure) => ({ code: failure.code, failure }));
  return [...checked, ...unlisted];
}
