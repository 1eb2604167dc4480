import { beforeEach, describe, expect, it } from 'vitest';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { goalId, pupilRef } from '@/domain/ids';
import { LeerzichtDb } from '@/store/db';
import { ensurePupils, listGroups, pupilsInGroup, rosterFor, UNASSIGNED_GROUP } from '@/store/pupils.repo';
import { putRejections, rejectionCountsBySource } from '@/store/rejections.repo';
import { remapSource, unmappedCodes, upsertResults } from '@/store/results.repo';
import { importRoster } from '@/store/roster.repo';
import { removeSource, saveSource } from '@/store/sources.repo';
import { createVault } from '@/store/vault';
import { demoRosterCsv } from '../../../mocks/demo-school/roster';
import { fakeSource, REF_A, REF_B, rejection, result, SOURCE } from '../../support/fake-adapter';

let db: LeerzichtDb;
let key: CryptoKey;
const now = new Date('2026-07-03T12:00:00.000Z');
beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
});

describe('results', () => {
  it('upserts idempotently: the same result twice is stored once and counted as added once', async () => {
    expect(await upsertResults(db, [result('r1'), result('r2'), result('r1')])).toEqual({ added: 2, updated: 0 });
    expect(await upsertResults(db, [result('r1'), result('r3')])).toEqual({ added: 1, updated: 1 });
    expect(await db.results.count()).toBe(3);
  });

  it('reports unmapped codes and re-maps stored results when the mapping changes', async () => {
    await upsertResults(db, [result('r1', REF_A, { code: 'ST-KL-1', goals: [] }), result('r2', REF_A, { code: 'ST-KL-1', goals: [] }), result('r3')]);
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 2 }]);
    const changed = await remapSource(
      db,
      SOURCE,
      { 'GET-BW-1': [goalId('rekenen.getallen.1f')] },
      { 'ST-KL-1': [goalId('rekenen.meten-meetkunde.1f')], 'GET-BW-1': [goalId('rekenen.getallen.1f')] },
    );
    expect(changed).toBe(2);
    expect(await unmappedCodes(db, SOURCE)).toEqual([]);
  });
});

describe('sources', () => {
  it('removing a source can keep or delete its data', async () => {
    await saveSource(db, fakeSource());
    await upsertResults(db, [result('r1')]);
    await putRejections(db, [rejection('x')]);
    await removeSource(db, SOURCE, { keepData: true });
    expect(await db.results.count()).toBe(1);
    await saveSource(db, fakeSource());
    await removeSource(db, SOURCE, { keepData: false });
    expect([await db.results.count(), await db.rejections.count(), await db.sources.count()]).toEqual([0, 0, 0]);
  });

  it('counts rejections per source by reason', async () => {
    await putRejections(db, [rejection('a'), rejection('b'), rejection('a')]);
    expect((await rejectionCountsBySource(db)).get(SOURCE)).toEqual({ total: 2, byCode: { 'invalid-score': 2 } });
  });
});

describe('pupils and roster', () => {
  it('adds unknown pseudonyms to the unassigned group with numbers 1..n, once', async () => {
    expect(await ensurePupils(db, [REF_A, REF_B, REF_A])).toBe(2);
    expect(await ensurePupils(db, [REF_A])).toBe(0);
    const pupils = await pupilsInGroup(db, UNASSIGNED_GROUP);
    expect(pupils.map((pupil) => pupil.number)).toEqual([1, 2]);
    expect((await listGroups(db)).map((group) => group.id)).toEqual([UNASSIGNED_GROUP]);
  });

  it('imports the demo roster into three groups and places pupils a source already knew', async () => {
    const parsed = parseRosterCsv(demoRosterCsv());
    await ensurePupils(db, [parsed.rows[0]!.ref]);
    const outcome = await importRoster(db, parsed.rows, { now, key });
    expect(outcome).toEqual({ added: 83, updated: 1, left: 0 });
    expect((await listGroups(db, key)).map((group) => [group.name, group.yearLevel])).toEqual([
      ['Brugklas 1C', 'brugklas'],
      ['Groep 5A', 'groep-5'],
      ['Groep 7B', 'groep-7'],
    ]);
    expect(await db.roster.count()).toBe(84);
  });

  it('marks pupils missing from a re-import as left instead of deleting them', async () => {
    const rows = parseRosterCsv(demoRosterCsv()).rows;
    await importRoster(db, rows, { now, key });
    const outcome = await importRoster(db, rows.slice(1), { now, key });
    expect(outcome.left).toBe(1);
    const leaver = await db.pupils.where('ref').equals(rows[0]!.ref).first();
    expect(leaver?.leftAt).toBe(now.toISOString());
    expect(await db.pupils.count()).toBe(84);
  });

  it('keeps names and group names only sealed: no plain name anywhere in the database', async () => {
    const ref = pupilRef('x'.repeat(40));
    await importRoster(db, [{ ref, firstName: 'Sanne', prefix: 'de', lastName: 'Vries', groupName: 'Groep 5A' }], { now, key });
    const everything = await Promise.all(db.tables.map((table) => table.toArray()));
    const text = JSON.stringify(everything, (_k, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value,
    );
    for (const name of ['Sanne', 'Vries', 'Groep 5A', 'groep-5a']) expect(text).not.toContain(name);
    expect((await rosterFor(db, [ref], key)).get(ref)).toMatchObject({ firstName: 'Sanne', prefix: 'de', lastName: 'Vries' });
    expect((await rosterFor(db, [ref], null)).size).toBe(0);
    expect((await listGroups(db, null)).map((group) => group.name)).toEqual(['']);
  });
});
