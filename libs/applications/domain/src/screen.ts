import { SCREENING_RULES } from './screening-rules';
import { RuleFailure, ScreenableApplication, ScreeningFacts, ScreeningResult } from './screening.types';

/**
 * Applies every eligibility rule and lists every one that fails, so a center can tell an
 * applicant all that is wrong at once rather than one refusal at a time.
 * Example: `screen(application, { call, firmsInOtherActiveApplications: [] }).outcome` → 'eligible'.
 */
export function screen(application: ScreenableApplication, facts: ScreeningFacts): ScreeningResult {
  const failures = SCREENING_RULES.map((rule) => rule.check(application, facts)).filter((failure): failure is RuleFailure => failure !== undefined);
  return {
    outcome: failures.length === 0 ? 'eligible' : 'ineligible',
    failures,
    rulesChecked: SCREENING_RULES.map((rule) => rule.code),
  };
}
