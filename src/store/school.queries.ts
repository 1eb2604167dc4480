import { queryOptions } from '@tanstack/react-query';
import type { GroupId, PupilKey } from '@/domain/ids';
import type { Pupil, RosterEntry } from '@/domain/model';
import type { LeerzichtDb } from './db';
import { groupName, listGroups, pupilByKey, pupilsInGroup, rosterFor } from './pupils.repo';
import { vaultKey, vaultState } from './vault';

export interface PupilWithRoster {
  readonly pupil: Pupil;
  /** Names from the school's roster, only in this browser; null without a roster. */
  readonly roster: RosterEntry | null;
}

/** Keys carry the vault epoch: names read while unlocked are never served from cache once locked. */
export const schoolKeys = {
  all: ['school'] as const,
  groups: () => [...schoolKeys.all, vaultState().epoch, 'groups'] as const,
  pupilsIn: (group: GroupId) => [...schoolKeys.all, vaultState().epoch, 'pupils', group] as const,
  pupil: (key: PupilKey) => [...schoolKeys.all, vaultState().epoch, 'pupil', key] as const,
};

export const schoolQueries = {
  groups: (db: LeerzichtDb) => queryOptions({ queryKey: schoolKeys.groups(), queryFn: () => listGroups(db, vaultKey()) }),
  pupilsIn: (db: LeerzichtDb, group: GroupId) =>
    queryOptions({
      queryKey: schoolKeys.pupilsIn(group),
      queryFn: async (): Promise<PupilWithRoster[]> => {
        const pupils = await pupilsInGroup(db, group);
        const roster = await rosterFor(db, pupils.map((pupil) => pupil.ref), vaultKey());
        return pupils.map((pupil) => ({ pupil, roster: roster.get(pupil.ref) ?? null }));
      },
    }),
  pupil: (db: LeerzichtDb, key: PupilKey) =>
    queryOptions({
      queryKey: schoolKeys.pupil(key),
      queryFn: async (): Promise<(PupilWithRoster & { groupName: string | null; yearLevel: string | null }) | null> => {
        const pupil = await pupilByKey(db, key);
        if (!pupil) return null;
        const roster = (await rosterFor(db, [pupil.ref], vaultKey())).get(pupil.ref) ?? null;
        const group = await db.groups.get(pupil.group);
        return { pupil, roster, groupName: group ? (await groupName(group, vaultKey())) || null : null, yearLevel: group?.yearLevel ?? null };
      },
    }),
};
