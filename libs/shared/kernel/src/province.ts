import { DomainError } from './domain-error';

/**
 * The 17 first-level divisions of Korea (광역자치단체) by the short names used on forms and in
 * routing tables, in the conventional statistical order so that lists read the way officials
 * expect. A closed union rather than a brand: the compiler then checks every routing table and
 * seed written with these names, and a value of the type is always one of them, in NFC.
 */
export const PROVINCES = [
  '서울',
  '부산',
  '대구',
  '인천',
  '광주',
  '대전',
  '울산',
  '세종',
  '경기',
  '강원',
  '충북',
  '충남',
  '전북',
  '전남',
  '경북',
  '경남',
  '제주',
] as const;

export type Province = (typeof PROVINCES)[number];

/** True for exactly one of the 17 short names, as records and integration events carry them. */
export function isProvince(value: unknown): value is Province {
  return typeof value === 'string' && (PROVINCES as readonly string[]).includes(value);
}

/**
 * Reads a province from outside input. Hangul can arrive decomposed (NFD, e.g. from macOS file
 * names or some IMEs): it renders the same but compares unequal, so it is recomposed first;
 * blanks around the name are dropped. Full names ('대전광역시') and romanisations are refused.
 * Example: `parseProvince(' 제주 ')` → `'제주'`; `parseProvince('Jeju')` → PROVINCE.UNKNOWN.
 */
export function parseProvince(raw: string): Province | DomainError {
  const normalised = raw.normalize('NFC').trim();
  return isProvince(normalised)
    ? normalised
    : new DomainError('PROVINCE.UNKNOWN', 'rule', 'The province must be one of the 17 short names, e.g. 서울, 경기, 제주');
}
