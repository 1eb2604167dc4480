import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { LRS_DEMO } from '../../../mocks/suppliers/lrs/lrs.demo';
import { lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import { lrsHandlers } from '../../../mocks/suppliers/lrs/lrs.handlers';
import { LRS_DEMO_MAPPING } from '../../../mocks/suppliers/lrs/lrs.mapping';
import { basicAuth } from '@/adapters/http/base64url';
import { createXapiAdapter } from '@/adapters/xapi/xapi.adapter';
import { decodeCursor } from '@/adapters/xapi/xapi.cursor';
import { OVERLAP_MS } from '@/adapters/xapi/xapi.mark';
import { learnerKey } from '@/adapters/xapi/xapi.learners';
import { pupilRef, sourceId, type PupilRef } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { inWindow, scopeWindow } from '@/domain/source-scope';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { setConsent } from '@/store/privacy.repo';
import { importRoster } from '@/store/roster.repo';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { createVault } from '@/store/vault';

const SOURCE = sourceId('lrs');
const BASE = LRS_DEMO.endpoint;
const noWait = async () => {};
const adapter = createXapiAdapter({ fetchOptions: { sleep: noWait, timeoutMs: 5_000, retries: 0 }, now: () => new Date('2026-07-03T14:00:00Z') });
const scope = { pupils: 'our-groups', since: '2026-01-01', until: '2026-03-31' } as const;
const source: Source = {
  id: SOURCE,
  kind: 'xapi',
  name: 'LRS',
  endpoint: BASE,
  paused: false,
  mapping: LRS_DEMO_MAPPING,
  createdAt: '2026-01-01T00:00:00.000Z',
  scope,
};
const now = () => new Date('2026-07-03T14:00:00Z');

const group7 = DEMO_PUPILS.filter((pupil) => pupil.group === 'groep-7b').map((pupil) => pupilRef(pupil.ref));
const [withheldHere, withheldEverywhere, leaver] = group7 as [PupilRef, PupilRef, PupilRef];
const allowed = new Set(group7.slice(3));
const others = DEMO_PUPILS.filter((pupil) => pupil.group !== 'groep-7b').map((pupil) => pupil.ref);

let db: LeerzichtDb;
let requests: URL[];

async function seedRoster() {
  const key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
  const rows = group7.map((ref, i) => ({ ref, firstName: `Kind${i}`, prefix: '', lastName: 'Test', groupName: 'Groep 7B' }));
  await importRoster(db, rows, { now: now(), key });
  await setConsent(db, { pupil: withheldHere, source: SOURCE, granted: false, date: '2026-01-01', note: '' });
  await setConsent(db, { pupil: withheldEverywhere, source: '*', granted: false, date: '2026-01-01', note: '' });
  await db.pupils.where('ref').equals(leaver).modify({ leftAt: '2026-02-01T00:00:00.000Z' });
}

const sync = (options?: Record<string, unknown>) =>
  syncSource({ db, adapter, source, credentials: LRS_DEMO.credentials, signal: new AbortController().signal, now, ...(options ? { options } : {}) });
const agentNames = () =>
  requests
    .filter((url) => url.pathname.endsWith('/statements'))
    .map((url) => (JSON.parse(url.searchParams.get('agent') ?? 'null') as { account: { name: string } } | null)?.account.name ?? null);

beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, source);
  server.use(...lrsHandlers);
  requests = [];
  server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url)));
});
afterEach(() => {
  server.events.removeAllListeners();
});

