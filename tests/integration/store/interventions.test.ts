import { describe, expect, it } from 'vitest';
import { groupId, type PupilRef } from '@/domain/ids';
import type { LeerzichtDb } from '@/store/db';
import { interventionsOfPupil, interventionsOfPupils, recordIntervention } from '@/store/interventions.repo';
import { InterventionDraftError } from '@/store/interventions.schema';
import { purgeExpired } from '@/store/privacy.repo';
import { exportEverything, forgetPupil, storedSummary } from '@/store/stored-data.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const draft = (overrides = {}) => ({
  kind: 'extra-instruction',
  goal: 'rekenen.getallen.1f',
  date: '2026-07-01',
  note: 'Verlengde instructie, 20 minuten',
  pupils: [refOf(1), refOf(2)] as string[],
  group: 'groep-5a',
  ...overrides,
});

const problemsOf = async (db: LeerzichtDb, input: ReturnType<typeof draft>) => {
  try {
    await recordIntervention(db, input, DEMO_NOW);
  } catch (error) {
    if (error instanceof InterventionDraftError) return error.fields;
    throw error;
  }
  return null;
};

const keyOf = async (db: LeerzichtDb, ref: PupilRef) => (await db.pupils.where('ref').equals(ref).first())!.key;

describe('the intervention log', () => {
  it('records one row per pupil of an instruction group, in one batch, read back per pupil and per group', async () => {
    const db = freshDb();
    const rows = await recordIntervention(db, draft(), DEMO_NOW);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.batch)).size).toBe(1);
    expect(rows[0]).toMatchObject({
      goal: 'rekenen.getallen.1f',
      group: groupId('groep-5a'),
      date: '2026-07-01',
      recordedAt: DEMO_NOW.toISOString(),
    });
    await recordIntervention(db, draft({ pupils: [refOf(1)], group: null, date: '2026-07-02', kind: 'conversation', note: '' }), DEMO_NOW);
    expect((await interventionsOfPupil(db, refOf(1))).map((row) => row.kind)).toEqual(['conversation', 'extra-instruction']);
    expect(await interventionsOfPupils(db, [refOf(2), refOf(3)])).toHaveLength(1);
  });

  it('refuses what a person must fix, field by field, and stores nothing', async () => {
    const db = freshDb();
    expect(await problemsOf(db, draft({ date: '2026-07-04' }))).toEqual({ date: 'dateFuture' });
    expect(await problemsOf(db, draft({ date: '2026-02-30' }))).toEqual({ date: 'dateInvalid' });
    // The default retention (two school years) starts on 1 August 2024.
    expect(await problemsOf(db, draft({ date: '2024-07-31' }))).toEqual({ date: 'dateTooOld' });
    expect(await problemsOf(db, draft({ kind: 'other', note: '   ' }))).toEqual({ note: 'otherNeedsNote' });
    expect(await problemsOf(db, draft({ kind: 'toveren' }))).toEqual({ kind: 'kind' });
    expect(await problemsOf(db, draft({ goal: '' }))).toEqual({ goal: 'goal' });
    expect(await problemsOf(db, draft({ note: 'x'.repeat(1001) }))).toEqual({ note: 'noteTooLong' });
    expect(await problemsOf(db, draft({ pupils: [] }))).toEqual({ pupils: 'noPupils' });
    expect(await db.interventions.count()).toBe(0);
    expect(await problemsOf(db, draft({ date: '2024-08-01', kind: 'other' }))).toBeNull();
  });

  it('is listed and exported in "Wat is er opgeslagen"', async () => {
    const db = freshDb();
    await recordIntervention(db, draft(), DEMO_NOW);
    expect((await storedSummary(db)).kinds.find((entry) => entry.kind === 'interventions')?.count).toBe(2);
    const exported = JSON.parse(await exportEverything(db, DEMO_NOW)) as { tables: Record<string, { note: string }[]> };
    expect(exported.tables.interventions?.map((row) => row.note)).toEqual(['Verlengde instructie, 20 minuten', 'Verlengde instructie, 20 minuten']);
  });

  it('forgets the pupil’s rows only, also of a group intervention', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await recordIntervention(db, draft(), DEMO_NOW);
    const counts = await forgetPupil(db, await keyOf(db, refOf(1)), DEMO_NOW);
    expect(counts.interventions).toBe(1);
    expect(await interventionsOfPupil(db, refOf(1))).toEqual([]);
    expect(await interventionsOfPupil(db, refOf(2))).toHaveLength(1);
  });

  it('is purged once older than the retention period', async () => {
    const db = freshDb();
    await recordIntervention(db, draft({ date: '2024-09-02' }), DEMO_NOW);
    await recordIntervention(db, draft({ date: '2025-09-01' }), DEMO_NOW);
    // A year later the kept period starts on 1 August 2025.
    const purged = await purgeExpired(db, new Date('2026-09-01T10:00:00.000Z'));
    expect(purged.interventions).toBe(2);
    expect((await db.interventions.toArray()).map((row) => row.date)).toEqual(['2025-09-01', '2025-09-01']);
  });
});
