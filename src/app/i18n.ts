import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '@/i18n/en';
import { nl } from '@/i18n/nl';
import type { Locale } from '@/i18n/format';

const STORAGE_KEY = 'leerzicht.taal';

export function storedLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** A fresh i18next instance: Dutch by default, English by a switch. */
export function createI18n(locale: Locale = 'nl'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
