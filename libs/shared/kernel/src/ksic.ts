import { Brand } from './brand';
import { DomainError } from './domain-error';

/**
 * A Korean Standard Industrial Classification (한국표준산업분류, KSIC) code: a section letter
 * A–U, then two digits for the division and one more for each finer level, down to the subclass
 * ("C", "C26", "C261", "C2611", "C26110"). Only the shape is checked: the code list itself is
 * revised (KSIC 10th, 11th …) and belongs to reference data, not to this rule.
 */
export type KsicCode = Brand<string, 'KsicCode'>;

/** The levels of the classification, coarsest first. */
export const KSIC_LEVELS = ['section', 'division', 'group', 'class', 'subclass'] as const;
export type KsicLevel = (typeof KSIC_LEVELS)[number];

// How many digits follow the section letter at each level.
const DIGITS: Readonly<Record<KsicLevel, number>> = { section: 0, division: 2, group: 3, class: 4, subclass: 5 };

/**
 * The shape of a code no finer than `finest`, for the parser and for documents (OpenAPI) that
 * must state it. Example: `ksicCodePattern('division').source` → `'^[A-U](\\d{2})?$'`.
 */
export function ksicCodePattern(finest: KsicLevel = 'subclass'): RegExp {
  const most = DIGITS[finest];
  if (most === 0) return /^[A-U]$/;
  return new RegExp(`^[A-U](\\d{${most === DIGITS.division ? '2' : `2,${most}`}})?$`);
}

function shapeInWords(finest: KsicLevel): string {
  const most = DIGITS[finest];
  const letter = 'a section letter A–U';
  return most === 0 ? letter : `${letter}, optionally followed by ${most === DIGITS.division ? '2' : `2 to ${most}`} digits`;
}

/**
 * Reads a KSIC code no finer than `finest` (a mentor's expertise is a section or a division; a
 * firm may be classified down to the subclass). Lower-case letters are refused, not corrected.
 * Example: `parseKsicCode('C26')` → `'C26'`; `parseKsicCode('C261', 'division')` → INDUSTRY_CODE.MALFORMED.
 */
export function parseKsicCode(raw: string, finest: KsicLevel = 'subclass'): KsicCode | DomainError {
  return ksicCodePattern(finest).test(raw)
    ? (raw as KsicCode)
    : new DomainError('INDUSTRY_CODE.MALFORMED', 'rule', `A KSIC industry code is ${shapeInWords(finest)} (e.g. C26)`, { finest });
}

/**
 * The class a code falls in at `level` (its prefix there), or `undefined` when the code is too
 * coarse to say: a bare section letter has no division.
 * Example: `ksicClassAt('C26110', 'division')` → `'C26'`; `ksicClassAt('C', 'division')` → `undefined`.
 */
export function ksicClassAt(code: KsicCode, level: KsicLevel): KsicCode | undefined {
  const length = 1 + DIGITS[level];
  return code.length >= length ? (code.slice(0, length) as KsicCode) : undefined;
}
