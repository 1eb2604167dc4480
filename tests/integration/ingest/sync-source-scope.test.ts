import { beforeEach, describe, expect, it } from 'vitest';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { SourceConfig } from '@/adapters/port';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { setConsent } from '@/store/privacy.repo';
import { importRoster } from '@/store/roster.repo';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { createVault } from '@/store/vault';
import { fakeAdapter, fakeSource, REF_A, REF_B, result, SOURCE } from '../../support/fake-adapter';
import { refOf } from '../../support/seed';

let db: LeerzichtDb;
const credentials = { type: 'bearer', token: 't' } as const;
const now = () => new Date('2026-07-03T12:00:00.000Z');
const signal = () => new AbortController().signal;
const row = (ref: string, groupName = 'Groep 5A') => ({ ref: ref as never, firstName: 'Test', prefix: '', lastName: 'Leerling', groupName });

beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
});

async function roster(refs: readonly string[]) {
  const key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
  await importRoster(
    db,
    refs.map((ref) => row(ref)),
    { now: now(), key },
  );
}

describe('syncSource with a scope', () => {
  it('"our groups" without a roster fails before any request, says so, and records the failure', async () => {
    const source = fakeSource({ scope: { pupils: 'our-groups' } });
    await saveSource(db, source);
    const adapter = fakeAdapter();
    const error = await syncSource({ db, adapter, source, credentials, signal: signal(), now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).code).toBe('no-roster');
    expect(adapter.asked).toEqual([]);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({ lastOutcome: 'failed', lastError: 'no-roster', cursor: null });
  });

  it('passes the allow-list to the adapter and drops, for any kind, a pupil outside it: counted as skipped, never stored', async () => {
    await roster([REF_A]);
    const source = fakeSource({ scope: { pupils: 'our-groups' } });
    await saveSource(db, source);
    const configs: SourceConfig[] = [];
    const adapter = fakeAdapter({ onPull: (request) => configs.push(request.config) });
    const summary = await syncSource({ db, adapter, source, credentials, signal: signal(), now });
    expect(configs[0]?.learners).toEqual([REF_A]);
    expect((await db.results.toArray()).map((stored) => stored.pupil)).toEqual([REF_A, REF_A, REF_A]);
    expect(await db.pupils.where('ref').equals(REF_B).count()).toBe(0);
    expect(summary).toMatchObject({ added: 3, skipped: 2 });
  });

  it('leaves out a pupil whose consent is withheld for this source, and one who left', async () => {
    await roster([REF_A, REF_B, refOf(7)]);
    await setConsent(db, { pupil: REF_B, source: SOURCE, granted: false, date: '2026-01-01', note: '' });
    await db.pupils.where('ref').equals(refOf(7)).modify({ leftAt: '2026-03-01T00:00:00.000Z' });
    const source = fakeSource({ scope: { pupils: 'our-groups' } });
    await saveSource(db, source);
    const configs: SourceConfig[] = [];
    await syncSource({ db, adapter: fakeAdapter({ onPull: (request) => configs.push(request.config) }), source, credentials, signal: signal(), now });
    expect(configs[0]?.learners).toEqual([REF_A]);
  });

  it('drops results outside the time window (both ends inclusive, Amsterdam dates), for every pupil', async () => {
    const source = fakeSource({ scope: { pupils: 'all', since: '2026-03-02', until: '2026-03-02' } });
    await saveSource(db, source);
    const inside = result('in', REF_A, { time: '2026-03-02T22:59:59.000Z' });
    const before = result('before', REF_A, { time: '2026-03-01T22:59:59.000Z' });
    const after = result('after', REF_B, { time: '2026-03-02T23:00:00.000Z' });
    const adapter = {
      ...fakeAdapter(),
      pullPage: async () => ({ results: [inside, before, after], rejections: [], nextCursor: null, progress: { fetched: 3, total: null } }),
    };
    const summary = await syncSource({ db, adapter, source, credentials, signal: signal(), now });
    expect((await db.results.toArray()).map((stored) => stored.recordId)).toEqual(['in']);
    expect(summary).toMatchObject({ added: 1, skipped: 2 });
  });

  it('a source without a scope reads as before: no learners, no window', async () => {
    const source = fakeSource();
    await saveSource(db, source);
    const configs: SourceConfig[] = [];
    const summary = await syncSource({
      db,
      adapter: fakeAdapter({ onPull: (request) => configs.push(request.config) }),
      source,
      credentials,
      signal: signal(),
      now,
    });
    expect(configs[0]?.learners).toBeUndefined();
    expect(configs[0]?.options).toBeUndefined();
    expect(summary.added).toBe(5);
  });
});
