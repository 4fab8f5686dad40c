import { koreanDayOf } from '@yunghap/kernel';

// Every time is shown in Korea's time zone, whatever the browser's: deadlines and events are
// Korean facts, and a reviewer abroad must see the same day the applicant saw.
export const TIME_ZONE = 'Asia/Seoul';

// Korea keeps no daylight saving time: Seoul is always UTC+9.
const SEOUL_OFFSET_MS = 9 * 3_600_000;

export type Language = 'ko' | 'en';

const LOCALES: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-GB' };

/** `formatDate('2026-03-31T15:30:00Z', 'ko')` → `'2026. 4. 1.'` (the day in Seoul). */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(new Date(iso));
}

/** `formatMonth('2026-04-30T23:59:59+09:00', 'ko')` → `'4월'`: the month in Seoul, for a chart's axis. */
export function formatMonth(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, month: 'short' }).format(new Date(iso));
}

/** `formatDateTime('2026-03-31T15:30:00Z', 'ko')` → `'2026. 4. 1. 00:30'` (Seoul time, 24-hour clock as official forms write it). */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}

/** The day it is in Seoul at an instant, as a `date` control writes it (`'2026-04-01'` for `'2026-03-31T15:30:00Z'`). */
export function seoulDay(iso: string): string {
  return koreanDayOf(iso);
}

/** What a `datetime-local` control shows for an instant: the wall-clock time in Seoul (`'2026-05-15T18:00'`). */
export function seoulLocalInput(iso: string): string {
  const seoulWallClock = new Date(Date.parse(iso) + SEOUL_OFFSET_MS).toISOString();
  return `${seoulDay(iso)}T${seoulWallClock.slice(11, 16)}`;
}

/**
 * The instant a `datetime-local` value means, read as Seoul time whatever the browser's zone
 * (`'2026-05-15T18:00'` → `'2026-05-15T18:00:00+09:00'`); empty for an incomplete value.
 */
export function seoulInstantOf(localValue: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localValue) ? `${localValue}:00+09:00` : '';
}

/**
 * The last instant of the minute a `datetime-local` value shows, in Seoul: "as of 23:59" takes in
 * everything decided during that minute. Empty for an incomplete value.
 * @example seoulEndOfMinute('2026-06-30T23:59') === '2026-06-30T23:59:59.999+09:00'
 */
export function seoulEndOfMinute(localValue: string): string {
  const start = seoulInstantOf(localValue);
  return start === '' ? '' : start.replace(':00+09:00', ':59.999+09:00');
}

const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant taken from the address (`?at=`), or null when there is none or it is not one (a link cut short, edited by hand). */
export function instantParam(value: string | null): string | null {
  return value !== null && INSTANT_TEXT.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}
