import { assertNever, Brand, DomainError } from '@yunghap/kernel';
import { ValueError } from './applications.errors';
import { IndustryGranularity } from './applications.policy';

/** A KSIC (한국표준산업분류) code: section letter, optionally followed by division and finer digits. */
export type IndustryCode = Brand<string, 'IndustryCode'>;

// Only the shape is checked: sections A–U, then a two-digit division and at most three more
// digits (group, class, subclass). The code list itself is revised (KSIC 10th, 11th …) and
// belongs to reference data, not to this rule.
const KSIC_SHAPE = /^[A-U](\d{2,5})?$/;

/** Example: `parseIndustryCode('C26')` → `'C26'`; `parseIndustryCode('c26')` is refused. */
export function parseIndustryCode(raw: string): IndustryCode | DomainError {
  return KSIC_SHAPE.test(raw) ? (raw as IndustryCode) : ValueError.becauseIndustryCodeMalformed();
}

/**
 * The class a code falls in at the given granularity, or `undefined` when the code is too
 * coarse to say (a bare section letter judged by division).
 */
export function industryClassOf(code: IndustryCode, granularity: IndustryGranularity): string | undefined {
  switch (granularity) {
    case 'section':
      return code.slice(0, 1);
    case 'division':
      return code.length >= 3 ? code.slice(0, 3) : undefined;
    default:
      return assertNever(granularity);
  }
}
