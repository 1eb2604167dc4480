/**
 * The class grid from kept columns (decision 043): each pupil's prepared columns are kept in the store
 * with the pupil's change stamp; the grid from them equals the grid from the rows (the path before
 * 043) after adds, deletes, a forgotten pupil, a consent withdrawal, the retention purge and other SLO
 * links, and what is kept is never older than the pupil's rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BUILT_IN_LINES } from '@/curriculum';
import { goalId, resultIdOf, sourceId, type PupilRef } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { pupilColumnsOf } from '@/domain/progress/encoded-merge';
import { createClassGridApi, type ClassGridInput } from '@/store/class-grid.api';
import { classGridOf, prepareGroup } from '@/store/class-grid.path';
import { LeerzichtDb } from '@/store/db';
import { keep, keptGroupColumns, linksDigest } from '@/store/kept-columns.repo';
import { setConsent, purgeExpired } from '@/store/privacy.repo';
import { listGroups, pupilsInGroup } from '@/store/pupils.repo';
import { deleteResults, resultsForPupils, upsertResults } from '@/store/results.repo';
import { deleteEverything, forgetPupil } from '@/store/stored-data.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';
import { V10 } from '../../support/old-schemas';

const NO_LINKS: ReadonlyMap<string, readonly string[]> = new Map();
const SOMMEN = sourceId('sommenspoor');
const first = BUILT_IN_LINES[0]!;
/** SLO replaced the goal most results are on by two others of its line. */
const REPLACED: ReadonlyMap<string, readonly string[]> = new Map([['rekenen.getallen.1f', [first.goals[1]!.id, first.goals[2]!.id]]]);

let db: LeerzichtDb;

/** Per pupil, their stored results as a walk over every row counts them. */
async function walkedCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await db.results.toArray()) counts.set(row.pupil, (counts.get(row.pupil) ?? 0) + 1);
  return counts;
}

afterEach(async () => {
  if (!db.isOpen()) return;
  // The counts agree with the rows; no pupil without results has a row; every kept entry is at its pupil's stamp.
  const changes = await db.pupilChanges.toArray();
  expect(new Map(changes.map((change) => [change.pupil as string, change.results]))).toEqual(await walkedCounts());
  const stamps = new Map(changes.map((change) => [change.pupil as string, change.stamp]));
  for (const entry of await db.keptColumns.toArray()) expect(entry.stamp).toBe(stamps.get(entry.pupil));
});

async function seeded() {
  db = freshDb();
  const { results } = await seedSmallSchool(db);
  const group = (await listGroups(db))[0]!.id;
  const pupils = (await pupilsInGroup(db, group)).map((pupil) => ({ key: pupil.key, ref: pupil.ref }));
  // A second report of an attempt (counted once) and a row that cannot be read.
  const echo = results[0]!;
  await upsertResults(db, [
    { ...echo, id: resultIdOf(SOMMEN, 'echo'), recordId: 'echo', time: new Date(Date.parse(echo.time) + 20_000).toISOString() },
    { ...echo, id: resultIdOf(SOMMEN, 'onleesbaar'), recordId: 'onleesbaar', time: 'gisteren' },
  ]);
  let version = 0;
  const input = (links = NO_LINKS): ClassGridInput => ({
    dbName: db.name,
    group,
    version: `v${(version += 1)}`,
    links,
    pupils,
    lines: BUILT_IN_LINES,
    curriculumLines: BUILT_IN_LINES,
    filter: {},
    now: DEMO_NOW.toISOString(),
    choices: {},
  });
  const plain = createClassGridApi({ dbOf: () => db });
  // Changed pupils' columns are kept after the grid's answer: these tests look at the store once they are.
  const api = {
    ...plain,
    classGrid: async (ask: ClassGridInput) => {
      const view = await plain.classGrid(ask);
      await plain.idle();
      return view;
    },
  };
  return { group, pupils, results, input, api };
}

/** The grid as it was computed before 043: the group's rows read, prepared and the grid computed over them. */
async function fromRows(input: ClassGridInput) {
  const rows = await resultsForPupils(
    db,
    input.pupils.map((pupil) => pupil.ref),
  );
  const prepared = prepareGroup(rows, input.links);
  return { rows: classGridOf(prepared, input), skipped: prepared.skipped, duplicates: prepared.duplicates };
}

