import { beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { RosterRow } from '@/adapters/roster/roster-csv';
import { goalId, pupilKey, pupilRef, type GroupId } from '@/domain/ids';
import { LeerzichtDb } from '@/store/db';
import { ensurePupils, listGroups, pupilsInGroup, rosterFor, UNASSIGNED_GROUP } from '@/store/pupils.repo';
import { putRejections, rejectionsForSource } from '@/store/rejections.repo';
import { countResultsOf, deleteResults, remapSource, resultsForPupil, upsertResults } from '@/store/results.repo';
import { resultQueries } from '@/store/results.queries';
import { importRoster } from '@/store/roster.repo';
import { getSyncStatus, putSyncStatus, removeSource, saveSource, setPaused, updateMapping, getSource } from '@/store/sources.repo';
import { sourceQueries } from '@/store/sources.queries';
import { createVault } from '@/store/vault';
import { fakeSource, REF_A, REF_B, rejection, result, SOURCE } from '../../support/fake-adapter';

let db: LeerzichtDb;
let key: CryptoKey;
const now = new Date('2026-07-03T12:00:00.000Z');
const ref = (n: number) => pupilRef(`https://demo.invalid/nep-eckid/201703/${n.toString(16).padStart(128, '0')}`);
const row = (n: number, groupName: string): RosterRow => ({ ref: ref(n), firstName: `Kind${n}`, prefix: '', lastName: 'Test', groupName });
const numbersIn = async (group: GroupId) => (await pupilsInGroup(db, group)).map((pupil) => [pupil.ref, pupil.number]);
const groupIdNamed = async (name: string) => (await listGroups(db, key)).find((group) => group.name === name)!.id;

beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
});

