import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { SourceId } from '@/domain/ids';
import { lastSuccessOf, sourceFreshness, type Freshness } from '@/domain/quality/freshness';
import type { Source } from '@/domain/source';
import { useDb } from './db-context';
import { sourceQueries } from './sources.queries';

export interface SourceFreshness {
  readonly source: Source;
  /** The last successful sync (ISO), or null when it never succeeded. */
  readonly lastSuccess: string | null;
  readonly freshness: Freshness;
}

/** A source whose data is stale, as the compact badge names it. */
export interface StaleSource {
  readonly name: string;
  readonly days: number;
}

/** Every source's freshness at `now` (the view's clock: the demo's today in the demo). */
export function useSourceFreshness(now: Date): {
  readonly data: readonly SourceFreshness[];
  readonly isPending: boolean;
  readonly error: Error | null;
} {
  const statuses = useQuery(sourceQueries.statuses(useDb()));
  const at = now.getTime();
  const data = useMemo(
    () =>
      (statuses.data ?? []).map(({ source, status }) => ({
        source,
        lastSuccess: lastSuccessOf(status),
        freshness: sourceFreshness(status, new Date(at)),
      })),
    [statuses.data, at],
  );
  return { data, isPending: statuses.isPending, error: statuses.error };
}

/**
 * The sources whose data is stale at `now`, for the badge on a teacher's view. `used`: only these
 * sources (those the view's results come from); absent, every source.
 */
export function useStaleSources(now: Date, used?: ReadonlySet<SourceId>): StaleSource[] {
  return useSourceFreshness(now).data.flatMap(({ source, freshness }) =>
    freshness.state === 'stale' && (!used || used.has(source.id)) ? [{ name: source.name, days: freshness.days ?? 0 }] : [],
  );
}