describe('xapi adapter scoped to our groups', () => {
  it('asks the LRS once per allowed learner, with since/until of the window, never for a withheld, departed or non-roster pupil', async () => {
    await seedRoster();
    const summary = await sync();
    const names = agentNames();
    expect(names).not.toContain(null);
    expect(names).toHaveLength(allowed.size);
    expect(new Set(names)).toEqual(allowed);
    for (const ref of [withheldHere, withheldEverywhere, leaver, ...others])
      expect(requests.some((url) => decodeURIComponent(url.href).includes(ref))).toBe(false);
    const first = requests.find((url) => url.pathname.endsWith('/statements'));
    expect(first?.searchParams.get('since')).toBe('2025-12-31T22:59:59.999Z');
    expect(first?.searchParams.get('until')).toBe('2026-03-31T21:59:59.999Z');
    expect(JSON.parse(first?.searchParams.get('agent') ?? '')).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://demo.invalid', name: expect.stringMatching(/^https:\/\/demo\.invalid\/nep-eckid\//) },
    });

    // Stored: exactly the results of an unscoped read of the window, for the allowed pupils, with times in the window.
    const stored = await db.results.toArray();
    expect(stored.length).toBeGreaterThan(50);
    expect(stored.every((result) => allowed.has(result.pupil))).toBe(true);
    expect(summary.added).toBe(stored.length);
    const window = scopeWindow(scope);
    const everyone = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.pullPage({
        config: {
          source: SOURCE,
          endpoint: BASE,
          credentials: LRS_DEMO.credentials,
          mapping: LRS_DEMO_MAPPING,
          options: { since: '2025-12-31T22:59:59.999Z', until: '2026-03-31T21:59:59.999Z' },
        },
        cursor,
        fetchedSoFar: 0,
        signal: new AbortController().signal,
      });
      everyone.push(...page.results);
      cursor = page.nextCursor;
    } while (cursor !== null && everyone.length < 100_000);
    const expected = everyone.filter((result) => allowed.has(result.pupil) && inWindow(window, result.time)).map((result) => result.id);
    expect(stored.map((result) => result.id).sort()).toEqual([...new Set(expected)].sort());
  });

  it('running twice stores nothing new and asks each learner once more, from the newest stored of the first run (less the overlap)', async () => {
    await seedRoster();
    await sync();
    const count = await db.results.count();
    const { cursor } = await getSyncStatus(db, SOURCE);
    const since = decodeCursor(cursor).since;
    expect(since).not.toBeNull();
    requests = [];
    const again = await sync();
    expect(again.added).toBe(0);
    expect(await db.results.count()).toBe(count);
    expect(agentNames()).toHaveLength(allowed.size);
    expect(new Set(requests.filter((url) => url.pathname.endsWith('/statements')).map((url) => url.searchParams.get('since')))).toEqual(
      new Set([new Date(Date.parse(since ?? '') - OVERLAP_MS).toISOString()]),
    );
    expect((await getSyncStatus(db, SOURCE)).cursor).toBe(cursor);
  });

  it('a failure mid-learner resumes at that learner’s next page; the result equals a run without failure', async () => {
    await seedRoster();
    let more = 0;
    server.use(http.get(`${BASE}/statements/more/:token`, () => (++more === 4 ? new HttpResponse(null, { status: 503 }) : undefined)));
    const failed = await sync({ limit: 5 }).catch((error: unknown) => error);
    expect((failed as { code?: string }).code).toBe('server');
    const status = await getSyncStatus(db, SOURCE);
    expect(status.lastOutcome).toBe('failed');
    const state = decodeCursor(status.cursor);
    expect(state.more).toMatch(/\/statements\/more\//);
    const at = state.learners?.at;
    const askedBefore = new Set(agentNames());
    const partial = await db.results.count();

    requests = [];
    await sync({ limit: 5 });
    // The retry starts with the stored more link, and asks no learner read before the failure again.
    expect(requests[0]?.pathname).toMatch(/\/statements\/more\//);
    const learnerOfFailure = [...askedBefore].find((name) => name !== null && learnerKey(name) === at);
    expect(learnerOfFailure).toBeDefined();
    expect(agentNames().filter((name) => askedBefore.has(name as string))).toEqual([]);
    expect(new Set([...askedBefore, ...agentNames()])).toEqual(allowed);
    const resumedCount = await db.results.count();
    expect(resumedCount).toBeGreaterThan(partial);

    const clean = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const before = db;
    db = clean;
    await saveSource(db, source);
    await seedRoster();
    await sync({ limit: 5 });
    expect(await db.results.count()).toBe(resumedCount);
    db = before;
  });

  it('a learner given consent again while a failed run waits (key before the failure) is read from the window’s start, not from the next run’s since', async () => {
    await seedRoster();
    // The run fails on the first page of the learner with the highest key, so every other learner (also one added later) sorts before it.
    const last = [...allowed].sort((a, b) => (learnerKey(a) < learnerKey(b) ? -1 : 1)).at(-1) as PupilRef;
    expect(learnerKey(withheldHere) < learnerKey(last)).toBe(true);
    let failed = false;
    server.use(
      http.get(`${BASE}/statements`, ({ request }) => {
        const agent = new URL(request.url).searchParams.get('agent');
        if (failed || agent === null || (JSON.parse(agent) as { account: { name: string } }).account.name !== last) return undefined;
        failed = true;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    expect(((await sync().catch((error: unknown) => error)) as { code?: string }).code).toBe('server');
    expect(decodeCursor((await getSyncStatus(db, SOURCE)).cursor).learners?.at).toBe(learnerKey(last));
    // Consent given again before the retry: the retry resumes after this learner's key.
    await setConsent(db, { pupil: withheldHere, source: SOURCE, granted: true, date: '2026-03-01', note: '' });
    await sync();
    await sync();
    const stored = await db.results.where('pupil').equals(withheldHere).count();

    const clean = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const before = db;
    db = clean;
    await saveSource(db, source);
    await seedRoster();
    await setConsent(db, { pupil: withheldHere, source: SOURCE, granted: true, date: '2026-03-01', note: '' });
    await sync();
    const expected = await db.results.where('pupil').equals(withheldHere).count();
    db = before;
    expect(expected).toBeGreaterThan(0);
    expect(stored).toBe(expected);
  });

  it('consent withdrawn and given again between two syncs: the next sync reads that pupil’s window again, so what the withdrawal deleted comes back', async () => {
    await seedRoster();
    await sync();
    const pupil = [...allowed][0] as PupilRef;
    const had = await db.results.where('pupil').equals(pupil).count();
    expect(had).toBeGreaterThan(0);
    expect(await setConsent(db, { pupil, source: SOURCE, granted: false, date: '2026-07-01', note: '' })).toBe(had);
    await setConsent(db, { pupil, source: SOURCE, granted: true, date: '2026-07-02', note: '' });
    const again = await sync();
    expect(await db.results.where('pupil').equals(pupil).count()).toBe(had);
    // The others are read again too, and updated, not added.
    expect(again.added).toBe(had);
  });

  it('"our groups" without a roster: a clear error and no request at all', async () => {
    const error = await sync().catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('no-roster');
    expect(requests).toEqual([]);
  });

  it('the connection test probes for one allowed learner only', async () => {
    await seedRoster();
    const learners = [...allowed];
    const check = await adapter.testConnection(
      { source: SOURCE, endpoint: BASE, credentials: LRS_DEMO.credentials, mapping: {}, learners },
      new AbortController().signal,
    );
    expect(check.ok).toBe(true);
    const names = agentNames();
    expect(names).toHaveLength(1);
    expect(allowed.has(names[0] as PupilRef)).toBe(true);
  });

  it('the connection test of a scoped LRS with no learner to ask for asks for nobody, never for any pupil', async () => {
    for (const learners of [[], [pupilRef('leerling-zonder-uri-1234567890')]]) {
      requests = [];
      const check = await adapter.testConnection(
        { source: SOURCE, endpoint: BASE, credentials: LRS_DEMO.credentials, mapping: {}, learners },
        new AbortController().signal,
      );
      expect(check.ok).toBe(true);
      const probes = requests.filter((url) => url.pathname.endsWith('/statements'));
      expect(probes).toHaveLength(1);
      expect(agentNames()).toEqual(['https://leerzicht.invalid/niemand']);
    }
  });
});

describe('the mock LRS and the agent filter', () => {
  const get = (query: string) =>
    fetch(`${BASE}/statements?${query}`, {
      headers: { Authorization: basicAuth(LRS_DEMO.credentials.username, LRS_DEMO.credentials.password), 'X-Experience-API-Version': '1.0.3' },
    });

  it('answers malformed agent JSON with 400, as a real LRS does', async () => {
    for (const agent of [
      '{niet-json',
      '"tekst"',
      JSON.stringify({ objectType: 'Agent' }),
      JSON.stringify({ account: { homePage: 'https://demo.invalid' } }),
    ]) {
      expect((await get(`agent=${encodeURIComponent(agent)}`)).status).toBe(400);
    }
  });

  it('returns a voiding statement with the statements of the agent whose statement it voids', async () => {
    const { all, voided } = lrsData();
    const target = all.find((statement) => voided.has(statement.id));
    const actor = target?.['actor'] as { account: { homePage: string; name: string } };
    const response = await get(`agent=${encodeURIComponent(JSON.stringify({ objectType: 'Agent', account: actor.account }))}&limit=500`);
    const body = (await response.json()) as { statements: { actor: unknown; object: { objectType?: string; id: string } }[] };
    expect(
      body.statements
        .filter((statement) => statement.object.objectType !== 'StatementRef')
        .every((statement) => JSON.stringify(statement.actor) === JSON.stringify(actor)),
    ).toBe(true);
    expect(body.statements.some((statement) => statement.object.objectType === 'StatementRef' && statement.object.id === target?.id)).toBe(true);
    expect(body.statements.some((statement) => statement.object.id === target?.id && statement.object.objectType !== 'StatementRef')).toBe(false);
  });
});
