import { describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import type { Page, SourceConfig } from '@/adapters/port';
import { AdapterError } from '@/adapters/http/adapter-error';
import { createSommenspoorAdapter } from '@/adapters/sommenspoor/sommenspoor.adapter';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';
import { server } from '../../../mocks/node';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';
import { sommenspoorData } from '../../../mocks/suppliers/sommenspoor/sommenspoor.generator';

const SESSIONS_URL = `${SOMMENSPOOR_DEMO.endpoint}/sessions`;
const sleep = vi.fn(async (_ms: number, _signal?: AbortSignal) => {});
const adapter = createSommenspoorAdapter({ fetchOptions: { sleep, timeoutMs: 5_000 } });
const config = (overrides: Partial<SourceConfig> = {}): SourceConfig => ({
  source: sourceId('sommenspoor-demo'),
  endpoint: SOMMENSPOOR_DEMO.endpoint,
  credentials: SOMMENSPOOR_DEMO.credentials,
  mapping: SOMMENSPOOR_DEFAULT_MAPPING,
  ...overrides,
});
const signal = () => new AbortController().signal;

async function pullAll(cfg: SourceConfig, from: string | null = null) {
  const pages: Page[] = [];
  const cursors: string[] = [];
  let cursor = from;
  let fetched = 0;
  do {
    const page = await adapter.pullPage({ config: cfg, cursor, fetchedSoFar: fetched, signal: signal() });
    pages.push(page);
    fetched = page.progress.fetched;
    cursor = page.nextCursor;
    if (cursor !== null) cursors.push(cursor);
  } while (cursor !== null && pages.length < 200);
  return { pages, cursors, results: pages.flatMap((p) => p.results), rejections: pages.flatMap((p) => p.rejections) };
}

async function failureOf(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
}

describe('sommenspoor adapter: connection', () => {
  it('testConnection is ok with the demo token and names the school', async () => {
    expect(await adapter.testConnection(config(), signal())).toEqual({
      ok: true,
      detail: { code: 'school', params: { school: SOMMENSPOOR_DEMO.school } },
    });
  });

  it('testConnection reports 401 for a wrong token, without throwing', async () => {
    const check = await adapter.testConnection(config({ credentials: { type: 'bearer', token: 'wrong' } }), signal());
    expect(check.ok).toBe(false);
    if (!check.ok) expect([check.error.code, check.error.status]).toEqual(['unauthorized', 401]);
  });

  it('testConnection reports a config error for non-bearer credentials', async () => {
    const check = await adapter.testConnection(config({ credentials: { type: 'none' } }), signal());
    expect(check.ok ? null : check.error.code).toBe('config');
  });

  it('pullPage with a wrong token throws unauthorized', async () => {
    const cfg = config({ credentials: { type: 'bearer', token: 'wrong' } });
    expect((await failureOf(adapter.pullPage({ config: cfg, cursor: null, fetchedSoFar: 0, signal: signal() }))).code).toBe('unauthorized');
  });
});

describe('sommenspoor adapter: paging', () => {
  it("pulls every page: the generator's valid sessions as results, its broken ones as rejections", async () => {
    const data = sommenspoorData();
    const { pages, results, rejections } = await pullAll(config());
    expect(pages).toHaveLength(Math.ceil(data.sessions.length / 500));
    expect(results.length).toBe(data.sessions.length - data.broken.size);
    expect(rejections.length).toBe(data.broken.size);
    expect(new Map(rejections.map((r) => [r.recordId, r.code]))).toEqual(data.broken);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    expect(pages.at(-1)?.progress).toEqual({ fetched: data.sessions.length, total: data.sessions.length });
    const unmapped = results.filter((r) => r.code === 'ST-KL-1');
    expect(unmapped.length).toBeGreaterThan(0);
    expect(unmapped.every((r) => r.goals.length === 0)).toBe(true);
    expect(results.filter((r) => r.code !== 'ST-KL-1').every((r) => r.goals.length === 1)).toBe(true);
  });

  it('resumes from a cursor in a later sync (a fresh adapter), where the first left off', async () => {
    const cfg = config({ options: { pageSize: 100 } });
    const first = await adapter.pullPage({ config: cfg, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(first.results.length + first.rejections.length).toBe(100);
    const later = createSommenspoorAdapter({ fetchOptions: { sleep } });
    const second = await later.pullPage({ config: cfg, cursor: first.nextCursor, fetchedSoFar: 100, signal: signal() });
    expect(second.results[0]?.recordId).toBe('ss-000101');
    expect(second.progress.fetched).toBe(200);
  });

  it('after the last page, the kept cursor re-reads only that last page (nothing new) and ends', async () => {
    const cfg = config({ options: { pageSize: 400 } });
    const full = await pullAll(cfg);
    const lastCursor = full.cursors.at(-1) ?? null;
    const again = await pullAll(cfg, lastCursor);
    expect(again.pages).toHaveLength(1);
    expect(again.pages[0]?.nextCursor).toBeNull();
    const seen = new Set(full.results.map((r) => r.id));
    expect(again.results.length).toBeGreaterThan(0);
    expect(again.results.length).toBeLessThanOrEqual(400);
    expect(again.results.every((r) => seen.has(r.id))).toBe(true);
  });

  it('reads only sessions since options.since', async () => {
    const since = '2026-06-01T00:00:00Z';
    const { results, pages } = await pullAll(config({ options: { since } }));
    const expected = sommenspoorData().times.filter((t) => t >= Date.parse(since)).length;
    expect(pages[0]?.progress.total).toBe(expected);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.time >= '2026-06-01')).toBe(true);
  });

  it('rejects bad options and a foreign cursor as config errors', async () => {
    const bad = config({ options: { pageSize: 5000 } });
    expect((await failureOf(adapter.pullPage({ config: bad, cursor: null, fetchedSoFar: 0, signal: signal() }))).code).toBe('config');
    expect((await failureOf(adapter.pullPage({ config: config(), cursor: 'page=3', fetchedSoFar: 0, signal: signal() }))).code).toBe('config');
  });
});

describe('sommenspoor adapter: failures', () => {
  it('an aborted signal gives AdapterError aborted, before and during the request', async () => {
    const before = new AbortController();
    before.abort();
    expect((await failureOf(adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: before.signal }))).code).toBe('aborted');

    server.use(
      http.get(SESSIONS_URL, async () => {
        await delay(2_000);
        return HttpResponse.json({ data: [], next_cursor: null });
      }),
    );
    const during = new AbortController();
    const pending = adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: during.signal });
    setTimeout(() => during.abort(), 20);
    expect((await failureOf(pending)).code).toBe('aborted');
  });

  it('retries a 500 and then succeeds', async () => {
    sleep.mockClear();
    let failures = 0;
    server.use(
      http.get(
        SESSIONS_URL,
        () => {
          failures += 1;
          return HttpResponse.json({ error: 'boom' }, { status: 500 });
        },
        { once: true },
      ),
    );
    const page = await adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(failures).toBe(1);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(page.results.length + page.rejections.length).toBe(500);
  });

  it('an invalid page gives invalid-payload naming the page', async () => {
    const first = await adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() });
    server.use(http.get(SESSIONS_URL, () => HttpResponse.json({ sessions: 'nope' })));
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: first.nextCursor, fetchedSoFar: 500, signal: signal() }));
    expect(error.code).toBe('invalid-payload');
    expect(error.page).toMatch(/^pagina 2 \(cursor .+\)$/);
    expect(error.detail).toContain('data');
  });

  it('a page that is not JSON gives invalid-payload', async () => {
    server.use(http.get(SESSIONS_URL, () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } })));
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 1']);
  });

  it('a next cursor equal to the current one is a pagination loop', async () => {
    const first = await adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() });
    server.use(
      http.get(SESSIONS_URL, ({ request }) =>
        HttpResponse.json({ data: [], next_cursor: new URL(request.url).searchParams.get('cursor'), total: 1 }),
      ),
    );
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: first.nextCursor, fetchedSoFar: 500, signal: signal() }));
    expect(error.code).toBe('pagination-loop');
  });
});
