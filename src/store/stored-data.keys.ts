import type { GroupId } from '@/domain/ids';
import { vaultState } from './vault';

/** Keys for names carry the vault epoch, like schoolKeys: never serve names from cache once locked. */
export const storedDataKeys = {
  all: ['stored-data'] as const,
  summary: () => [...storedDataKeys.all, 'summary'] as const,
  pupilsIn: (group: GroupId) => [...storedDataKeys.all, vaultState().epoch, 'pupils', group] as const,
};
