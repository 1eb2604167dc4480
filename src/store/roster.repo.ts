import { groupId, pupilKey, type GroupId, type PupilRef } from '@/domain/ids';
import type { Group, Pupil, RosterEntry } from '@/domain/model';
import type { RosterRow } from '@/adapters/roster/roster-csv';
import type { LeerzichtDb } from './db';


export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'groep';

/** 'Groep 5A' -> 'groep-5', 'Brugklas 1C' / 'klas 1' -> 'brugklas'; otherwise 'onbekend'. */
export function yearLevelOf(name: string): string {
  const lower = name.toLowerCase();
  const groep = /groep\s*(\d)/.exec(lower);
  if (groep) return `groep-${groep[1]}`;
  if (/brugklas|klas\s*1|leerjaar\s*1/.test(lower)) return 'brugklas';
  return 'onbekend';
}

/**
 * Imports the school's roster: groups, pupils and names (names only in the roster table).
 * A pupil missing from a re-import is marked as left, never deleted. Returns what changed.
 */
export async function importRoster(db: LeerzichtDb, rows: readonly RosterRow[], { now }: { now: Date }): Promise<{ added: number; updated: number; left: number }> {
  return db.transaction('rw', [db.groups, db.pupils, db.roster], async () => {
    const groups = new Map<GroupId, Group>();
    for (const row of rows) {
      const id = groupId(slugOf(row.groupName));
      if (!groups.has(id)) groups.set(id, { id, name: row.groupName, yearLevel: yearLevelOf(row.groupName) });
    }
    await db.groups.bulkPut([...groups.values()]);

    const existing = await db.pupils.toArray();
    const byRef = new Map(existing.map((pupil) => [pupil.ref, pupil]));
    const numbers = new Map<GroupId, number>();
    for (const pupil of existing) numbers.set(pupil.group, Math.max(numbers.get(pupil.group) ?? 0, pupil.number));
    let key = existing.reduce((max, pupil) => Math.max(max, pupil.key), 0) + 1;
    const nextNumber = (group: GroupId) => {
      const number = (numbers.get(group) ?? 0) + 1;
      numbers.set(group, number);
      return number;
    };

    let added = 0;
    let updated = 0;
    const pupils: Pupil[] = [];
    const roster: RosterEntry[] = [];
    const seen = new Set<PupilRef>();
    for (const row of rows) {
      if (seen.has(row.ref)) continue;
      seen.add(row.ref);
      const group = groupId(slugOf(row.groupName));
      const before = byRef.get(row.ref);
      if (before) {
        updated += 1;
        const moved = before.group !== group;
        pupils.push({ key: before.key, ref: row.ref, group, number: moved ? nextNumber(group) : before.number });
      } else {
        added += 1;
        pupils.push({ key: pupilKey(key++), ref: row.ref, group, number: nextNumber(group) });
      }
      roster.push({ ref: row.ref, firstName: row.firstName, prefix: row.prefix, lastName: row.lastName, group });
    }
    const leavers = existing.filter((pupil) => !seen.has(pupil.ref) && !pupil.leftAt && pupil.group !== groupId('zonder-groep'));
    for (const pupil of leavers) pupils.push({ ...pupil, leftAt: now.toISOString() });
    await db.pupils.bulkPut(pupils);
    await db.roster.bulkPut(roster);
    return { added, updated, left: leavers.length };
  });
}
