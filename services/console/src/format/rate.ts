import type { Language } from './when';

const LOCALES: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-GB' };

/** `part` of `whole` as a percentage with up to two decimals (`formatRate(1, 8, 'ko')` → `'12.5%'`); a dash when the whole is nothing. */
export function formatRate(part: number, whole: number, language: Language): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 2 }).format(part / whole);
}
