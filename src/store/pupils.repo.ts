import { groupId, pupilKey, type GroupId, type PupilKey, type PupilRef } from '@/domain/ids';
import type { Group, Pupil, RosterEntry } from '@/domain/model';
import type { LeerzichtDb } from './db';

/** Pupils a source knows but no roster has placed yet. Named by the view ("Zonder groep"). */
export const UNASSIGNED_GROUP: GroupId = groupId('zonder-groep');

async function nextKey(db: LeerzichtDb): Promise<number> {
  const last = await db.pupils.orderBy('key').last();
  return (last?.key ?? 0) + 1;
}

async function nextNumber(db: LeerzichtDb, group: GroupId): Promise<number> {
  let max = 0;
  await db.pupils.where('group').equals(group).each((pupil) => (max = Math.max(max, pupil.number)));
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
    if (!(await db.groups.get(UNASSIGNED_GROUP))) await db.groups.put({ id: UNASSIGNED_GROUP, name: '', yearLevel: 'onbekend' });
    return fresh.length;
  });
}

/** Groups sorted by name; the unassigned group only while it has pupils. */
export async function listGroups(db: LeerzichtDb): Promise<Group[]> {
  const groups = await db.groups.toArray();
  const unassignedCount = await db.pupils.where('group').equals(UNASSIGNED_GROUP).count();
  return groups
    .filter((group) => group.id !== UNASSIGNED_GROUP || unassignedCount > 0)
    .sort((a, b) => (a.id === UNASSIGNED_GROUP ? 1 : b.id === UNASSIGNED_GROUP ? -1 : a.name.localeCompare(b.name, 'nl', { numeric: true })));
}

export const pupilsInGroup = async (db: LeerzichtDb, group: GroupId): Promise<Pupil[]> =>
  (await db.pupils.where('group').equals(group).toArray()).filter((pupil) => !pupil.leftAt).sort((a, b) => a.number - b.number);

export const pupilByKey = (db: LeerzichtDb, key: PupilKey) => db.pupils.get(key);

export async function rosterFor(db: LeerzichtDb, refs: readonly PupilRef[]): Promise<Map<PupilRef, RosterEntry>> {
  const entries = await db.roster.bulkGet([...refs]);
  return new Map(entries.filter((entry): entry is RosterEntry => entry !== undefined).map((entry) => [entry.ref, entry]));
}
