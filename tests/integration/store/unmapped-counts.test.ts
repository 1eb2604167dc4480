import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goalId, resultIdOf, sourceId, type SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { unmappedCodesOf } from '@/domain/unmapped-codes';
import { LeerzichtDb } from '@/store/db';
import { setConsent, purgeExpired } from '@/store/privacy.repo';
import { ensurePupils } from '@/store/pupils.repo';
import { countResultsOf, deleteResults, lastResultAt, remapSource, unmappedCodes, upsertResults } from '@/store/results.repo';
import { talliesOf } from '@/store/tally-delta';
import { removeSource, saveSource } from '@/store/sources.repo';
import { deleteEverything, forgetPupil } from '@/store/stored-data.repo';
import { fakeSource, REF_A, REF_B, result, SOURCE } from '../../support/fake-adapter';

/**
 * The stored results and unmapped codes per source are tallies every write keeps (decision 034):
 * after every kind of write or delete they must equal what a walk over the stored results finds.
 */
const OTHER = sourceId('ander');
const GOAL = goalId('rekenen.getallen.1f');
const of = (source: SourceId, recordId: string, pupil: Result['pupil'], code: string, goals: readonly string[] = []): Result => ({
  ...result(recordId, pupil, { code, goals: goals.map(goalId) }),
  id: resultIdOf(source, recordId),
  source,
});

