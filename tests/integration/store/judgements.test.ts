import { describe, expect, it } from 'vitest';
import type { PupilRef } from '@/domain/ids';
import type { LeerzichtDb } from '@/store/db';
import { judgementsOfPupil, judgementsOfPupils, recordJudgement } from '@/store/judgements.repo';
import { JudgementDraftError } from '@/store/judgements.schema';
import { purgeExpired } from '@/store/privacy.repo';
import { exportEverything, forgetPupil, storedSummary } from '@/store/stored-data.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const draft = (overrides = {}) => ({
  pupil: refOf(1) as string,
  goal: 'rekenen.getallen.1f',
  status: 'mastered',
  date: '2026-07-01',
  note: 'Laat het zien aan de instructietafel',
  role: 'teacher',
  ...overrides,
});

const problemsOf = async (db: LeerzichtDb, input: unknown) => {
  try {
    await recordJudgement(db, input, DEMO_NOW);
  } catch (error) {
    if (error instanceof JudgementDraftError) return error.fields;
    throw error;
  }
  return null;
};

const keyOf = async (db: LeerzichtDb, ref: PupilRef) => (await db.pupils.where('ref').equals(ref).first())!.key;

describe("a teacher's judgements", () => {
  it('records who (in which role) set what when, and what each one replaced', async () => {
    const db = freshDb();
    const first = await recordJudgement(db, draft({ status: 'nearly', date: '2026-06-01' }), DEMO_NOW);
    expect(first).toMatchObject({ status: 'nearly', role: 'teacher', recordedAt: DEMO_NOW.toISOString(), replaces: null });
    const second = await recordJudgement(db, draft({ role: 'ict-coordinator' }), new Date(DEMO_NOW.getTime() + 60_000));
    expect(second).toMatchObject({ status: 'mastered', role: 'ict-coordinator', replaces: first.id });
    // Another goal starts its own history.
    expect((await recordJudgement(db, draft({ goal: 'rekenen.verbanden.1f' }), DEMO_NOW)).replaces).toBeNull();
    expect((await judgementsOfPupil(db, refOf(1))).map((row) => row.date)).toEqual(['2026-07-01', '2026-07-01', '2026-06-01']);
    expect(await judgementsOfPupils(db, [refOf(2)])).toEqual([]);
  });

  it('refuses what a person must fix, field by field, and stores nothing', async () => {
    const db = freshDb();
    expect(await problemsOf(db, draft({ date: '2026-07-04' }))).toEqual({ date: 'dateFuture' });
    expect(await problemsOf(db, draft({ date: '2026-02-30' }))).toEqual({ date: 'dateInvalid' });
    expect(await problemsOf(db, draft({ date: '2024-07-31' }))).toEqual({ date: 'dateTooOld' });
    expect(await problemsOf(db, draft({ status: 'not-started' }))).toEqual({ status: 'status' });
    expect(await problemsOf(db, draft({ goal: '' }))).toEqual({ goal: 'goal' });
    expect(await problemsOf(db, draft({ pupil: '' }))).toEqual({ pupil: 'pupil' });
    expect(await problemsOf(db, draft({ note: 'x'.repeat(1001) }))).toEqual({ note: 'noteTooLong' });
    // Locked (no role): refused, never stored as nobody's.
    expect(await problemsOf(db, draft({ role: null }))).toEqual({ role: 'role' });
    expect(await db.judgements.count()).toBe(0);
  });

  it('is listed and exported in "Wat is er opgeslagen", forgotten with the pupil and purged after the retention period', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await recordJudgement(db, draft(), DEMO_NOW);
    await recordJudgement(db, draft({ pupil: refOf(2), date: '2024-09-02' }), DEMO_NOW);
    expect((await storedSummary(db)).kinds.find((entry) => entry.kind === 'judgements')?.count).toBe(2);
    const exported = JSON.parse(await exportEverything(db, DEMO_NOW)) as { tables: Record<string, { note: string }[]> };
    expect(exported.tables.judgements?.map((row) => row.note)).toEqual([
      'Laat het zien aan de instructietafel',
      'Laat het zien aan de instructietafel',
    ]);
    expect((await forgetPupil(db, await keyOf(db, refOf(1)), DEMO_NOW)).judgements).toBe(1);
    expect(await judgementsOfPupil(db, refOf(1))).toEqual([]);
    // A year later the kept period starts on 1 August 2025: Bram's judgement of 2024 goes.
    expect((await purgeExpired(db, new Date('2026-09-01T10:00:00.000Z'))).judgements).toBe(1);
    expect(await db.judgements.count()).toBe(0);
  });
});
