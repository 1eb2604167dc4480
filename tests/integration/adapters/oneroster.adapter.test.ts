import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { ONEROSTER_BASE, ONEROSTER_DEMO, SLO_LEZEN_1F } from '../../../mocks/suppliers/oneroster/oneroster.demo';
import { oneRosterBrokenIds, oneRosterGradebook } from '../../../mocks/suppliers/oneroster/oneroster.generator';
import { oneRosterHandlers } from '../../../mocks/suppliers/oneroster/oneroster.handlers';
import { ONEROSTER_DEMO_MAPPING, ONEROSTER_UNMAPPED_OBJECTIVE } from '../../../mocks/suppliers/oneroster/oneroster.mapping';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { FetchOptions } from '@/adapters/http/fetch-json';
import { createOneRosterAdapter } from '@/adapters/oneroster/oneroster.adapter';
import type { Page, SourceConfig } from '@/adapters/port';
import { resolveSloUuids } from '@/curriculum/slo-import';
import { sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { getSyncStatus, saveSource } from '@/store/sources.repo';

const RESULTS = `${ONEROSTER_BASE}/results`;
const TOKEN = ONEROSTER_DEMO.credentials.tokenUrl;
const config: SourceConfig = {
  source: sourceId('oneroster'),
  endpoint: ONEROSTER_DEMO.endpoint,
  credentials: ONEROSTER_DEMO.credentials,
  mapping: ONEROSTER_DEMO_MAPPING,
};
const sleep = vi.fn(async (_ms: number) => {});
const make = (fetchOptions: Partial<FetchOptions> = {}) =>
  createOneRosterAdapter({
    fetchOptions: { sleep, timeoutMs: 5_000, ...fetchOptions },
    resolveSloIds: resolveSloUuids,
    now: () => new Date('2026-07-03T14:00:00Z'),
  });
const signal = () => new AbortController().signal;
const demoResults = () => oneRosterGradebook().results;

let tokenRequests = 0;
let resultRequests = 0;
const count = ({ request }: { request: Request }) => {
  if (request.url.startsWith(TOKEN)) tokenRequests += 1;
  if (request.url.startsWith(RESULTS)) resultRequests += 1;
};
beforeEach(() => {
  sleep.mockClear();
  tokenRequests = 0;
  resultRequests = 0;
  server.use(...oneRosterHandlers);
  server.events.on('request:start', count);
});
afterEach(() => {
  server.events.removeListener('request:start', count);
});

async function pullAll(adapter = make(), from: string | null = null) {
  const pages: Page[] = [];
  let cursor = from;
  let fetched = 0;
  do {
    const page = await adapter.pullPage({ config, cursor, fetchedSoFar: fetched, signal: signal() });
    pages.push(page);
    fetched = page.progress.fetched;
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return { pages, fetched, results: pages.flatMap((page) => page.results), rejections: pages.flatMap((page) => page.rejections) };
}

async function caught(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AdapterError)) throw new Error(`expected an AdapterError, got ${String(error)}`);
  return error;
}

/** The n-th request to the results collection (1-based) gets `answer`; the rest go to the demo server. */
function onResultsRequest(n: number, answer: () => Response | Promise<Response>) {
  let seen = 0;
  server.use(
    http.get(RESULTS, () => {
      seen += 1;
      return seen === n ? answer() : undefined;
    }),
  );
}

