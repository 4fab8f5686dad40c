import type { IncomingHttpHeaders } from 'node:http';
import { preferredLanguage } from './accept-language';
import { fieldRuleText } from './field-rule-texts';
import { inLanguage, languagesOf, LocalizedText, ProblemLanguage } from './localized-text';
import { PLATFORM_PROBLEM_CATALOGUE } from './platform-problem-catalogue';
import { fillTemplate, ProblemCatalogue } from './problem-catalogue';
import type { FieldViolation, ProblemDetails } from './problem-details';
import type { WordedViolation } from './validation.pipe';

/** A problem as answered, and its one language if the caller chose one. */
export interface LocalizedProblem {
  readonly problem: ProblemDetails;
  readonly language?: ProblemLanguage;
}

const INVALID_REQUEST: Readonly<Record<ProblemLanguage, string>> = { ko: '요청이 올바르지 않습니다', en: 'The request is invalid' };

/** The words of `text`, completed from the catalogue's entry (if any) in the languages the text lacks. */
function completed(own: LocalizedText, entry: LocalizedText | undefined): LocalizedText {
  return { ko: own.ko ?? entry?.ko, en: own.en ?? entry?.en };
}

/** Names the field in a message that does not, so a message shown alone still says where. */
function naming(field: string, message: string): string {
  const property =
    field
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? field;
  return message.includes(property) ? message : `${field}: ${message}`;
}

/**
 * Answers a problem in the caller's language. `code`, `field` and `rule` never change; `detail`
 * and every `errors[].message` become Korean only (`ko`), English only (`en`), or stay as they
 * are, mostly "한국어. (English.)", when the caller prefers neither. A text missing in the language
 * asked for comes from the service's catalogue by code (then the platform's), else in the other
 * language. Example: `localizer.localize(problem, preferredLanguage(request.headers['accept-language']))`.
 */
export class ProblemLocalizer {
  private readonly catalogue: ProblemCatalogue;

  constructor(serviceCatalogue: ProblemCatalogue = {}) {
    this.catalogue = { ...PLATFORM_PROBLEM_CATALOGUE, ...serviceCatalogue };
  }

  /** The problem as a request with these headers is answered, and the language chosen (for `Content-Language`). */
  answer(problem: ProblemDetails, request: { readonly headers: IncomingHttpHeaders }): LocalizedProblem {
    const language = preferredLanguage(request.headers['accept-language']);
    return { problem: this.localize(problem, language), language };
  }

  localize(problem: ProblemDetails, language: ProblemLanguage | undefined): ProblemDetails {
    if (language === undefined) return { ...problem, errors: problem.errors?.map(({ field, rule, message }) => ({ field, rule, message })) };
    const errors = problem.errors?.map((violation) => ({ field: violation.field, rule: violation.rule, message: this.fieldMessage(violation, language) }));
    return { ...problem, detail: this.detail(problem, errors, language), errors };
  }

  /** The catalogue's words for `code`, filled from `values`, if it has them and every value is there. */
  private entry(code: string, values: Readonly<Record<string, unknown>>): LocalizedText | undefined {
    const text = this.catalogue[code];
    return text && { ko: fillTemplate(text.ko, values), en: fillTemplate(text.en, values) };
  }

  private detail(problem: ProblemDetails, errors: readonly FieldViolation[] | undefined, language: ProblemLanguage): string {
    // The summary of a 400 lists the field messages, which are now in the caller's language.
    if (problem.code === 'REQUEST.INVALID' && errors?.length) return `${INVALID_REQUEST[language]}: ${errors.map((e) => e.message).join('; ')}`;
    const own = languagesOf(problem.detail);
    return inLanguage(completed(own, own[language] ? undefined : this.entry(problem.code, problem.details ?? {})), language) ?? problem.detail;
  }

  private fieldMessage(violation: WordedViolation, language: ProblemLanguage): string {
    const { field, rule, message, wording } = violation;
    const own = wording ?? languagesOf(message);
    if (own[language]) return naming(field, own[language]);
    const fallback = this.entry(rule, {}) ?? fieldRuleText(field, rule);
    return naming(field, inLanguage(completed(own, fallback), language) ?? message);
  }
}
