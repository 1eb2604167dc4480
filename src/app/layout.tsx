import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, type Locale } from '@/i18n/format';
import { useNow } from '@/ui/clock-context';
import { DemoStatus } from './demo-status';
import { LanguageSwitch } from './language-switch';

export function Layout({ demoReady }: { demoReady: Promise<void> | null }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__name">{t('common.appName')}</p>
        <nav aria-label={t('common.nav.label')}>
          <ul>
            <li>
              <NavLink to="/klas">{t('common.nav.classOverview')}</NavLink>
            </li>
            <li>
              <NavLink to="/bronnen">{t('common.nav.sources')}</NavLink>
            </li>
            <li>
              <NavLink to="/privacy">{t('common.nav.privacy')}</NavLink>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      {demoReady ? (
        <aside className="demo-banner" aria-label={t('common.demo.label')}>
          <p>{t('common.demo.banner', { date: formatDate(locale, now) })}</p>
          <DemoStatus ready={demoReady} />
        </aside>
      ) : null}
      <main id="inhoud" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
