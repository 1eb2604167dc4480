import { beforeEach, describe, expect, it } from 'vitest';
import { goalId, resultIdOf, sourceId, type SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { unmappedCodesOf } from '@/domain/unmapped-codes';
import { LeerzichtDb } from '@/store/db';
import { setConsent, purgeExpired } from '@/store/privacy.repo';
import { ensurePupils } from '@/store/pupils.repo';
import { deleteResults, remapSource, unmappedCodes, upsertResults } from '@/store/results.repo';
import { removeSource, saveSource } from '@/store/sources.repo';
import { deleteEverything, forgetPupil } from '@/store/stored-data.repo';
import { fakeSource, REF_A, REF_B, result, SOURCE } from '../../support/fake-adapter';

/**
 * The unmapped codes per source are read from the [source+goals.length+code] index (decision 022):
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

let db: LeerzichtDb;
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

describe('unmapped codes per source, read from the index', () => {
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
    expect(await unmappedCodes(db, SOURCE)).toHaveLength(2);
    await deleteEverything(db);
    expect(await unmappedCodes(db, SOURCE)).toEqual([]);
  });
});
