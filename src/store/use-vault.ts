import { useSyncExternalStore } from 'react';
import { subscribeVault, vaultState } from './vault';

/** The session's lock state (key held or not, and the role chosen at unlock). */
export const useVault = () => useSyncExternalStore(subscribeVault, vaultState);
