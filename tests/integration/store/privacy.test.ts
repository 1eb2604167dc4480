import { beforeEach, describe, expect, it } from 'vitest';
import { retentionCutoff } from '@/domain/privacy';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { purgeExpired, setConsent, setRetentionYears } from '@/store/privacy.repo';
import { upsertResults } from '@/store/results.repo';
import { getSyncStatus, putSyncStatus, saveSource } from '@/store/sources.repo';
import { fakeAdapter, fakeSource, REF_A, REF_B, rejection, result, SOURCE } from '../../support/fake-adapter';

let db: LeerzichtDb;
const credentials = { type: 'bearer', token: 't' } as const;
beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, fakeSource());
});

describe('consent', () => {
  it('drops a pupil’s records at ingest when consent for that source is withheld, and never stores them', async () => {
    await setConsent(db, { pupil: REF_B, source: SOURCE, granted: false, date: '2026-06-01', note: 'ouders: niet delen' });
    const summary = await syncSource({ db, adapter: fakeAdapter(), source: fakeSource(), credentials, signal: new AbortController().signal });
    const stored = await db.results.toArray();
    expect(stored.map((r) => r.pupil)).not.toContain(REF_B);
    expect(stored).toHaveLength(3);
    expect(summary.skipped).toBe(2);
    expect(await db.pupils.where('ref').equals(REF_B).count()).toBe(0);
  });

  it('consent given again after being withheld restarts the sync of the sources read per pupil it touches, and only those', async () => {
    const scoped = { ...fakeSource(), id: 'lrs' as never, scope: { pupils: 'our-groups' as const } };
    const other = { ...fakeSource(), id: 'lrs-2' as never, scope: { pupils: 'our-groups' as const } };
    await saveSource(db, scoped);
    await saveSource(db, other);
    const cursors = () => Promise.all([SOURCE, scoped.id, other.id].map(async (id) => (await getSyncStatus(db, id)).cursor));
    for (const id of [SOURCE, scoped.id, other.id])
      await putSyncStatus(db, { source: id, cursor: `c-${id}`, lastSyncAt: null, lastOutcome: 'done', lastError: null });
    // Granted without having been withheld: nothing restarts.
    await setConsent(db, { pupil: REF_A, source: scoped.id, granted: true, date: '2026-06-01', note: '' });
    expect(await cursors()).toEqual([`c-${SOURCE}`, 'c-lrs', 'c-lrs-2']);
    await setConsent(db, { pupil: REF_A, source: scoped.id, granted: false, date: '2026-06-02', note: '' });
    await setConsent(db, { pupil: REF_A, source: scoped.id, granted: true, date: '2026-06-03', note: '' });
    expect(await cursors()).toEqual([`c-${SOURCE}`, null, 'c-lrs-2']);
    // The whole app: every source read per pupil; a source read for all pupils keeps its cursor.
    await setConsent(db, { pupil: REF_B, source: '*', granted: false, date: '2026-06-04', note: '' });
    await setConsent(db, { pupil: REF_B, source: '*', granted: true, date: '2026-06-05', note: '' });
    expect(await cursors()).toEqual([`c-${SOURCE}`, null, null]);
  });

  it('withdrawing consent deletes what was stored from that source, or from every source for the whole app', async () => {
    await upsertResults(db, [result('a1'), result('a2', REF_A, { source: 'other' as never, id: 'other|a2' as never }), result('b1', REF_B)]);
    expect(await setConsent(db, { pupil: REF_A, source: SOURCE, granted: false, date: '2026-06-01', note: '' })).toBe(1);
    expect((await db.results.toArray()).map((r) => r.id).sort()).toEqual(['fake|b1', 'other|a2']);
    expect(await setConsent(db, { pupil: REF_A, source: '*', granted: false, date: '2026-06-02', note: '' })).toBe(1);
    expect((await db.results.toArray()).map((r) => r.id)).toEqual(['fake|b1']);
    expect(await setConsent(db, { pupil: REF_A, source: '*', granted: true, date: '2026-06-03', note: 'weer toegestaan' })).toBe(0);
  });
});

describe('retention', () => {
  it('keeps this school year and the previous one by default (school years start on 1 August)', () => {
    expect(retentionCutoff(new Date('2026-07-03T12:00:00Z')).toISOString()).toBe('2024-08-01T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-28T12:00:00Z')).toISOString()).toBe('2025-08-01T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-28T12:00:00Z'), 1).toISOString()).toBe('2026-08-01T00:00:00.000Z');
  });

  it('purges results older than the retention period and keeps the rest', async () => {
    await upsertResults(db, [
      result('old', REF_A, { time: '2024-07-31T10:00:00.000Z' }),
      result('kept', REF_A, { time: '2024-08-02T10:00:00.000Z' }),
    ]);
    expect(await purgeExpired(db, new Date('2026-07-03T12:00:00Z'))).toEqual({
      removed: 1,
      rejections: 0,
      assessments: 0,
      interventions: 0,
      judgements: 0,
      cutoff: '2024-08-01T00:00:00.000Z',
    });
    await setRetentionYears(db, 1);
    expect((await purgeExpired(db, new Date('2026-07-03T12:00:00Z'))).removed).toBe(1);
    expect(await db.results.count()).toBe(0);
  });

  it('purges rejected records (with their excerpts) and rubric assessments older than the retention period too', async () => {
    await db.rejections.bulkPut([
      { ...rejection('oud'), at: '2024-07-31T23:00:00.000Z', excerpt: { fields: { id: 'oud' }, removed: [], truncated: false } as never },
      { ...rejection('nieuw'), at: '2024-08-01T00:00:00.000Z' },
    ]);
    const assessment = (id: string, date: string) =>
      ({ id, pupil: REF_A, rubric: 'eigenaarschap', criterion: 'plannen', level: 'op-weg', date, note: '' }) as never;
    await db.assessments.bulkPut([assessment('a-oud', '2024-07-31'), assessment('a-eerste-dag', '2024-08-01'), assessment('a-nieuw', '2026-06-01')]);
    expect(await purgeExpired(db, new Date('2026-07-03T12:00:00Z'))).toMatchObject({ rejections: 1, assessments: 1 });
    expect((await db.rejections.toArray()).map((row) => row.recordId)).toEqual(['nieuw']);
    expect((await db.assessments.toCollection().primaryKeys()).sort()).toEqual(['a-eerste-dag', 'a-nieuw']);
  });
});
