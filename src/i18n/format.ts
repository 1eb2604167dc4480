/** Dates and numbers in the Europe/Amsterdam time zone, nl-NL by default. */
export type Locale = 'nl' | 'en';

const TIME_ZONE = 'Europe/Amsterdam';
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

export const formatDate = (locale: Locale, iso: string | Date) =>
  new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(iso));

export const formatShortDate = (locale: Locale, iso: string | Date) =>
  new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'short', timeZone: TIME_ZONE }).format(new Date(iso));

export const formatDateTime = (locale: Locale, iso: string | Date) =>
  new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));

export const formatNumber = (locale: Locale, value: number, fractionDigits = 0) =>
  new Intl.NumberFormat(tag(locale), { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);

export const formatPercent = (locale: Locale, fraction: number) =>
  new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
