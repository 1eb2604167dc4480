import { beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createLeesvlinderAdapter } from '@/adapters/leesvlinder/leesvlinder.adapter';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { createFileAdapter } from '@/adapters/files/file-adapter';
import { detectReader } from '@/adapters/files/readers';
import { sourceId, type PupilRef } from '@/domain/ids';
import { WHOLE_APP } from '@/domain/privacy';
import type { Source } from '@/domain/source';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { setConsent, setRetentionYears } from '@/store/privacy.repo';
import { saveSource } from '@/store/sources.repo';
import { forgetPupil } from '@/store/stored-data.repo';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { refOf } from '../../support/seed';

const URL_SUMMARIES = `${LEESVLINDER_DEMO.endpoint}/weekly-summaries`;
const SOURCE = sourceId('leesvlinder');
const source: Source = {
  id: SOURCE,
  kind: 'leesvlinder',
  name: 'Leesvlinder',
  endpoint: LEESVLINDER_DEMO.endpoint,
  paused: false,
  mapping: LEESVLINDER_DEFAULT_MAPPING,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const now = () => new Date('2026-07-03T12:00:00.000Z');
const summary = (id: string, pupil: PupilRef, week = '2026-W20') => ({
  id,
  pupil,
  week,
  skill: 'BEGRIP',
  level: 'Cocon',
  percentage: 70,
  exercises: 10,
  minutes: 20,
});
const adapter = createLeesvlinderAdapter({ fetchOptions: { sleep: async () => {}, timeoutMs: 5_000 } });
const sync = (db: LeerzichtDb) =>
  syncSource({ db, adapter, source, credentials: LEESVLINDER_DEMO.credentials, signal: new AbortController().signal, now });

/**
 * Serves these pages in order (page=1, 2, ...); `before(page)` runs before a page is answered. The
 * adapter's follow-up read of what came after the newest week (`from_week`) finds nothing new.
 */
function pages(items: ReturnType<typeof summary>[][], before: (page: number) => Promise<void> | void = () => {}) {
  server.use(
    http.get(URL_SUMMARIES, async ({ request }) => {
      const params = new URL(request.url).searchParams;
      if (params.has('from_week')) return HttpResponse.json({ page: 1, per_page: 2, total_pages: 1, total_items: 0, items: [] });
      const page = Number(params.get('page') ?? '1');
      await before(page);
      return HttpResponse.json({ page, per_page: 2, total_pages: items.length, total_items: items.flat().length, items: items[page - 1] ?? [] });
    }),
  );
}

const storedIds = async (db: LeerzichtDb) => (await db.results.toArray()).map((result) => result.recordId).sort();

let db: LeerzichtDb;
beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, source);
});

describe('sync: consent withdrawn while the sync runs', () => {
  it('stores nothing more of that pupil from the pages after the withdrawal', async () => {
    pages(
      [
        [summary('a1', refOf(1)), summary('b1', refOf(2))],
        [summary('a2', refOf(1)), summary('b2', refOf(2))],
      ],
      async (page) => {
        // The coordinator withdraws consent for pupil 1 while page 2 is on its way.
        if (page === 2) await setConsent(db, { pupil: refOf(1), source: SOURCE, granted: false, date: '2026-07-03', note: '' });
      },
    );
    const done = await sync(db);
    // a1 was stored before the withdrawal and deleted by it; a2 arrived after it and is never stored.
    expect(await storedIds(db)).toEqual(['b1', 'b2']);
    expect(done.skippedBy).toEqual({ 'no-consent': 1 });
  });

  it('does the same for a withdrawal for the whole app', async () => {
    pages([[summary('a1', refOf(1))], [summary('a2', refOf(1)), summary('b2', refOf(2))]], async (page) => {
      if (page === 2) await setConsent(db, { pupil: refOf(1), source: WHOLE_APP, granted: false, date: '2026-07-03', note: '' });
    });
    await sync(db);
    expect(await storedIds(db)).toEqual(['b2']);
  });
});

describe('sync: a forgotten pupil', () => {
  it('is not created again nor stored at the next sync, until consent is given again', async () => {
    pages([[summary('a1', refOf(1)), summary('b1', refOf(2))]]);
    await sync(db);
    const anna = await db.pupils.where('ref').equals(refOf(1)).first();
    await forgetPupil(db, anna!.key, now());
    expect(await storedIds(db)).toEqual(['b1']);

    await db.syncStatus.clear(); // the supplier sends everything again
    const again = await sync(db);
    expect(await storedIds(db)).toEqual(['b1']);
    expect(await db.pupils.where('ref').equals(refOf(1)).count()).toBe(0);
    expect(again.skippedBy).toEqual({ forgotten: 1 });
    // What is kept is the pseudonym only, without a name or a note.
    expect(await db.consents.toArray()).toEqual([
      { pupil: refOf(1), source: WHOLE_APP, granted: false, date: '2026-07-03', note: '', forgotten: true },
    ]);

    // The coordinator gives consent again (for the whole app): the next sync stores the pupil's results.
    await setConsent(db, { pupil: refOf(1), source: WHOLE_APP, granted: true, date: '2026-07-04', note: '' });
    await db.syncStatus.clear();
    await sync(db);
    expect(await storedIds(db)).toEqual(['a1', 'b1']);
  });
});

describe('retention at ingest', () => {
  it('never stores a result older than the kept school years from a sync, and says why it was skipped', async () => {
    await setRetentionYears(db, 1); // this school year: from 1 August 2025
    pages([[summary('new', refOf(1), '2026-W20'), summary('old', refOf(1), '2025-W20')]]);
    const done = await sync(db);
    expect(await storedIds(db)).toEqual(['new']);
    expect(done).toMatchObject({ added: 1, skipped: 1, skippedBy: { expired: 1 } });
  });

  it('uses the default of two school years', async () => {
    pages([[summary('this-year', refOf(1), '2026-W20'), summary('last-year', refOf(1), '2025-W20'), summary('older', refOf(1), '2024-W20')]]);
    await sync(db);
    expect(await storedIds(db)).toEqual(['last-year', 'this-year']);
  });

  it('never stores a result older than the kept school years from a file import', async () => {
    await setRetentionYears(db, 1);
    const statement = (id: string, timestamp: string) => ({
      id,
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.example', name: 'ps-3f9a2c71d04e8b65' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: { objectType: 'Activity', id: 'https://lrs.example/activities/breuken-quiz-1' },
      result: { score: { raw: 8, min: 0, max: 10, scaled: 0.8 }, success: true, completion: true },
      timestamp,
    });
    const file = {
      name: 'export.json',
      bytes: new TextEncoder().encode(
        JSON.stringify([
          statement('6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c', '2026-03-02T09:15:00Z'),
          statement('7f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c', '2024-03-02T09:15:00Z'),
        ]),
      ),
    };
    const reader = detectReader(file);
    expect(reader?.sourceKind).toBe('xapi');
    const fileSource: Source = {
      id: sourceId('xapi-bestand'),
      kind: 'xapi',
      name: 'Export',
      endpoint: 'bestand:xapi-statements',
      paused: false,
      mapping: {},
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await saveSource(db, fileSource);
    const done = await syncSource({
      db,
      adapter: createFileAdapter(reader!, [file], { now }),
      source: fileSource,
      credentials: { type: 'none' },
      signal: new AbortController().signal,
      now,
    });
    expect((await db.results.toArray()).map((result) => result.time)).toEqual(['2026-03-02T09:15:00.000Z']);
    expect(done.skippedBy).toEqual({ expired: 1 });
  });
});
