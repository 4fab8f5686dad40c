import type { ProblemLanguage } from './localized-text';

const SUPPORTED: readonly ProblemLanguage[] = ['ko', 'en'];

/**
 * The language an `Accept-Language` header prefers among Korean and English (RFC 9110 §12.5.4:
 * the range with the highest weight, the first of equal ones; `ko-KR` is Korean), or undefined
 * when it names neither before any other language, names none, or is absent: such a caller
 * gets both languages. Example: `preferredLanguage('en-US,en;q=0.9,ko;q=0.8')` → `'en'`.
 */
export function preferredLanguage(header: string | readonly string[] | undefined): ProblemLanguage | undefined {
  if (header === undefined) return undefined;
  const ranges = [header]
    .flat()
    .join(',')
    .split(',')
    .map((part, order) => {
      const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const weight = parameters.find((parameter) => /^q=/i.test(parameter));
      return { primary: range.toLowerCase().split('-')[0], q: weight === undefined ? 1 : Number(weight.slice(2)), order };
    })
    .filter(({ primary, q }) => primary !== '' && Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const first = ranges[0]?.primary;
  return SUPPORTED.find((language) => language === first);
}
