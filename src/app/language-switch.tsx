import { useTranslation } from 'react-i18next';
import type { Locale } from '@/i18n/format';
import { rememberLocale } from './i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (locale: Locale) => {
    rememberLocale(locale);
    // A language not loaded yet (English after a Dutch start) comes first: the page switches when its messages are there.
    void i18n.changeLanguage(locale).then(() => {
      document.documentElement.lang = locale;
    });
  };
  return (
    <label className="language-switch">
      <span>{t('common.language.label')}</span>
      <select value={i18n.language === 'en' ? 'en' : 'nl'} onChange={(event) => change(event.target.value === 'en' ? 'en' : 'nl')}>
        <option value="nl" lang="nl">
          {t('common.language.nl')}
        </option>
        <option value="en" lang="en">
          {t('common.language.en')}
        </option>
      </select>
    </label>
  );
}
