import { Suspense, useState } from 'react';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import { carriedHref } from '@/ui/filter-params';
import { useTranslation } from 'react-i18next';
import { formatDate, type Locale } from '@/i18n/format';
import { useNow } from '@/ui/clock-context';
import { LockControl } from '@/features/unlock/lock-control';
import { PupilSearch } from '@/features/search/pupil-search';
import { useVault } from '@/store/use-vault';
import { useQuery } from '@tanstack/react-query';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { useCurriculum } from '@/store/curriculum.queries';
import { DemoStatus } from './demo-status';
import { useIdleLock } from './idle-lock';
import { useIsCoordinator } from '@/store/use-is-coordinator';
import { LanguageSwitch } from './language-switch';
import { PageLoadBoundary } from './page-load-boundary';
import { PageLoading } from './page-loading';
import { TabBar } from './tab-bar';

export function Layout({
  demoReady,
  demoPassphrase,
  demoDateRefused = null,
}: {
  demoReady: Promise<void> | null;
  demoPassphrase: string | null;
  demoDateRefused?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const coordinator = useIsCoordinator();
  useCurriculum(); // reads imported SLO goals once, so synced SLO ids follow SLO's replacements
  useIdleLock(useQuery(privacyQueries.idleMinutes(useDb())).data);
  // Lock and unlock remount the page: its queries read names (or not) under a new vault epoch.
  const { epoch } = useVault();
  // On a narrow screen the menu folds behind a button; choosing a page folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  // The group's pages keep the chosen group, filters and line (ui/filter-params).
  const [params] = useSearchParams();
  const carry = (path: string) => carriedHref(path, params);
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <p className="app-header__name">{t('common.appName')}</p>
          <PupilSearch />
          <LockControl demoPassphrase={demoPassphrase} />
          <button
            type="button"
            className="secondary app-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span>
            {t('shell.menu.open')}
          </button>
        </div>
        <div id="app-menu" className="app-header__menu" data-open={menuOpen}>
          <nav aria-label={t('common.nav.label')} onClick={() => setMenuOpen(false)}>
            <ul>
              <li>
                <NavLink to={carry('/klas')}>{t('common.nav.classOverview')}</NavLink>
              </li>
              <li>
                <NavLink to={carry('/hulp')}>{t('common.nav.needsHelp')}</NavLink>
              </li>
              <li>
                <NavLink to={carry('/leerlijnen')}>{t('common.nav.learningLines')}</NavLink>
              </li>
              <li>
                <NavLink to={carry('/rubrics')}>{t('common.nav.rubrics')}</NavLink>
              </li>
              <li>
                <NavLink to={carry('/rapport')}>{t('report.nav')}</NavLink>
              </li>
              {coordinator ? (
                <>
                  <li>
                    <NavLink to="/bronnen">{t('common.nav.sources')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/privacy">{t('common.nav.privacy')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/opgeslagen">{t('common.nav.storedData')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/curriculum">{t('curriculum.nav')}</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <TabBar carry={carry} />
      {demoReady ? (
        <aside className="demo-banner" aria-label={t('common.demo.label')}>
          <p>{t('common.demo.banner', { date: formatDate(locale, now) })}</p>
          {demoDateRefused !== null ? (
            <p role="alert">{t('common.demo.dateRefused', { value: demoDateRefused, date: formatDate(locale, now) })}</p>
          ) : null}
          <DemoStatus ready={demoReady} />
        </aside>
      ) : null}
      <main id="inhoud" tabIndex={-1}>
        <PageLoadBoundary>
          <Suspense fallback={<PageLoading />}>
            <Outlet key={epoch} />
          </Suspense>
        </PageLoadBoundary>
      </main>
    </>
  );
}
