import { useQueries, useQuery } from '@tanstack/react-query';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { useGroupName, usePupilName } from '@/ui/use-labels';
import type { NamedPupil } from './match-pupils';

/** The current pupils of the groups this session may see (a teacher's own groups), by display name; read once asked for. */
export function useMyPupils(enabled: boolean): { pupils: readonly NamedPupil[]; loading: boolean } {
  const db = useDb();
  const nameOf = usePupilName();
  const groupNameOf = useGroupName();
  const groups = useQuery({ ...schoolQueries.groups(db), enabled });
  const lists = useQueries({ queries: (enabled ? (groups.data ?? []) : []).map((group) => schoolQueries.pupilsIn(db, group.id)) });
  const pupils = (groups.data ?? []).flatMap((group, position) =>
    (lists[position]?.data ?? [])
      .filter(({ pupil }) => !pupil.leftAt)
      .map(({ pupil, roster }) => ({ key: pupil.key, name: nameOf(pupil, roster), group: groupNameOf(group, position) })),
  );
  return { pupils, loading: enabled && (groups.isPending || lists.some((list) => list.isPending)) };
}