const refs = (input: ClassGridInput) => input.pupils.map((pupil) => pupil.ref);
const later = (days: number, pupil: PupilRef, n: number, scaled: number): Result => ({
  id: resultIdOf(SOMMEN, `later-${n}`),
  source: SOMMEN,
  recordId: `later-${n}`,
  pupil,
  code: 'rekenen.getallen.1f',
  goals: [goalId('rekenen.getallen.1f')],
  level: null,
  workForm: 'test',
  time: new Date(DEMO_NOW.getTime() - days * 86_400_000).toISOString(),
  score: { raw: scaled * 20, min: 0, max: 20, scaled },
  success: null,
  completion: true,
  durationSeconds: 300,
  attempt: null,
  normBand: { label: 'II', colour: '#1a7f37' },
});

describe('the class grid from kept columns', () => {
  it('keeps each pupil’s columns when the grid is first computed, and reads them the next time', async () => {
    const { input, api } = await seeded();
    const ask = input();
    const expected = await fromRows(ask);
    expect(expected).toMatchObject({ skipped: 1, duplicates: 1 });
    expect(await db.keptColumns.count()).toBe(0);
    expect(await api.classGrid(ask)).toEqual(expected);
    // Kept after the answer (the first answer reads the rows).
    await api.idle();
    // Pupils 1 and 2 have results; pupil 3 none, so nothing is kept for them.
    expect((await db.keptColumns.toArray()).map((entry) => entry.pupil).sort()).toEqual([refOf(1), refOf(2)].sort());
    // Nothing to build again: pupil 3, without results, has nothing to read.
    const again = await keptGroupColumns(db, refs(ask), NO_LINKS);
    expect(again.rebuilt).toBe(0);
    expect(await api.classGrid(input())).toEqual(expected);
  });

  it('builds a pupil again after a write to their results, in the write’s transaction', async () => {
    const { input, api } = await seeded();
    await api.classGrid(input());
    const stamp = (await db.pupilChanges.get(refOf(1)))!.stamp;
    await upsertResults(db, [later(1, refOf(1), 1, 0.35), later(3, refOf(3), 2, 0.9)]);
    // The write dropped pupil 1's kept columns and gave a new stamp; pupil 2's stay.
    expect(await db.keptColumns.get(refOf(1))).toBeUndefined();
    expect(await db.keptColumns.get(refOf(2))).toBeDefined();
    expect((await db.pupilChanges.get(refOf(1)))!.stamp).not.toBe(stamp);
    const ask = input();
    // Pupil 1 changed and pupil 3 has results now: those two are built; pupil 2's columns are read.
    expect((await keptGroupColumns(db, refs(ask), NO_LINKS)).rebuilt).toBe(2);
    expect((await keptGroupColumns(db, refs(ask), NO_LINKS)).rebuilt).toBe(0);
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    expect((await fromRows(ask)).rows.find((row) => row.ref === refOf(3))?.lines['rekenen']?.value).toBeGreaterThan(0);
  });

  it('does not use or keep columns built from rows read before a write', async () => {
    const { input, api } = await seeded();
    await api.classGrid(input());
    const stale = (await db.keptColumns.get(refOf(2)))!;
    await deleteResults(db, [(await db.results.where('pupil').equals(refOf(2)).first())!.id]);
    // As a computation that read pupil 2's rows before the delete would keep them:
    await keep(db, [stale]);
    expect(await db.keptColumns.get(refOf(2))).toBeUndefined();
    // And an entry at an old stamp found in the table (written around the stamp check) is not used.
    await db.keptColumns.put(stale);
    const ask = input();
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    await db.keptColumns.delete(refOf(2));
  });

  it('after deletes, a forgotten pupil, a consent withdrawal and the retention purge', async () => {
    const { input, api, pupils } = await seeded();
    await upsertResults(db, [later(2, refOf(2), 3, 0.6), { ...later(2, refOf(1), 4, 0.2), time: '2023-01-10T10:00:00.000Z' }]);
    await api.classGrid(input());
    await deleteResults(db, [resultIdOf(SOMMEN, 'later-3')]);
    let ask = input();
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    await api.classGrid(input());
    await setConsent(db, { pupil: refOf(2), source: SOMMEN, granted: false, date: '2026-07-01', note: '' });
    ask = input();
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    expect(await purgeExpired(db, DEMO_NOW)).toMatchObject({ removed: 1 });
    ask = input();
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    await forgetPupil(db, pupils[0]!.key, DEMO_NOW);
    // Nothing of the forgotten pupil is kept: no count, no stamp, no columns.
    expect(await db.pupilChanges.get(refOf(1))).toBeUndefined();
    expect(await db.keptColumns.get(refOf(1))).toBeUndefined();
    ask = input();
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
  });

  it('drops every kept encoding for other SLO links', async () => {
    const { input, api } = await seeded();
    const replaced = input(REPLACED);
    expect(await api.classGrid(replaced)).toEqual(await fromRows(replaced));
    const digest = await linksDigest(REPLACED);
    expect((await db.keptColumns.toArray()).every((entry) => entry.links === digest)).toBe(true);
    const plain = input();
    expect((await fromRows(plain)).rows).not.toEqual((await fromRows(replaced)).rows);
    expect(await api.classGrid(plain)).toEqual(await fromRows(plain));
    expect(await db.keptColumns.where('links').equals(digest).count()).toBe(0);
    expect(await linksDigest(new Map([...REPLACED].reverse()))).toBe(digest);
  });

  it('keeps nothing once everything is deleted or the results are cleared', async () => {
    const { input, api } = await seeded();
    await api.classGrid(input());
    await db.results.clear();
    expect(await db.pupilChanges.count()).toBe(0);
    expect(await db.keptColumns.count()).toBe(0);
    await upsertResults(db, [later(1, refOf(1), 5, 0.5)]);
    await api.classGrid(input());
    expect(await db.keptColumns.count()).toBe(1);
    await deleteEverything(db);
    expect(await db.pupilChanges.count()).toBe(0);
    expect(await db.keptColumns.count()).toBe(0);
  });

  it('refuses a pupil’s columns made of another pupil’s results', async () => {
    await seeded();
    const rows = await db.results.where('pupil').equals(refOf(1)).toArray();
    expect(() => pupilColumnsOf(refOf(2), prepareGroup(rows, NO_LINKS).encoded)).toThrow('another pupil');
  });
});

