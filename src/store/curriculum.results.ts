import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { resolveResultGoals } from '@/curriculum/slo-import/resolve-goals';
import type { GroupId, PupilKey, PupilRef, SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { deduplicate } from '@/domain/quality/duplicates';
import { useCurriculum } from './curriculum.queries';
import { useDb } from './db-context';
import type { ReadableResults } from './readable-results';
import { resultQueries } from './results.queries';

export interface ResolvedResults {
  /** The results with every goal SLO replaced turned into its successor(s); undefined while loading. */
  readonly data: readonly Result[] | undefined;
  /** Stored results left out because they cannot be read (see readableResults); 0 while loading. */
  readonly skipped: number;
  /** Second reports of an attempt already counted (same pupil, goals, score, within a minute), left out; 0 while loading. */
  readonly duplicates: number;
  /** Those second reports per source that sent them (empty while loading). */
  readonly duplicatesBySource: ReadonlyMap<SourceId, number>;
  readonly isPending: boolean;
  readonly error: Error | null;
}

const NONE: ReadonlyMap<SourceId, number> = new Map();

function useResolved(query: { data: ReadableResults | undefined; isPending: boolean; error: Error | null }, enabled: boolean): ResolvedResults {
  const curriculum = useCurriculum();
  const links = curriculum.links;
  const waiting = enabled && curriculum.isPending;
  // Goals are resolved first, so a report mapped before a goal was replaced matches one mapped after it.
  const counted = useMemo(
    () => (query.data && !waiting ? deduplicate(resolveResultGoals(query.data.results, links)) : undefined),
    [query.data, links, waiting],
  );
  return {
    data: counted?.kept,
    skipped: query.data?.skipped ?? 0,
    duplicates: counted?.duplicates ?? 0,
    duplicatesBySource: counted?.bySource ?? NONE,
    isPending: query.isPending || waiting,
    error: query.error ?? curriculum.error ?? null,
  };
}

/**
 * A group's results as mastery counts them: a result on a goal SLO replaced counts for the goal(s)
 * that stand today, so a mapping made before the replacement keeps counting; the same attempt
 * reported twice counts once (deduplicate, as in npm run report). Every view that computes mastery
 * reads results here.
 */
export function useGroupResults(group: GroupId, enabled = true): ResolvedResults {
  const results = useQuery({ ...resultQueries.forGroup(useDb(), group), enabled });
  return useResolved(results, enabled);
}

/**
 * The results of some pupils (by pseudonym), goals resolved and counted as in useGroupResults: for a
 * view that needs a few pupils' results, not the whole group's (the same pupil's rows either way).
 */
export function usePupilsResults(refs: readonly PupilRef[], enabled = true): ResolvedResults {
  const results = useQuery({ ...resultQueries.forPupils(useDb(), refs), enabled });
  return useResolved(results, enabled);
}

/** One pupil's results, goals resolved as in useGroupResults. */
export function usePupilResults(key: PupilKey, enabled = true): ResolvedResults {
  const results = useQuery({ ...resultQueries.forPupil(useDb(), key), enabled });
  return useResolved(results, enabled);
}
