import { useQuery } from '@tanstack/react-query';
import { useDb } from './db-context';
import { privacyQueries } from './privacy.queries';
import { useVault } from './use-vault';

/**
 * Whether this session may do the ICT coordinator's work (sources, roster, consent, retention,
 * the curriculum, the mastery method per line): unlocked in that role. Before any vault exists
 * there are no names to protect: set-up is open, so the first roster import can create the vault.
 * A locked session that has a vault is no coordinator.
 */
export function useIsCoordinator(): boolean {
  const db = useDb();
  const { role } = useVault();
  const vault = useQuery(privacyQueries.hasVault(db));
  return role === 'ict-coordinator' || vault.data === false;
}