describe('oneroster adapter: connection and OAuth2', () => {
  it('is ok with the demo client: a token, then one small lineItems request', async () => {
    const check = await make().testConnection(config, signal());
    expect(check).toEqual({ ok: true, detail: { code: 'oneroster', params: { lineItems: oneRosterGradebook().lineItems.length, total: true } } });
    expect(tokenRequests).toBe(1);
  });

  it('a wrong client secret is a clear unauthorized error, not a crash', async () => {
    const check = await make().testConnection({ ...config, credentials: { ...ONEROSTER_DEMO.credentials, clientSecret: 'fout' } }, signal());
    expect(check.ok ? null : [check.error.code, check.error.page]).toEqual(['unauthorized', 'token']);
    expect(check.ok ? '' : check.error.detail).toContain('client-secret');
  });

  it('credentials of another kind are a config error, without a request', async () => {
    const check = await make().testConnection({ ...config, credentials: { type: 'bearer', token: 'x' } }, signal());
    expect(check.ok ? null : check.error.code).toBe('config');
    expect(tokenRequests).toBe(0);
  });

  it('a 401 once: a new token is fetched and the page is asked again', async () => {
    onResultsRequest(1, () => HttpResponse.json({}, { status: 401 }));
    const page = await make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length).toBeGreaterThan(0);
    expect(tokenRequests).toBe(2);
  });

  it('a 401 that stays: a clear error naming the page, after one re-authentication', async () => {
    server.use(http.get(RESULTS, () => HttpResponse.json({}, { status: 401 })));
    const error = await caught(make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.page]).toEqual(['unauthorized', 'pagina 1 (offset 0)']);
    expect(error.detail).toContain('ook na opnieuw aanmelden');
    expect(tokenRequests).toBe(2);
    expect(resultRequests).toBe(2);
  });
});

describe('oneroster adapter: reading the demo gradebook', () => {
  it('reads every result once: fully graded ones as results, broken ones rejected, the rest skipped by scoreStatus', async () => {
    const all = demoResults();
    const { pages, results, rejections, fetched } = await pullAll();
    expect(pages).toHaveLength(Math.ceil(all.length / 100));
    expect(fetched).toBe(all.length);
    const skipped: Record<string, number> = {};
    for (const page of pages) for (const [key, n] of Object.entries(page.skipped ?? {})) skipped[key] = (skipped[key] ?? 0) + n;
    expect(skipped).toEqual({
      'scoreStatus not submitted': all.filter((r) => r['scoreStatus'] === 'not submitted').length,
      'scoreStatus exempt': all.filter((r) => r['scoreStatus'] === 'exempt').length,
    });
    expect(results.length + rejections.length + (skipped['scoreStatus not submitted'] ?? 0) + (skipped['scoreStatus exempt'] ?? 0)).toBe(all.length);
    expect(new Set(rejections.map((rejection) => rejection.recordId))).toEqual(oneRosterBrokenIds());
    expect(new Set(rejections.map((rejection) => rejection.code))).toEqual(new Set(['invalid-score']));
    expect(pages.at(-1)?.progress).toEqual({ fetched: all.length, total: all.length });
  });

  it('scales scores with resultValueMin/Max and maps objectives: codes via the mapping, SLO UUIDs via the curriculum, one code unmapped', async () => {
    const { results } = await pullAll();
    const byId = new Map(demoResults().map((record) => [String(record['sourcedId']), record]));
    for (const result of results.slice(0, 50)) {
      const raw = byId.get(result.recordId);
      const max = String(raw?.['sourcedId']).includes('-rekenen-') ? 40 : 25;
      expect(result.score).toEqual({ raw: raw?.['score'], min: 0, max, scaled: Number(raw?.['score']) / max });
      expect(result.workForm).toBe('test');
    }
    const goalsOf = (code: string) => new Set(results.filter((result) => result.code === code).flatMap((result) => result.goals));
    expect(goalsOf('li-groep-5a-lezen-blok-1')).toEqual(new Set(['lezen.zakelijk.1f']));
    expect(goalsOf('li-groep-5a-lezen-blok-2')).toEqual(new Set(['lezen.fictie.1f']));
    expect(goalsOf('li-groep-5a-rekenen-blok-2')).toEqual(new Set(['rekenen.verhoudingen.1f']));
    expect(goalsOf('li-brugklas-1c-lezen-blok-1')).toEqual(new Set(['lezen.zakelijk.2f']));
    // the brugklas's mentor-lesson test on one theme of digital basic skills counts for both its goals
    expect(goalsOf('li-brugklas-1c-digitaal-gezond')).toEqual(new Set(['digitaal.gezond.1', 'digitaal.gezond.2']));
    const unmapped = new Set(results.filter((result) => result.goals.length === 0).map((result) => result.code));
    expect(unmapped).toEqual(new Set(['li-groep-5a-rekenen-blok-5', 'li-groep-7b-rekenen-blok-5', 'li-brugklas-1c-rekenen-blok-5']));
    expect(ONEROSTER_UNMAPPED_OBJECTIVE in ONEROSTER_DEMO_MAPPING).toBe(false);
  });
});

