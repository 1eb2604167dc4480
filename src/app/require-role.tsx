import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDb } from '@/store/db-context';
import { privacyQueries } from '@/store/privacy.queries';
import { useVault } from '@/store/use-vault';

/**
 * The ICT coordinator's pages (sources, roster, consent, retention) need that role, chosen at
 * unlock. Before any vault exists there are no names to protect: set-up is open, so the first
 * roster import can create the vault.
 */
export function useIsCoordinator(): boolean {
  const db = useDb();
  const { role } = useVault();
  const vault = useQuery(privacyQueries.hasVault(db));
  return role === 'ict-coordinator' || vault.data === false;
}

export function RequireCoordinator({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const allowed = useIsCoordinator();
  return allowed ? <>{children}</> : <p role="alert" className="notice notice--error">{t('unlock.forRole')}</p>;
}
