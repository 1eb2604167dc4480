import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDb } from './db-context';
import { privacyQueries } from './privacy.queries';
import { useVault } from './use-vault';

/**
 * Whether set-up is open before any vault exists. False in demo mode: the demo creates its vault
 * itself during its first sync, and a visitor is never the coordinator before unlocking.
 */
export const SetupOpenContext = createContext(true);

/**
 * Whether this session may do the ICT coordinator's work (sources, roster, consent, retention,
 * the curriculum, the mastery method per line): unlocked in that role. Before any vault exists
 * there are no names to protect: set-up is open, so the first roster import can create the vault.
 * A locked session that has a vault is no coordinator.
 */
export function useIsCoordinator(): boolean {
  const db = useDb();
  const { role } = useVault();
  const setupOpen = useContext(SetupOpenContext);
  const vault = useQuery({ ...privacyQueries.hasVault(db), enabled: setupOpen });
  return role === 'ict-coordinator' || (setupOpen && vault.data === false);
}
