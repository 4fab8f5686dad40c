import { Matches } from 'class-validator';

// NUL and unpaired surrogates are refused for every field by the platform's request guard; this
// rule only adds "not blank". Spelled out because JavaScript's `\s` (what `trim` removes) and other
// engines' (Python's, a fuzzer's) disagree on a few characters (U+FEFF, U+001C–U+001F, U+0085).
const NO_NUL = '[^\\u0000]';
const BLANK = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

export const NON_BLANK_TEXT_PATTERN = new RegExp(`^${NO_NUL}*[^\\u0000${BLANK}]${NO_NUL}*$`);

/** Text with a character `trim` keeps, for fields the domain refuses when blank. */
export const NonBlankText = (): PropertyDecorator =>
  Matches(NON_BLANK_TEXT_PATTERN, { message: '공백 외의 글자가 있어야 합니다. (must contain a character other than white space)' });