/** What a walk over every stored result of the source finds (the old way), ties ordered by code. */
async function walked(db: LeerzichtDb, source: SourceId) {
  const rows = await db.results.where('source').equals(source).toArray();
  return unmappedCodesOf(rows).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

const byKey = <T extends { source: string; code?: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.source}\n${a.code ?? ''}`.localeCompare(`${b.source}\n${b.code ?? ''}`));

/** Every kept tally equals a count over every stored row (none missing, none extra, none at zero). */
async function expectTalliesAgree(db: LeerzichtDb) {
  const walk = talliesOf(await db.results.toArray());
  expect(byKey(await db.sourceTallies.toArray())).toEqual(byKey(walk.sources));
  expect(byKey(await db.codeTallies.toArray())).toEqual(byKey(walk.codes));
}

let db: LeerzichtDb;
afterEach(async () => {
  await expectTalliesAgree(db);
});
beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, fakeSource());
  await saveSource(db, fakeSource({ id: OTHER, name: 'Andere bron' }));
  await ensurePupils(db, [REF_A, REF_B]);
  await upsertResults(db, [
    of(SOURCE, 'a1', REF_A, 'ST-KL-1'),
    of(SOURCE, 'a2', REF_A, 'ST-KL-1'),
    of(SOURCE, 'a3', REF_A, 'GET-BW-1', [GOAL]),
    of(SOURCE, 'b1', REF_B, 'ST-KL-1'),
    of(SOURCE, 'b2', REF_B, 'WOORD-9'),
    of(OTHER, 'a1', REF_A, 'ST-KL-1'),
    of(OTHER, 'b1', REF_B, 'LEZEN-3'),
  ]);
});

describe('stored results and unmapped codes per source, kept at every write', () => {
  it('counts each source apart, most frequent first, and agrees with a walk over the results', async () => {
    expect(await unmappedCodes(db, SOURCE)).toEqual([
      { code: 'ST-KL-1', count: 3 },
      { code: 'WOORD-9', count: 1 },
    ]);
    expect(await unmappedCodes(db, OTHER)).toEqual([
      { code: 'LEZEN-3', count: 1 },
      { code: 'ST-KL-1', count: 1 },
    ]);
    expect(await unmappedCodes(db, SOURCE)).toEqual(await walked(db, SOURCE));
    expect(await countResultsOf(db, SOURCE)).toBe(5);
    expect(await countResultsOf(db, OTHER)).toBe(2);
    await expectTalliesAgree(db);
  });

  it('counts a result stored again once (the same page or file imported twice), and says it was not added', async () => {
    const again = [of(SOURCE, 'a1', REF_A, 'ST-KL-1'), of(SOURCE, 'b2', REF_B, 'WOORD-9'), of(SOURCE, 'c1', REF_B, 'WOORD-9')];
    expect(await upsertResults(db, again)).toEqual({ added: 1, updated: 2 });
    expect(await upsertResults(db, again)).toEqual({ added: 0, updated: 3 });
    // The same id twice in one write: the store keeps one row, the tally counts one.
    expect(await upsertResults(db, [of(SOURCE, 'd1', REF_A, 'X-1'), of(SOURCE, 'd1', REF_A, 'X-2')])).toEqual({ added: 1, updated: 0 });
    await db.results.bulkPut([of(SOURCE, 'd2', REF_A, 'X-1'), of(SOURCE, 'd2', REF_A, 'X-3')]);
    expect(await countResultsOf(db, SOURCE)).toBe(8);
    expect(await unmappedCodes(db, SOURCE)).toEqual(await walked(db, SOURCE));
    await expectTalliesAgree(db);
  });

  it('counts nothing for a write the database refuses (an add of a stored id) and nothing for a write that is rolled back', async () => {
    await expect(db.results.add(of(SOURCE, 'a1', REF_A, 'ANDERS'))).rejects.toThrow();
    await expect(
      db.transaction('rw', db.results, async () => {
        await db.results.bulkPut([of(SOURCE, 'z1', REF_A, 'Z-1'), of(SOURCE, 'z2', REF_A, 'Z-1')]);
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await countResultsOf(db, SOURCE)).toBe(5);
    expect((await unmappedCodes(db, SOURCE)).map(({ code }) => code)).not.toContain('Z-1');
  });

  it("gives a source's latest result time from the index, and null once it stores none", async () => {
    await upsertResults(db, [{ ...of(OTHER, 'laat', REF_A, 'LEZEN-3'), time: '2026-03-04T09:00:00.000Z' }]);
    expect(await lastResultAt(db, OTHER)).toBe('2026-03-04T09:00:00.000Z');
    await deleteResults(db, [resultIdOf(OTHER, 'laat')]);
    expect(await lastResultAt(db, OTHER)).toBe((await db.results.where('source').equals(OTHER).sortBy('time')).at(-1)?.time);
    await removeSource(db, OTHER, { keepData: false });
    expect(await lastResultAt(db, OTHER)).toBeNull();
    expect(await countResultsOf(db, OTHER)).toBe(0);
  });

  it('follows a result that gains or loses its goals when it is stored again, and a voided result', async () => {
    await upsertResults(db, [of(SOURCE, 'a1', REF_A, 'ST-KL-1', [GOAL]), of(SOURCE, 'a3', REF_A, 'GET-BW-1')]);
    expect(await unmappedCodes(db, SOURCE)).toEqual([
      { code: 'ST-KL-1', count: 2 },
      { code: 'GET-BW-1', count: 1 },
      { code: 'WOORD-9', count: 1 },
    ]);
    await deleteResults(db, [resultIdOf(SOURCE, 'b2')]);
    expect(await unmappedCodes(db, SOURCE)).toEqual(await walked(db, SOURCE));
    expect((await unmappedCodes(db, SOURCE)).map(({ code }) => code)).not.toContain('WOORD-9');
  });

  it('stays right after a remap: a code mapped leaves the list, a code taken out of the mapping comes in', async () => {
    await remapSource(db, SOURCE, { 'GET-BW-1': [GOAL] }, { 'ST-KL-1': [GOAL] });
    expect(await unmappedCodes(db, SOURCE)).toEqual([
      { code: 'GET-BW-1', count: 1 },
      { code: 'WOORD-9', count: 1 },
    ]);
    expect(await unmappedCodes(db, SOURCE)).toEqual(await walked(db, SOURCE));
    // The other source keeps its own mapping.
    expect(await unmappedCodes(db, OTHER)).toEqual([
      { code: 'LEZEN-3', count: 1 },
      { code: 'ST-KL-1', count: 1 },
    ]);
  });

  it('stays right after a consent withdrawal for one source and for the whole app', async () => {
    await setConsent(db, { pupil: REF_B, source: SOURCE, granted: false, date: '2026-03-05', note: '' });
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 2 }]);
    expect(await unmappedCodes(db, OTHER)).toEqual(await walked(db, OTHER));
    expect(await unmappedCodes(db, OTHER)).toHaveLength(2);
    await setConsent(db, { pupil: REF_A, source: '*', granted: false, date: '2026-03-05', note: '' });
    expect(await unmappedCodes(db, SOURCE)).toEqual([]);
    expect(await unmappedCodes(db, OTHER)).toEqual([{ code: 'LEZEN-3', count: 1 }]);
  });

  it('stays right after a pupil is forgotten and after the retention period removes old results', async () => {
    const pupilB = await db.pupils.where('ref').equals(REF_B).first();
    await forgetPupil(db, pupilB!.key, new Date('2026-03-05T10:00:00.000Z'));
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 2 }]);
    expect(await unmappedCodes(db, OTHER)).toEqual([{ code: 'ST-KL-1', count: 1 }]);
    await upsertResults(db, [{ ...of(SOURCE, 'oud', REF_A, 'OUD-1'), time: '2023-01-10T10:00:00.000Z' }]);
    expect((await unmappedCodes(db, SOURCE)).map(({ code }) => code)).toContain('OUD-1');
    await purgeExpired(db, new Date('2026-03-05T10:00:00.000Z'));
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 2 }]);
  });

  it('is empty for a removed source whose data went with it, and for everything deleted', async () => {
    await removeSource(db, OTHER, { keepData: false });
    expect(await unmappedCodes(db, OTHER)).toEqual([]);
    // A range of primary keys deleted at once (Dexie's deleteRange).
    await db.results.where(':id').between(resultIdOf(SOURCE, 'a1'), resultIdOf(SOURCE, 'a2'), true, true).delete();
    expect(await countResultsOf(db, SOURCE)).toBe(3);
    await expectTalliesAgree(db);
    expect(await unmappedCodes(db, SOURCE)).toHaveLength(2);
    await db.results.clear();
    expect(await countResultsOf(db, SOURCE)).toBe(0);
    expect(await db.codeTallies.count()).toBe(0);
    await upsertResults(db, [of(SOURCE, 'a1', REF_A, 'ST-KL-1')]);
    await deleteEverything(db);
    expect(await unmappedCodes(db, SOURCE)).toEqual([]);
  });
});
