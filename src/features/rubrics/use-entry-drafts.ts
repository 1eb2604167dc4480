import { useAllDrafts, type EntryDraft } from './entry-drafts-context';

export type { EntryDraft } from './entry-drafts-context';

/** Unsaved entries elsewhere: how many cells, in which rubric and group. */
export interface PendingDraft {
  readonly rubric: string;
  readonly group: string;
  readonly n: number;
}

const EMPTY: EntryDraft = { draft: {}, notes: {} };
const scopeOf = (rubric: string, group: string) => JSON.stringify([rubric, group]);
const isEmpty = (entry: EntryDraft) => Object.keys(entry.draft).length === 0 && Object.values(entry.notes).every((note) => note.trim() === '');

/**
 * Unsaved entries per rubric and group: switching the rubric or the group keeps them, and switching
 * back brings them back, so nothing a teacher entered is lost by a select (or an arrow key on it).
 * They live in EntryDraftsProvider, so leaving the page and coming back keeps them too (until a lock).
 */
export function useEntryDrafts(rubric: string, group: string) {
  const [all, setAll] = useAllDrafts();
  const scope = scopeOf(rubric, group);
  const update = (change: (before: EntryDraft) => EntryDraft, target = scope) =>
    setAll((before) => {
      const next = change(before[target] ?? EMPTY);
      const { [target]: _dropped, ...rest } = before;
      return isEmpty(next) ? rest : { ...rest, [target]: next };
    });
  const pending: PendingDraft[] = Object.entries(all)
    .filter(([key, entry]) => key !== scope && Object.keys(entry.draft).length > 0)
    .map(([key, entry]) => {
      const [rubricId, groupId] = JSON.parse(key) as [string, string];
      return { rubric: rubricId, group: groupId, n: Object.keys(entry.draft).length };
    });
  return {
    current: all[scope] ?? EMPTY,
    scope,
    update,
    clear: (target = scope) => update(() => EMPTY, target),
    pending,
  };
}