describe('Dexie v11: each pupil’s results counted once from what a v10 store holds (decision 043)', () => {
  it('counts them with a first stamp, keeps no columns yet, and the grid builds them', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const seededDb = freshDb();
    await seedSmallSchool(seededDb);
    const rows = await seededDb.results.toArray();
    const pupilRows = await seededDb.pupils.toArray();
    const groups = await seededDb.groups.toArray();
    await seededDb.delete();
    const old = new Dexie(name);
    old.version(10).stores(V10);
    await old.open();
    await old.table('results').bulkPut(rows);
    await old.table('pupils').bulkPut(pupilRows);
    await old.table('groups').bulkPut(groups);
    old.close();
    db = new LeerzichtDb(name);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.keptColumns.count()).toBe(0);
    const changes = await db.pupilChanges.toArray();
    expect(changes.map((change) => change.stamp).every((stamp) => /^[0-9a-f]{32}$/.test(stamp))).toBe(true);
    const group = groups[0]!.id;
    const pupils = (await pupilsInGroup(db, group)).map((pupil) => ({ key: pupil.key, ref: pupil.ref }));
    const ask: ClassGridInput = {
      dbName: name,
      group,
      version: 'v1',
      links: NO_LINKS,
      pupils,
      lines: BUILT_IN_LINES,
      curriculumLines: BUILT_IN_LINES,
      filter: {},
      now: DEMO_NOW.toISOString(),
      choices: {},
    };
    const api = createClassGridApi({ dbOf: () => db });
    expect(await api.classGrid(ask)).toEqual(await fromRows(ask));
    await api.idle();
    expect(await db.keptColumns.count()).toBe(2);
  });
});
