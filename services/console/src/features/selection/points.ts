import type { Language } from '../../format/when';

/** A total kept in hundredths of a point, as read out: `pointsOf(8520, 'ko')` → `'85.2'`. */
export function pointsOf(hundredths: number, language: Language): string {
  return (hundredths / 100).toLocaleString(language === 'en' ? 'en-GB' : 'ko-KR', { maximumFractionDigits: 2 });
}
