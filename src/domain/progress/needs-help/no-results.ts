import type { NeedsHelpEntry } from './needs-help';

/**
 * A pupil listed only because not a single result of theirs came in while the group practised ("no activity yet"):
 * a data matter (is the pupil linked in the tool?) rather than a learning one. The needs-help page shows them
 * apart from who needs help (decision 006, sixth robustness pass), and the validity benchmark counts them apart.
 */
export const isNoResultsYet = (entry: NeedsHelpEntry): boolean =>
  entry.reasons.length > 0 && entry.reasons.every((reason) => reason.kind === 'inactive' && reason.lastAt === null);

/** The entries split into those who need help and those without any result yet, each in the given order. */
export function splitNoResultsYet(entries: readonly NeedsHelpEntry[]): { needHelp: NeedsHelpEntry[]; noResultsYet: NeedsHelpEntry[] } {
  return { needHelp: entries.filter((entry) => !isNoResultsYet(entry)), noResultsYet: entries.filter(isNoResultsYet) };
}
