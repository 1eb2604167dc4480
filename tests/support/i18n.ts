import { createI18n as createAppI18n } from '@/app/i18n';
import type { Locale } from '@/i18n/format';
import { en } from '@/i18n/en';
import { nl } from '@/i18n/nl';

/** The app's i18next with both languages loaded, so a test renders either at once (the app loads English on demand). */
export const createI18n = (locale: Locale = 'nl') => createAppI18n(locale, { nl, en });