describe('pupil numbers', () => {
  it('are stable across re-imports; a moved pupil gets the next number in its new group', async () => {
    await importRoster(db, [row(1, 'Groep 5A'), row(2, 'Groep 5A'), row(3, 'Groep 5A'), row(4, 'Groep 7B')], { now, key });
    const g5 = await groupIdNamed('Groep 5A');
    const g7 = await groupIdNamed('Groep 7B');
    expect(await numbersIn(g5)).toEqual([
      [ref(1), 1],
      [ref(2), 2],
      [ref(3), 3],
    ]);

    // Pupil 2 moves to 7B, pupil 5 is new in 5A; the others keep their numbers, none is reused.
    const outcome = await importRoster(db, [row(1, 'Groep 5A'), row(2, 'Groep 7B'), row(3, 'Groep 5A'), row(4, 'Groep 7B'), row(5, 'Groep 5A')], {
      now,
      key,
    });
    expect(outcome).toEqual({ added: 1, updated: 4, left: 0 });
    expect(await numbersIn(g5)).toEqual([
      [ref(1), 1],
      [ref(3), 3],
      [ref(5), 4],
    ]);
    expect(await numbersIn(g7)).toEqual([
      [ref(4), 1],
      [ref(2), 2],
    ]);
  });

  it('gives pupil keys max + 1 and places pupils a source brought in before the roster', async () => {
    await ensurePupils(db, [ref(9), ref(8)]);
    expect((await pupilsInGroup(db, UNASSIGNED_GROUP)).map((pupil) => [pupil.key, pupil.number])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    await importRoster(db, [row(9, 'Groep 5A')], { now, key });
    const pupils = await db.pupils.orderBy('key').toArray();
    expect(pupils.map((pupil) => [pupil.key, pupil.ref, pupil.group === UNASSIGNED_GROUP])).toEqual([
      [1, ref(9), false],
      [2, ref(8), true],
    ]);
    await ensurePupils(db, [ref(7)]);
    expect((await db.pupils.where('ref').equals(ref(7)).first())?.key).toBe(pupilKey(3));
    // Numbered after the group's highest number (2), not after how many pupils are left in it (1).
    expect(await numbersIn(UNASSIGNED_GROUP)).toEqual([
      [ref(8), 2],
      [ref(7), 3],
    ]);
    // The unassigned pupil left by the roster is not marked as a leaver.
    expect((await db.pupils.where('ref').equals(ref(8)).first())?.leftAt).toBeUndefined();
  });

  it('a leaver who comes back is no longer marked as left', async () => {
    await importRoster(db, [row(1, 'Groep 5A'), row(2, 'Groep 5A')], { now, key });
    await importRoster(db, [row(1, 'Groep 5A')], { now, key });
    const g5 = await groupIdNamed('Groep 5A');
    expect(await numbersIn(g5)).toEqual([[ref(1), 1]]);
    await importRoster(db, [row(1, 'Groep 5A'), row(2, 'Groep 5A')], { now, key });
    expect(await numbersIn(g5)).toEqual([
      [ref(1), 1],
      [ref(2), 2],
    ]);
    expect((await rosterFor(db, [ref(2)], key)).get(ref(2))?.firstName).toBe('Kind2');
  });
});

describe('results and sources', () => {
  it('reads results per pupil and counts them per source; deletes count what was there', async () => {
    await upsertResults(db, [
      result('r1', REF_A, { time: '2026-03-03T10:00:00.000Z' }),
      result('r2', REF_A, { time: '2026-03-01T10:00:00.000Z' }),
      result('r3', REF_B),
    ]);
    expect((await resultsForPupil(db, REF_A)).map((r) => r.recordId)).toEqual(['r2', 'r1']);
    expect(await countResultsOf(db, SOURCE)).toBe(3);
    expect(await deleteResults(db, ['fake|r1', 'fake|nope'])).toBe(1);
    expect(await db.results.count()).toBe(2);
  });

  it('remapSource only touches results whose goals change, and a code taken out of the mapping becomes unmapped', async () => {
    await upsertResults(db, [result('r1'), result('r2', REF_A, { code: 'X', goals: [] })]);
    const before = { 'GET-BW-1': [goalId('rekenen.getallen.1f')] };
    expect(await remapSource(db, SOURCE, before, before)).toBe(0);
    expect(await remapSource(db, SOURCE, before, { X: [goalId('rekenen.getallen.1f')] })).toBe(2);
    expect((await db.results.get(result('r1').id))?.goals).toEqual([]);
    expect((await db.results.get(result('r2').id))?.goals).toEqual(['rekenen.getallen.1f']);
  });

  it('remapSource keeps goals a result got otherwise than through its code (an SLO id in the record)', async () => {
    const slo = goalId('rekenen.verhoudingen.1f');
    await upsertResults(db, [result('r1', REF_A, { goals: [goalId('rekenen.getallen.1f'), slo] })]);
    expect(
      await remapSource(db, SOURCE, { 'GET-BW-1': [goalId('rekenen.getallen.1f')] }, { 'GET-BW-1': [goalId('rekenen.meten-meetkunde.1f')] }),
    ).toBe(1);
    expect((await db.results.get(result('r1').id))?.goals).toEqual([slo, 'rekenen.meten-meetkunde.1f']);
    expect(await remapSource(db, SOURCE, { 'GET-BW-1': [goalId('rekenen.meten-meetkunde.1f')] }, {})).toBe(1);
    expect((await db.results.get(result('r1').id))?.goals).toEqual([slo]);
  });

  it('keepData true keeps results and rejections but forgets the connector and its cursor', async () => {
    await saveSource(db, fakeSource());
    await upsertResults(db, [result('r1')]);
    await putRejections(db, [rejection('x')]);
    await putSyncStatus(db, { source: SOURCE, cursor: 'c9', lastSyncAt: now.toISOString(), lastOutcome: 'done', lastError: null });
    await removeSource(db, SOURCE, { keepData: true });
    expect([await db.results.count(), await db.rejections.count(), await db.sources.count()]).toEqual([1, 1, 0]);
    expect((await getSyncStatus(db, SOURCE)).cursor).toBeNull();
  });

  it('pauses and re-maps a source', async () => {
    await saveSource(db, fakeSource());
    await setPaused(db, SOURCE, true);
    await updateMapping(db, SOURCE, { X: [goalId('g')] });
    expect(await getSource(db, SOURCE)).toMatchObject({ paused: true, mapping: { X: ['g'] } });
  });
});

describe('query factories', () => {
  it('sourceQueries.overview joins each source with status, stored count, rejections by code and unmapped codes', async () => {
    await saveSource(db, fakeSource());
    await upsertResults(db, [result('r1'), result('r2', REF_A, { code: 'X', goals: [] })]);
    await putRejections(db, [rejection('a')]);
    await putSyncStatus(db, { source: SOURCE, cursor: 'c1', lastSyncAt: now.toISOString(), lastOutcome: 'failed', lastError: 'server' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const [overview] = await client.fetchQuery(sourceQueries.overview(db));
    expect(overview).toMatchObject({
      stored: 2,
      status: { lastError: 'server' },
      rejections: { total: 1, byCode: { 'invalid-score': 1 } },
      unmapped: [{ code: 'X', count: 1 }],
    });
    expect(await client.fetchQuery(sourceQueries.rejections(db, SOURCE))).toEqual(await rejectionsForSource(db, SOURCE, 20));
  });

  it('resultQueries read a group without its leavers and one pupil by key', async () => {
    await importRoster(
      db,
      [
        { ...row(1, 'Groep 5A'), ref: REF_A },
        { ...row(2, 'Groep 5A'), ref: REF_B },
      ],
      { now, key },
    );
    await upsertResults(db, [result('r1', REF_A), result('r2', REF_B)]);
    await importRoster(db, [{ ...row(1, 'Groep 5A'), ref: REF_A }], { now, key });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const group = await groupIdNamed('Groep 5A');
    expect((await client.fetchQuery(resultQueries.forGroup(db, group))).results.map((r) => r.recordId)).toEqual(['r1']);
    const keyB = (await db.pupils.where('ref').equals(REF_B).first())!.key;
    expect((await client.fetchQuery(resultQueries.forPupil(db, keyB))).results.map((r) => r.recordId)).toEqual(['r2']);
    expect(await client.fetchQuery(resultQueries.forPupil(db, pupilKey(999)))).toEqual({ results: [], skipped: 0 });
  });
});
