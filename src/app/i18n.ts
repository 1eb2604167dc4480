import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@/i18n/format';
import type { FirstPageSection, Messages, PageSection } from '@/i18n/messages';
import { nlFirstPage } from '@/i18n/nl/first-page';
import { loadingPage } from './page-load-error';

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

type FirstPageMessages = Pick<Messages, FirstPageSection>;
type PageMessages = Pick<Messages, PageSection>;

/** The first page's messages of one language: Dutch in the first page's code, English in a chunk of its own (decision 028). */
const firstPageMessages = async (locale: Locale): Promise<FirstPageMessages> =>
  locale === 'en' ? (await import('@/i18n/en/first-page')).enFirstPage : nlFirstPage;

/** The other pages' messages of one language, each in a chunk of its own (decision 035). */
const pageMessages = async (locale: Locale): Promise<PageMessages> =>
  locale === 'en' ? (await import('@/i18n/en/pages')).enPages : (await import('@/i18n/nl/pages')).nlPages;

const localeOf = (language: string): Locale => (language === 'en' ? 'en' : 'nl');

/** Per i18next instance: the other pages' messages, asked for by the first other page that opened. */
const pagesAsked = new WeakMap<i18n, Promise<void>>();

/**
 * The other pages' messages, added to every language the instance has (and, through its backend,
 * to a language it loads later): a page other than the first waits for them with its code
 * (lazy-pages.tsx), so it never shows a key. One promise per instance; a failed load is asked
 * again by the next page.
 */
export function pageMessagesOf(instance: i18n): Promise<void> {
  let loading = pagesAsked.get(instance);
  if (!loading) {
    const languages = (['nl', 'en'] as const).filter((language) => instance.hasResourceBundle(language, 'translation'));
    // A chunk that does not arrive is said as a page's code that does not (PageLoadBoundary).
    loading = loadingPage(
      Promise.all(
        languages.map(async (language) => {
          instance.addResourceBundle(language, 'translation', await pageMessages(language), true, true);
        }),
      ),
    ).then(() => undefined);
    loading.catch(() => pagesAsked.delete(instance));
    pagesAsked.set(instance, loading);
  }
  return loading;
}

/** Where i18next gets a language it does not have yet (a switch to English): the first page's messages, and the others' once asked for. */
const lazyMessages = (instance: i18n): BackendModule => ({
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const locale = localeOf(language);
    firstPageMessages(locale)
      .then(async (first) => ({ ...first, ...(pagesAsked.has(instance) ? await pageMessages(locale) : {}) }))
      .then(
        (messages) => callback(null, messages),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
  },
});

export type LoadedMessages = Partial<Record<Locale, Messages | FirstPageMessages>>;

/**
 * A fresh i18next instance: Dutch by default, English by a switch. It starts with the messages it
 * is given (the first page's Dutch always) and loads a language it was not given when the page
 * switches to it.
 */
export function createI18n(locale: Locale = 'nl', messages: LoadedMessages = {}): i18n {
  const instance = i18next.createInstance();
  const loaded = { nl: nlFirstPage, ...messages };
  void instance
    .use(initReactI18next)
    .use(lazyMessages(instance))
    .init({
      // A copy per instance: adding the other pages' messages extends it, never the module's objects.
      resources: Object.fromEntries(Object.entries(loaded).map(([language, translation]) => [language, { translation: { ...translation } }])),
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
  return createI18n(locale, { [locale]: await firstPageMessages(locale) });
}
