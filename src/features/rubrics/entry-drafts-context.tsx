import { createContext, useContext, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { subscribeVault, vaultKey } from '@/store/vault';
import type { Draft, Notes } from '@/domain/rubric-entry';

/** What a teacher entered and has not saved yet, for one rubric and one group. */
export interface EntryDraft {
  readonly draft: Draft;
  readonly notes: Notes;
}

/** Every unsaved entry, by rubric and group (the key is `JSON.stringify([rubric, group])`). */
export type AllDrafts = Readonly<Record<string, EntryDraft>>;

type DraftsState = readonly [AllDrafts, Dispatch<SetStateAction<AllDrafts>>];

const EntryDraftsContext = createContext<DraftsState | null>(null);

/**
 * Unsaved rubric entries for the whole session, above the routes: leaving /rubrics and coming back
 * keeps them. In memory only: notes may hold personal remarks about pupils, so nothing is written to
 * storage, and a lock (by hand, when idle, or by deleting all data) drops them: the next person to
 * unlock may be someone else.
 */
export function EntryDraftsProvider({ children }: { children: ReactNode }) {
  const state = useState<AllDrafts>({});
  const [all, setAll] = state;
  // Synchronous with the lock itself, so no render shows the drafts under a locked vault.
  useEffect(() => subscribeVault(() => vaultKey() === null && setAll({})), [setAll]);
  const unsaved = Object.keys(all).length > 0;
  useEffect(() => {
    if (!unsaved) return;
    // A reload or a closed tab would lose them: the browser asks first (its own words, not ours).
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return <EntryDraftsContext.Provider value={state}>{children}</EntryDraftsContext.Provider>;
}

export function useAllDrafts(): DraftsState {
  const state = useContext(EntryDraftsContext);
  if (!state) throw new Error('useEntryDrafts outside EntryDraftsProvider');
  return state;
}
