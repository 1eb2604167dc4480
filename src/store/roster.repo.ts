import { groupId, pupilKey, type GroupId, type PupilRef } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import type { RosterRow } from '@/adapters/roster/roster-csv';
import { groupNameBinding, rosterNamesBinding } from './crypto/bindings';
import { seal } from './crypto/seal';
import type { LeerzichtDb, StoredGroup, StoredRoster } from './db';
import { groupName } from './pupils.repo';

/** 'Groep 5A' -> 'groep-5', 'Brugklas 1C' / 'klas 1' -> 'brugklas'; otherwise 'onbekend'. */
export function yearLevelOf(name: string): string {
  const lower = name.toLowerCase();
  const groep = /groep\s*(\d)/.exec(lower);
  if (groep) return `groep-${groep[1]}`;
  if (/brugklas|klas\s*1|leerjaar\s*1/.test(lower)) return 'brugklas';
  return 'onbekend';
}

/** A pupil a re-import without them marks as left: on the roster now (not left, not in the unassigned group). */
const isOnRoster = (pupil: Pupil) => !pupil.leftAt && pupil.group !== groupId('zonder-groep');

/** Pseudonyms of the pupils on the roster now: a re-import marks those it does not contain as left. */
export async function onRosterRefs(db: LeerzichtDb): Promise<PupilRef[]> {
  return (await db.pupils.toArray()).filter(isOnRoster).map((pupil) => pupil.ref);
}

/**
 * Imports the school's roster: groups, pupils and names. Names and group names are sealed with
 * the vault key; group ids are opaque (never a slug of the name). A pupil missing from a
 * re-import is marked as left, never deleted. Returns what changed.
 */
export async function importRoster(
  db: LeerzichtDb,
  rows: readonly RosterRow[],
  { now, key }: { now: Date; key: CryptoKey },
): Promise<{ added: number; updated: number; left: number }> {
  const storedGroups = await db.groups.toArray();
  const idByName = new Map<string, GroupId>();
  for (const group of storedGroups) {
    const name = await groupName(group, key);
    if (name) idByName.set(name, group.id);
  }
  let counter = storedGroups.length;
  const newGroups: StoredGroup[] = [];
  for (const row of rows) {
    if (idByName.has(row.groupName)) continue;
    let id = groupId(`groep-${++counter}`);
    while (storedGroups.some((group) => group.id === id)) id = groupId(`groep-${++counter}`);
    idByName.set(row.groupName, id);
    newGroups.push({ id, yearLevel: yearLevelOf(row.groupName), sealed: await seal(key, row.groupName, groupNameBinding(id)) });
  }
  const sealedNames = new Map<PupilRef, StoredRoster>();
  for (const row of rows) {
    if (sealedNames.has(row.ref)) continue;
    const group = idByName.get(row.groupName) as GroupId;
    sealedNames.set(row.ref, {
      ref: row.ref,
      group,
      sealed: await seal(key, { firstName: row.firstName, prefix: row.prefix, lastName: row.lastName }, rosterNamesBinding(row.ref)),
    });
  }
  return db.transaction('rw', [db.groups, db.pupils, db.roster], async () => {
    await db.groups.bulkPut(newGroups);
    const existing = await db.pupils.toArray();
    const byRef = new Map(existing.map((pupil) => [pupil.ref, pupil]));
    const numbers = new Map<GroupId, number>();
    for (const pupil of existing) numbers.set(pupil.group, Math.max(numbers.get(pupil.group) ?? 0, pupil.number));
    let nextPupilKey = existing.reduce((max, pupil) => Math.max(max, pupil.key), 0) + 1;
    const nextNumber = (group: GroupId) => {
      const number = (numbers.get(group) ?? 0) + 1;
      numbers.set(group, number);
      return number;
    };

    let added = 0;
    let updated = 0;
    const pupils: Pupil[] = [];
    const roster: StoredRoster[] = [];
    const seen = new Set<PupilRef>();
    for (const row of rows) {
      if (seen.has(row.ref)) continue;
      seen.add(row.ref);
      const group = idByName.get(row.groupName) as GroupId;
      const before = byRef.get(row.ref);
      if (before) {
        updated += 1;
        const moved = before.group !== group;
        pupils.push({ key: before.key, ref: row.ref, group, number: moved ? nextNumber(group) : before.number });
      } else {
        added += 1;
        pupils.push({ key: pupilKey(nextPupilKey++), ref: row.ref, group, number: nextNumber(group) });
      }
      roster.push(sealedNames.get(row.ref) as StoredRoster);
    }
    const leavers = existing.filter((pupil) => !seen.has(pupil.ref) && isOnRoster(pupil));
    for (const pupil of leavers) pupils.push({ ...pupil, leftAt: now.toISOString() });
    await db.pupils.bulkPut(pupils);
    await db.roster.bulkPut(roster);
    return { added, updated, left: leavers.length };
  });
}
