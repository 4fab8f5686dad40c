/**
 * The 17 first-level divisions of Korea (광역자치단체) by the short names used on forms,
 * in the conventional statistical order so that lists read the way officials expect.
 */
export const PROVINCES = ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주'] as const;

export type Province = (typeof PROVINCES)[number];

export function isProvince(value: unknown): value is Province {
  return typeof value === 'string' && (PROVINCES as readonly string[]).includes(value);
}

/**
 * Reads a province from outside input. Hangul can arrive decomposed (NFD, e.g. from macOS
 * file names or some IMEs): it renders the same but compares unequal, so it is recomposed first.
 * Example: `parseProvince(' 제주 ')` → `'제주'`; `parseProvince('Jeju')` → `undefined`.
 */
export function parseProvince(value: string): Province | undefined {
  const normalised = value.normalize('NFC').trim();
  return isProvince(normalised) ? normalised : undefined;
}
