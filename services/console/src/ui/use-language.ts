import { useTranslation } from 'react-i18next';
import type { Language } from '../format/when';
import { currentLanguage } from '../i18n/i18n';

/** The language the person chose, for the formatters. */
export function useLanguage(): Language {
  return currentLanguage(useTranslation().i18n.language);
}
