import type { NeedsHelpEntry } from './needs-help';

/**
 * A pupil listed only because not a single result of theirs came in while the group practised ("no activity yet"):
 * a data matter (is the pupil linked in the tool?) rather than a learning one. The needs-help page shows them
 * apart from who needs help (decision 006, sixth robustness pass), and the validity benchmark counts them apart.
 */
export const isNoResultsYet = (entry: NeedsHelpEntry): boolean =>
  entry.reasons.length > 0 && entry.reasons.every((reason) => reason.kind === 'inactive' && reason.lastAt === null);

/**
 * A pupil listed only for the absence of data: no result in the group's usual rhythm, or none at all (every reason
 * `inactive`). Absence of data alone is not a stall (decision 026): the page shows them apart from who needs help,
 * and the validity benchmark counts them apart. A pupil with a learning reason as well stays among who needs help.
 */
export const isDataMatter = (entry: NeedsHelpEntry): boolean =>
  entry.reasons.length > 0 && entry.reasons.every((reason) => reason.kind === 'inactive');

/**
 * The entries split into those who need help, those without any result yet, and those without results lately
 * (`isDataMatter` but not `isNoResultsYet`), each in the given order.
 */
export function splitNoResultsYet(entries: readonly NeedsHelpEntry[]): {
  needHelp: NeedsHelpEntry[];
  noResultsYet: NeedsHelpEntry[];
  quiet: NeedsHelpEntry[];
} {
  return {
    needHelp: entries.filter((entry) => !isDataMatter(entry)),
    noResultsYet: entries.filter(isNoResultsYet),
    quiet: entries.filter((entry) => isDataMatter(entry) && !isNoResultsYet(entry)),
  };
}