describe('oneroster adapter: line items', () => {
  it('a line item added after the run began is read before its results are judged (once per unknown id)', async () => {
    const adapter = make();
    const first = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    const added = {
      sourcedId: 'li-nieuw',
      status: 'active',
      resultValueMin: 0,
      resultValueMax: 10,
      learningObjectiveSet: [{ source: 'Rekenroute', learningObjectiveIds: ['RR-GETALLEN-1F'] }],
    };
    const pupil = String((demoResults()[0]?.['student'] as { sourcedId: string }).sourcedId);
    const fresh = {
      sourcedId: 'res-nieuw',
      status: 'active',
      lineItem: { sourcedId: 'li-nieuw' },
      student: { sourcedId: pupil },
      scoreStatus: 'fully graded',
      score: 5,
      scoreDate: '2026-06-01',
    };
    const ghost = { ...fresh, sourcedId: 'res-spook', lineItem: { sourcedId: 'li-bestaat-niet' } };
    server.use(
      http.get(`${ONEROSTER_BASE}/lineItems`, () => HttpResponse.json({ lineItems: [...oneRosterGradebook().lineItems, added] })),
      http.get(RESULTS, () => HttpResponse.json({ results: [fresh, ghost] })),
    );
    let lineItemRequests = 0;
    const countLineItems = ({ request }: { request: Request }) => {
      if (request.url.includes('/lineItems')) lineItemRequests += 1;
    };
    server.events.on('request:start', countLineItems);
    const second = await adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 100, signal: signal() });
    const third = await adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 100, signal: signal() });
    server.events.removeListener('request:start', countLineItems);
    expect(second.results.map((result) => [result.recordId, result.goals, result.score?.scaled])).toEqual([
      ['res-nieuw', ['rekenen.getallen.1f'], 0.5],
    ]);
    expect(second.rejections.map((rejection) => rejection.recordId)).toEqual(['res-spook']);
    expect(third.rejections.map((rejection) => rejection.recordId)).toEqual(['res-spook']);
    expect(lineItemRequests).toBe(1);
  });
});

describe('oneroster adapter: robustness', () => {
  it('429 with Retry-After: waits that long, then reads the page', async () => {
    onResultsRequest(1, () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '3' } }));
    const page = await make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length).toBeGreaterThan(0);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([3000]);
  });

  it('5xx: capped exponential backoff, then the page; too many is a server error naming the page', async () => {
    let failures = 4;
    server.use(http.get(RESULTS, () => (failures-- > 0 ? HttpResponse.json({}, { status: 503 }) : undefined)));
    const page = await make({ backoffMs: 100, maxBackoffMs: 300 }).pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length).toBeGreaterThan(0);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 200, 300, 300]);
    server.use(http.get(RESULTS, () => HttpResponse.json({}, { status: 500 })));
    const error = await caught(make({ retries: 2 }).pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.status, error.page]).toEqual(['server', 500, 'pagina 1 (offset 0)']);
  });

  it('a page that does not answer in time is a timeout', async () => {
    server.use(
      http.get(RESULTS, async () => {
        await delay(500);
        return HttpResponse.json({ results: [] });
      }),
    );
    const error = await caught(make({ timeoutMs: 50, retries: 0 }).pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('timeout');
  });

  it('an abort stops the read with an aborted error', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await caught(make().pullPage({ config, cursor: null, fetchedSoFar: 0, signal: controller.signal }));
    expect(error.code).toBe('aborted');
  });

  it('a server that ignores offset (the same page again) is a pagination loop', async () => {
    server.use(http.get(RESULTS, () => HttpResponse.json({ results: demoResults().slice(0, 100) }, { headers: { 'X-Total-Count': '5000' } })));
    const adapter = make();
    const first = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    const error = await caught(adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 100, signal: signal() }));
    expect([error.code, error.page]).toEqual(['pagination-loop', 'pagina 2 (offset 100)']);
  });
});

