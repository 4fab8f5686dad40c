// Every time is shown in Korea's time zone, whatever the browser's: deadlines and events are
// Korean facts, and a reviewer abroad must see the same day the applicant saw.
export const TIME_ZONE = 'Asia/Seoul';

export type Language = 'ko' | 'en';

const LOCALES: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-GB' };

/** `formatDate('2026-03-31T15:30:00Z', 'ko')` → `'2026. 4. 1.'` (the day in Seoul). */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(new Date(iso));
}

/** `formatDateTime('2026-03-31T15:30:00Z', 'ko')` → `'2026. 4. 1. 00:30'` (Seoul time, 24-hour clock as official forms write it). */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}
