import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupId, type PupilKey } from '@/domain/ids';
import { latestPerPupil, resultsAround, type Intervention, type ResultsAround } from '@/domain/intervention';
import { usePupilsResults } from '@/store/curriculum.results';
import { useDb } from '@/store/db-context';
import { interventionQueries } from '@/store/interventions.queries';
import type { PupilWithRoster } from '@/store/school.queries';

export interface PupilIntervention {
  readonly intervention: Intervention;
  readonly around: ResultsAround;
}

/**
 * Per pupil of the group: their latest intervention and what happened to their results on its goal since.
 * Only the results of pupils with an intervention are read (none when no pupil has one): the page's
 * judgement itself is computed in the compute worker, and reading, checking and deduplicating the
 * whole group's results on the main thread for this was most of the page's main-thread work.
 */
export function useGroupInterventions(
  group: string | null,
  pupils: ReadonlyMap<PupilKey, PupilWithRoster>,
): ReadonlyMap<PupilKey, PupilIntervention> {
  const db = useDb();
  const refs = useMemo(() => [...pupils.values()].map((item) => item.pupil.ref), [pupils]);
  const id = groupId(group ?? '');
  const interventions = useQuery({ ...interventionQueries.ofGroup(db, id, refs), enabled: group !== null });
  const latest = useMemo(() => latestPerPupil(interventions.data ?? []), [interventions.data]);
  const withIntervention = useMemo(() => refs.filter((ref) => latest.has(ref)), [refs, latest]);
  const results = usePupilsResults(withIntervention, group !== null && interventions.data !== undefined);
  return useMemo(() => {
    const found = new Map<PupilKey, PupilIntervention>();
    for (const [key, item] of pupils) {
      const intervention = latest.get(item.pupil.ref);
      if (intervention) found.set(key, { intervention, around: resultsAround(intervention, results.data ?? []) });
    }
    return found;
  }, [latest, results.data, pupils]);
}
