import { groupId, pupilKey, type GroupId, type PupilKey, type PupilRef } from '@/domain/ids';
import type { Group, Pupil, RosterEntry } from '@/domain/model';
import { groupNameBinding, rosterNamesBinding } from './crypto/bindings';
import { unseal } from './crypto/seal';
import type { LeerzichtDb, StoredGroup, StoredRoster } from './db';

/** Pupils a source knows but no roster has placed yet. Named by the view ("Zonder groep"). */
export const UNASSIGNED_GROUP: GroupId = groupId('zonder-groep');

async function nextKey(db: LeerzichtDb): Promise<number> {
  const last = await db.pupils.orderBy('key').last();
  return (last?.key ?? 0) + 1;
}

/**
 * One read of the group's pupils (IDBIndex.getAll), not a cursor with a callback per pupil: a board's
 * LRS adds pupils to the unassigned group on many pages of a sync, and that group grows to thousands.
 */
async function nextNumber(db: LeerzichtDb, group: GroupId): Promise<number> {
  let max = 0;
  for (const pupil of await db.pupils.where('group').equals(group).toArray()) if (pupil.number > max) max = pupil.number;
  return max + 1;
}

/** Adds pupils for pseudonyms not seen before, in the unassigned group. Returns how many were added. */
export async function ensurePupils(db: LeerzichtDb, refs: Iterable<PupilRef>): Promise<number> {
  const wanted = [...new Set(refs)];
  if (wanted.length === 0) return 0;
  return db.transaction('rw', db.pupils, db.groups, async () => {
    const known = await db.pupils.where('ref').anyOf(wanted).toArray();
    const knownRefs = new Set(known.map((pupil) => pupil.ref));
    const fresh = wanted.filter((ref) => !knownRefs.has(ref));
    if (fresh.length === 0) return 0;
    let key = await nextKey(db);
    let number = await nextNumber(db, UNASSIGNED_GROUP);
    await db.pupils.bulkAdd(fresh.map((ref) => ({ key: pupilKey(key++), ref, group: UNASSIGNED_GROUP, number: number++ })));
    if (!(await db.groups.get(UNASSIGNED_GROUP))) await db.groups.put({ id: UNASSIGNED_GROUP, yearLevel: 'onbekend', sealed: null });
    return fresh.length;
  });
}

/** A sealed group name, or '' without the key (the view shows a placeholder). */
export async function groupName(group: StoredGroup, key: CryptoKey | null): Promise<string> {
  if (!key || !group.sealed) return '';
  try {
    return await unseal<string>(key, group.sealed, groupNameBinding(group.id));
  } catch {
    return '';
  }
}

/**
 * Groups sorted by name (by id while locked); the unassigned group last and only while it has
 * pupils. Names are read with the vault key; locked, they are '' and the view shows "Groep n".
 */
export async function listGroups(db: LeerzichtDb, key: CryptoKey | null = null): Promise<Group[]> {
  const stored = await db.groups.toArray();
  const unassignedCount = await db.pupils.where('group').equals(UNASSIGNED_GROUP).count();
  const groups = await Promise.all(
    stored
      .filter((group) => group.id !== UNASSIGNED_GROUP || unassignedCount > 0)
      .map(async (group) => ({ id: group.id, yearLevel: group.yearLevel, name: await groupName(group, key) })),
  );
  return groups.sort((a, b) =>
    a.id === UNASSIGNED_GROUP ? 1 : b.id === UNASSIGNED_GROUP ? -1 : (a.name || a.id).localeCompare(b.name || b.id, 'nl', { numeric: true }),
  );
}

export const pupilsInGroup = async (db: LeerzichtDb, group: GroupId): Promise<Pupil[]> =>
  (await db.pupils.where('group').equals(group).toArray()).filter((pupil) => !pupil.leftAt).sort((a, b) => a.number - b.number);

export const pupilByKey = (db: LeerzichtDb, key: PupilKey) => db.pupils.get(key);

/** Roster names for pupils, read with the vault key; an empty map while locked. */
export async function rosterFor(db: LeerzichtDb, refs: readonly PupilRef[], key: CryptoKey | null = null): Promise<Map<PupilRef, RosterEntry>> {
  if (!key) return new Map();
  const stored = (await db.roster.bulkGet([...refs])).filter((entry): entry is StoredRoster => entry !== undefined);
  const entries = await Promise.all(
    stored.map(async (entry) => {
      try {
        const names = await unseal<{ firstName: string; prefix: string; lastName: string }>(key, entry.sealed, rosterNamesBinding(entry.ref));
        return { ref: entry.ref, group: entry.group, ...names } satisfies RosterEntry;
      } catch {
        return null;
      }
    }),
  );
  return new Map(entries.filter((entry): entry is RosterEntry => entry !== null).map((entry) => [entry.ref, entry]));
}
