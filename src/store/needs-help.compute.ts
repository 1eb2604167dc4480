import { queryOptions } from '@tanstack/react-query';
import type { NeedsHelpViewInput } from '@/domain/progress/needs-help';
import { computeWorker } from './compute.client';
import { versionOf } from './data-version';

/**
 * Not a family of invalidate.ts (EVERY_QUERY_FAMILY): a key names its inputs by identity, so new
 * data (a sync, deleting everything) is a new key and no entry ever needs refreshing. Kept out of
 * the first page's code, which lists the families.
 */
export const needsHelpKeys = {
  all: ['needs-help'] as const,
};

export const needsHelpQueries = {
  /**
   * Wie heeft hulp nodig for one group, computed in the compute worker (issue 12 goal 4: no long
   * task on the main thread). Keyed by the identity of each input (versionOf) and by the values of
   * the rest: one computation per group and data version, kept while the inputs last; a sync gives
   * new results, so a new key, and nothing needs invalidating.
   */
  view: (group: string, input: NeedsHelpViewInput) =>
    queryOptions({
      queryKey: [
        ...needsHelpKeys.all,
        group,
        input.now,
        JSON.stringify(input.filter),
        input.targetLevels,
        ...[input.pupils, input.results, input.lines, input.choices, input.rule, input.judgements].map(versionOf),
      ],
      queryFn: () => computeWorker().needsHelpView(input),
      staleTime: Infinity,
      // The same inputs give the same outcome: a failure (a filter that cannot be applied) is said at once.
      retry: false,
      gcTime: 60_000,
    }),
};
