/**
 * resultsForPupils reads a group a few pupils per transaction, so a sync's write does not wait for
 * the whole group's read (the demo's first sync took 30 s instead of 17 while the class overview
 * read its group again at each new version).
 */
import { describe, expect, it } from 'vitest';
import { pupilRef } from '@/domain/ids';
import { resultsForPupils, upsertResults } from '@/store/results.repo';
import { freshDb } from '../../support/render-app';
import { buildResult } from '../../support/result-builder';

const refs = Array.from({ length: 23 }, (_, n) => pupilRef(`pupil-${n}`));

describe('resultsForPupils', () => {
  it('gives every result of the pupils asked and none of others', async () => {
    const db = freshDb();
    const asked = refs.slice(0, 17);
    await upsertResults(
      db,
      refs.flatMap((pupil, n) => Array.from({ length: 1 + (n % 4) }, (_, k) => buildResult({ pupil, time: `2026-03-0${k + 1}T10:00:00Z` }))),
    );
    const read = await resultsForPupils(db, asked);
    const expected = asked.reduce((sum, _, n) => sum + 1 + (n % 4), 0);
    expect(read).toHaveLength(expected);
    expect(new Set(read.map((result) => result.pupil))).toEqual(new Set(asked));
    expect(await resultsForPupils(db, [])).toEqual([]);
  });

  it('gives them in the order of one anyOf read: pupils in key order, each pupil’s results by id, each pupil once', async () => {
    const db = freshDb();
    await upsertResults(
      db,
      refs.flatMap((pupil, n) => Array.from({ length: 1 + (n % 3) }, (_, k) => buildResult({ pupil, time: `2026-03-0${3 - k}T10:00:00Z` }))),
    );
    const asked = [...refs.slice(3, 15)].reverse();
    const read = await resultsForPupils(db, [...asked, asked[0]!]);
    expect(read.map((result) => result.id)).toEqual((await db.results.where('pupil').anyOf(asked).toArray()).map((result) => result.id));
  });

  it('lets a write through between its reads: a result written while the group is read is in it when its pupil comes later', async () => {
    const db = freshDb();
    await upsertResults(
      db,
      refs.map((pupil) => buildResult({ pupil, time: '2026-03-01T10:00:00Z' })),
    );
    const last = refs[refs.length - 1]!;
    const reading = resultsForPupils(db, refs);
    const writing = upsertResults(db, [buildResult({ pupil: last, time: '2026-03-02T10:00:00Z' })]);
    const [read] = await Promise.all([reading, writing]);
    // One transaction over the whole group would have seen the results as they were when it began.
    expect(read.filter((result) => result.pupil === last)).toHaveLength(2);
  });
});
