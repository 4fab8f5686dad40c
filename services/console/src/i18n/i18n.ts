import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/request-context';
import type { Language } from '../format/when';
import en from './en.json';
import ko from './ko.json';

export const LANGUAGES: readonly Language[] = ['ko', 'en'];
const STORAGE_KEY = 'yunghap.language';

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? 'ko';
}

// The page's language, the services' answers (Accept-Language) and the stored choice follow one switch.
function follow(language: string): void {
  const chosen = LANGUAGES.find((candidate) => candidate === language) ?? 'ko';
  document.documentElement.lang = chosen;
  window.localStorage.setItem(STORAGE_KEY, chosen);
  setRequestLanguage(chosen);
}

/** Korean unless the person chose English before; call once before the first render. */
export function startI18n(): typeof i18next {
  i18next.on('languageChanged', follow);
  void i18next.use(initReactI18next).init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export function currentLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'ko';
}
