import type { Language } from './when';

const LOCALES: Readonly<Record<Language, string>> = { ko: 'ko-KR', en: 'en-GB' };
const UNITS = ['byte', 'kilobyte', 'megabyte'] as const;

/** `formatBytes(482113, 'ko')` → `'470.8kB'`: binary multiples (1 KB = 1,024 bytes), as file dialogs show them. */
export function formatBytes(size: number, language: Language): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(
    value,
  );
}
