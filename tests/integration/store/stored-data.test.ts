import { describe, expect, it } from 'vitest';
import { sourceId, type PupilRef } from '@/domain/ids';
import type { Rejection } from '@/domain/model';
import { getCredentials, setCredentials } from '@/store/credentials.memory';
import { rememberCredentials } from '@/store/credentials.sealed';
import { LeerzichtDb } from '@/store/db';
import { setConsent } from '@/store/privacy.repo';
import { putRejections } from '@/store/rejections.repo';
import { deleteEverything, exportEverything, forgetPupil, storedSummary } from '@/store/stored-data.repo';
import { freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const SOMMEN = sourceId('sommenspoor');
const TOKEN = 'geheim-token-dat-nooit-mee-mag';

const rejectionOf = (recordId: string, id = `sommenspoor|${recordId}`): Rejection => ({
  id,
  source: SOMMEN,
  recordId,
  code: 'duplicate',
  detail: 'al opgeslagen',
  at: '2026-06-01T10:00:00.000Z',
});

const keyOf = async (db: LeerzichtDb, ref: PupilRef) => (await db.pupils.where('ref').equals(ref).first())!.key;

/** A seeded school with one rejection tied to Anna's record r0, one unrelated rejection and consents for Anna and Bram. */
async function seeded() {
  const db = freshDb();
  const seed = await seedSmallSchool(db);
  await putRejections(db, [rejectionOf('r0', 'dup-r0'), rejectionOf('onleesbaar-7')]);
  await setConsent(db, { pupil: refOf(1), source: sourceId('blokkodo'), granted: true, date: '2026-06-01', note: '' });
  await setConsent(db, { pupil: refOf(2), source: sourceId('blokkodo'), granted: true, date: '2026-06-01', note: '' });
  return { db, ...seed };
}

describe('stored data: summary', () => {
  it('counts rows per kind and estimates their size', async () => {
    const { db, results } = await seeded();
    const summary = await storedSummary(db);
    const count = (kind: string) => summary.kinds.find((entry) => entry.kind === kind)?.count;
    expect(count('results')).toBe(results.length);
    expect(results.length).toBe(27);
    expect(count('rejections')).toBe(2);
    expect(count('pupils')).toBe(3);
    expect(count('roster')).toBe(3);
    expect(count('groups')).toBe(1);
    expect(count('connectors')).toBe(2);
    expect(count('consents')).toBe(2);
    expect(count('assessments')).toBe(0);
    expect(summary.kinds.map((entry) => entry.kind)).not.toContain('other');
    const bytes = (kind: string) => summary.kinds.find((entry) => entry.kind === kind)?.bytes ?? 0;
    // Every result row is a few hundred characters of JSON; sealed names are counted as base64.
    expect(bytes('results')).toBeGreaterThan(27 * 200);
    expect(bytes('roster')).toBeGreaterThan(3 * 50);
    expect(bytes('assessments')).toBe(0);
  });
});

describe('stored data: export', () => {
  it('holds a version and every table, with names still sealed and no connector credentials', async () => {
    const { db, key, results } = await seeded();
    setCredentials(SOMMEN, { type: 'bearer', token: TOKEN });
    expect(await rememberCredentials(db, SOMMEN, key)).toBe(true);
    const text = await exportEverything(db, new Date('2026-07-03T14:00:00.000Z'));
    const parsed = JSON.parse(text) as { format: string; version: number; exportedAt: string; tables: Record<string, unknown[]> };
    expect(parsed).toMatchObject({ format: 'leerzicht-export', version: 1, exportedAt: '2026-07-03T14:00:00.000Z' });
    expect(Object.keys(parsed.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(parsed.tables.results).toHaveLength(results.length);
    expect(parsed.tables.results).toContainEqual(results[0]);
    expect(parsed.tables.roster).toHaveLength(3);
    expect(parsed.tables.roster?.[0]).toMatchObject({ sealed: { iv: { $bytes: expect.any(String) }, data: { $bytes: expect.any(String) } } });
    expect(parsed.tables.settings?.map((row) => (row as { key: string }).key)).toContain('vault');
    expect(text).not.toContain('credentials.');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Boer');
  });
});

describe('stored data: forget one pupil', () => {
  it('removes exactly that pupil’s results, name, record, consents and tied rejections, and leaves the others', async () => {
    const { db } = await seeded();
    const bramBefore = await db.results.where('pupil').equals(refOf(2)).count();
    const annaResults = await db.results.where('pupil').equals(refOf(1)).count();
    const removed = await forgetPupil(db, await keyOf(db, refOf(1)));
    expect(removed).toEqual({
      results: annaResults,
      rejections: 1,
      roster: 1,
      pupils: 1,
      consents: 1,
      assessments: 0,
      interventions: 0,
      judgements: 0,
    });
    expect(annaResults).toBe(18);
    expect(await db.results.where('pupil').equals(refOf(1)).count()).toBe(0);
    expect(await db.results.where('pupil').equals(refOf(2)).count()).toBe(bramBefore);
    expect(await db.roster.get(refOf(1))).toBeUndefined();
    expect((await db.roster.toArray()).map((entry) => entry.ref).sort()).toEqual([refOf(2), refOf(3)]);
    expect(await db.pupils.where('ref').equals(refOf(1)).count()).toBe(0);
    expect(await db.pupils.count()).toBe(2);
    // Anna's consents (with their notes) are gone; one marker under her pseudonym stays (no name, no note),
    // so a supplier's next sync does not store her data again.
    const consents = await db.consents.toArray();
    expect(consents.filter((consent) => consent.pupil === refOf(2))).toHaveLength(1);
    expect(consents.filter((consent) => consent.pupil === refOf(1))).toEqual([
      { pupil: refOf(1), source: '*', granted: false, date: expect.any(String), note: '', forgotten: true },
    ]);
    // Only the rejection about Anna's own record goes; one that cannot be tied to a pupil stays.
    expect((await db.rejections.toArray()).map((rejection) => rejection.recordId)).toEqual(['onleesbaar-7']);
    // Her pseudonym stays only in that marker; nothing else in the export names it.
    const exported = JSON.parse(await exportEverything(db)) as { tables: Record<string, unknown[]> };
    for (const [table, rows] of Object.entries(exported.tables)) if (table !== 'consents') expect(JSON.stringify(rows)).not.toContain(refOf(1));
  });

  it('removes rubric assessments of that pupil when the store has them', async () => {
    class WithAssessments extends LeerzichtDb {
      constructor() {
        super(`test-${crypto.randomUUID()}`);
        this.version(90).stores({ assessments: 'id, pupil' });
      }
    }
    const db = new WithAssessments();
    await seedSmallSchool(db);
    await db.table('assessments').bulkPut([
      { id: 'a1', pupil: refOf(1), level: 'op-weg' },
      { id: 'a2', pupil: refOf(2), level: 'op-weg' },
    ]);
    expect((await storedSummary(db)).kinds.find((entry) => entry.kind === 'assessments')?.count).toBe(2);
    expect((await forgetPupil(db, await keyOf(db, refOf(1)))).assessments).toBe(1);
    expect(await db.table('assessments').toCollection().primaryKeys()).toEqual(['a2']);
  });

  it('dates the forgotten marker by the school day in the Netherlands, also just before midnight UTC', async () => {
    const { db } = await seeded();
    // 23:30 UTC on 30 June is 01:30 on 1 July in Amsterdam
    await forgetPupil(db, await keyOf(db, refOf(1)), new Date('2026-06-30T23:30:00Z'));
    expect((await db.consents.toArray()).find((consent) => consent.pupil === refOf(1))?.date).toBe('2026-07-01');
  });

  it('removes nothing for a pupil that is not there', async () => {
    const { db } = await seeded();
    const before = await db.results.count();
    expect((await forgetPupil(db, 999 as never)).results).toBe(0);
    expect(await db.results.count()).toBe(before);
  });
});

describe('stored data: delete everything', () => {
  it('empties every table and forgets the session’s credentials', async () => {
    const { db } = await seeded();
    setCredentials(SOMMEN, { type: 'bearer', token: TOKEN });
    const total = (await Promise.all(db.tables.map((table) => table.count()))).reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(30);
    expect(await deleteEverything(db)).toBe(total);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(getCredentials(SOMMEN)).toBeNull();
    expect((await storedSummary(db)).kinds.every((entry) => entry.count === 0 && entry.bytes === 0)).toBe(true);
  });
});
