import { queryOptions } from '@tanstack/react-query';
import type { GroupId, PupilKey } from '@/domain/ids';
import type { Pupil, RosterEntry } from '@/domain/model';
import type { LeerzichtDb } from './db';
import { resultKeys } from './results.queries';
import { groupName, listGroups, pupilByKey, pupilsInGroup, rosterFor, UNASSIGNED_GROUP } from './pupils.repo';
import { maySeeGroup, rememberedGroups, vaultKey, vaultState } from './vault';

/**
 * A teacher asked for a pupil outside the groups they chose at unlock. The one place the group
 * filter lives is here: every teacher view lists groups and pupils through these queries.
 */
export class NotYourGroupError extends Error {
  override readonly name = 'NotYourGroupError';
}

export interface PupilWithRoster {
  readonly pupil: Pupil;
  /** Names from the school's roster, only in this browser; null without a roster. */
  readonly roster: RosterEntry | null;
}

/** Keys carry the vault epoch: names read while unlocked are never served from cache once locked. */
export const schoolKeys = {
  all: ['school'] as const,
  groups: () => [...schoolKeys.all, vaultState().epoch, 'groups'] as const,
  allGroups: () => [...schoolKeys.all, vaultState().epoch, 'all-groups'] as const,
  pupilsIn: (group: GroupId) => [...schoolKeys.all, vaultState().epoch, 'pupils', group] as const,
  pupil: (key: PupilKey) => [...schoolKeys.all, vaultState().epoch, 'pupil', key] as const,
  /** Roster pupils by key and label, for choosing whose OSO dossier a file holds. */
  dossierPupils: () => [...schoolKeys.all, vaultState().epoch, 'dossier-pupils'] as const,
  /** Under the results key: a sync, which stores the pupils it does not know, invalidates it with the results. */
  unrostered: () => [...resultKeys.all, 'unrostered'] as const,
};

export const schoolQueries = {
  /**
   * The groups this session may see: a teacher's chosen groups, or all of them. Pupils a source
   * delivered who are not on the roster are no group a teacher teaches: see `unrostered`.
   */
  groups: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: schoolKeys.groups(),
      queryFn: async () => (await listGroups(db, vaultKey())).filter((group) => group.id !== UNASSIGNED_GROUP && maySeeGroup(group.id)),
    }),
  /** How many pupils a source delivered results for who are not on the roster (no group, no name). */
  unrostered: (db: LeerzichtDb) =>
    queryOptions({ queryKey: schoolKeys.unrostered(), queryFn: () => db.pupils.where('group').equals(UNASSIGNED_GROUP).count() }),
  /** Every group with the groups last chosen on this device: only for choosing "Mijn groepen". */
  allGroups: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: schoolKeys.allGroups(),
      queryFn: async () => ({ groups: await listGroups(db, vaultKey()), remembered: await rememberedGroups(db) }),
    }),
  pupilsIn: (db: LeerzichtDb, group: GroupId) =>
    queryOptions({
      queryKey: schoolKeys.pupilsIn(group),
      queryFn: async (): Promise<PupilWithRoster[]> => {
        if (!maySeeGroup(group)) return [];
        const pupils = await pupilsInGroup(db, group);
        const roster = await rosterFor(
          db,
          pupils.map((pupil) => pupil.ref),
          vaultKey(),
        );
        return pupils.map((pupil) => ({ pupil, roster: roster.get(pupil.ref) ?? null }));
      },
    }),
  pupil: (db: LeerzichtDb, key: PupilKey) =>
    queryOptions({
      queryKey: schoolKeys.pupil(key),
      queryFn: async (): Promise<(PupilWithRoster & { groupName: string | null; yearLevel: string | null }) | null> => {
        const pupil = await pupilByKey(db, key);
        if (!pupil) return null;
        if (!maySeeGroup(pupil.group)) throw new NotYourGroupError('not one of the groups chosen at unlock');
        const roster = (await rosterFor(db, [pupil.ref], vaultKey())).get(pupil.ref) ?? null;
        const group = await db.groups.get(pupil.group);
        return { pupil, roster, groupName: group ? (await groupName(group, vaultKey())) || null : null, yearLevel: group?.yearLevel ?? null };
      },
    }),
};