describe('oneroster adapter: syncing into the store', () => {
  const source: Source = {
    id: sourceId('oneroster'),
    kind: 'oneroster',
    name: 'Toetsplein',
    endpoint: ONEROSTER_DEMO.endpoint,
    paused: false,
    mapping: ONEROSTER_DEMO_MAPPING,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const setUp = async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    await saveSource(db, source);
    return db;
  };
  const sync = (db: LeerzichtDb, adapter = make()) => syncSource({ db, adapter, source, credentials: ONEROSTER_DEMO.credentials, signal: signal() });

  it('a truncated page fails naming that page, keeps what came before, and the next sync resumes there; a sync run twice stores nothing new', async () => {
    const db = await setUp();
    onResultsRequest(3, () => new HttpResponse('{"results":[{"sourcedId":"res-li-gr', { headers: { 'Content-Type': 'application/json' } }));
    const failed = await caught(sync(db));
    expect([failed.code, failed.page]).toEqual(['invalid-payload', 'pagina 3 (offset 200)']);
    const kept = await db.results.count();
    expect(kept).toBeGreaterThan(100);
    expect((await getSyncStatus(db, source.id)).lastOutcome).toBe('failed');

    resultRequests = 0;
    const resumed = await sync(db);
    expect(resultRequests).toBe(Math.ceil(demoResults().length / 100) - 2);
    const stored = await db.results.count();
    expect(stored).toBe(kept + resumed.added);
    const again = await sync(db);
    expect(again.added).toBe(0);
    expect(await db.results.count()).toBe(stored);
  });

  it('the same record on two pages is stored once', async () => {
    const db = await setUp();
    const repeated = demoResults()[0];
    onResultsRequest(2, () =>
      HttpResponse.json({ results: [repeated, ...demoResults().slice(101, 200)] }, { headers: { 'X-Total-Count': String(demoResults().length) } }),
    );
    const summary = await sync(db);
    const ids = (await db.results.toArray()).map((result) => result.recordId);
    expect(ids.filter((id) => id === repeated?.['sourcedId'])).toHaveLength(1);
    expect(summary.fetched).toBe(demoResults().length);
  });
});

describe('oneroster adapter: a result’s own learningObjectiveSet (1.2 LearningObjectiveResultSet)', () => {
  it('learningObjectiveResults (CASE id with per-objective score) give goals; the result is not rejected, the objective’s score counts for its goal', async () => {
    const adapter = make();
    const first = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    const base = demoResults().find((result) => String((result['lineItem'] as { sourcedId: string }).sourcedId).endsWith('rekenen-blok-5'));
    if (!base) throw new Error('the demo gradebook has no unmapped rekenen-blok-5 result');
    const linked = {
      ...base,
      sourcedId: 'res-met-doelen',
      learningObjectiveSet: [
        { source: 'CASE', learningObjectiveResults: [{ learningObjectiveId: `urn:uuid:${SLO_LEZEN_1F.zakelijk}`, score: 2, textScore: 'op weg' }] },
      ],
    };
    server.use(http.get(RESULTS, () => HttpResponse.json({ results: [linked] })));
    const page = await adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 100, signal: signal() });
    expect(page.rejections).toEqual([]);
    // the line item's code is unmapped, so the objective's goal is the result's only goal: its own score (2 of 0..40) stands in for the result
    expect(page.results.map((result) => [result.recordId, result.goals, result.score?.raw])).toEqual([
      [`res-met-doelen|lo:urn:uuid:${SLO_LEZEN_1F.zakelijk}`, ['lezen.zakelijk.1f'], 2],
    ]);
    expect(page.voids).toEqual(['res-met-doelen']);
  });
});
