import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsCoordinator } from '@/store/use-is-coordinator';

/** The ICT coordinator's pages (sources, roster, consent, retention) need that role, chosen at unlock (useIsCoordinator). */
export function RequireCoordinator({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const allowed = useIsCoordinator();
  return allowed ? (
    <>{children}</>
  ) : (
    <section aria-labelledby="for-role-title">
      <h1 id="for-role-title">{t('shell.forRoleTitle')}</h1>
      <p role="alert" className="notice notice--error">
        {t('unlock.forRole')}
      </p>
    </section>
  );
}
