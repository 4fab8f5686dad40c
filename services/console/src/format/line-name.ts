import type { Language } from './when';

/** A budget line's name in the language the person chose (`nameKo` or `nameEn`, both kept by the grants service). */
export function lineName(line: { readonly nameKo: string; readonly nameEn: string }, language: Language): string {
  return language === 'ko' ? line.nameKo : line.nameEn;
}
