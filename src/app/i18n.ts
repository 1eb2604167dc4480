import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@/i18n/format';
import type { Messages } from '@/i18n/messages';
import { nl } from '@/i18n/nl';

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

/** The messages of one language. Dutch is in the first page's code; English loads when asked for (decision 028). */
export const loadMessages = async (locale: Locale): Promise<Messages> => (locale === 'en' ? (await import('@/i18n/en')).en : nl);

/** Where i18next gets a language it does not have yet (a switch to English): its own chunk. */
const lazyMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    loadMessages(language === 'en' ? 'en' : 'nl').then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export type LoadedMessages = Partial<Record<Locale, Messages>>;

/**
 * A fresh i18next instance: Dutch by default, English by a switch. It starts with the messages it
 * is given (Dutch always) and loads a language it was not given when the page switches to it.
 */
export function createI18n(locale: Locale = 'nl', messages: LoadedMessages = {}): i18n {
  const instance = i18next.createInstance();
  const loaded = { nl, ...messages };
  void instance
    .use(initReactI18next)
    .use(lazyMessages)
    .init({
      resources: Object.fromEntries(Object.entries(loaded).map(([language, translation]) => [language, { translation }])),
      partialBundledLanguages: true,
      lng: locale,
      fallbackLng: 'nl',
      supportedLngs: ['nl', 'en'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}

/** The app's start: the active language's messages are there before the first render. */
export async function startI18n(locale: Locale): Promise<i18n> {
  return createI18n(locale, { [locale]: await loadMessages(locale) });
}
