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

/** What a `datetime-local` control shows for an instant: the wall-clock time in Seoul (`'2026-05-15T18:00'`). */
export function seoulLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/**
 * The instant a `datetime-local` value means, read as Seoul time whatever the browser's zone
 * (`'2026-05-15T18:00'` → `'2026-05-15T18:00:00+09:00'`); empty for an incomplete value.
 */
export function seoulInstantOf(localValue: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localValue) ? `${localValue}:00+09:00` : '';
}
