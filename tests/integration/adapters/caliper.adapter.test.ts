import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { CALIPER_DEMO } from '../../../mocks/suppliers/caliper/caliper.demo';
import { caliperBrokenIds, caliperEnvelopes, caliperEvents } from '../../../mocks/suppliers/caliper/caliper.generator';
import { caliperHandlers } from '../../../mocks/suppliers/caliper/caliper.handlers';
import { CALIPER_DEMO_MAPPING, CALIPER_UNMAPPED_TEST } from '../../../mocks/suppliers/caliper/caliper.mapping';
import { createCaliperAdapter } from '@/adapters/caliper/caliper.adapter';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { FetchOptions } from '@/adapters/http/fetch-json';
import type { Page, SourceConfig } from '@/adapters/port';
import { sourceId } from '@/domain/ids';
import { LeerzichtDb } from '@/store/db';

const ENVELOPES = `${CALIPER_DEMO.endpoint}/envelopes`;
const config: SourceConfig = {
  source: sourceId('caliper'),
  endpoint: CALIPER_DEMO.endpoint,
  credentials: CALIPER_DEMO.credentials,
  mapping: CALIPER_DEMO_MAPPING,
};
const sleep = vi.fn(async (_ms: number) => {});
const make = (fetchOptions: Partial<FetchOptions> = {}) =>
  createCaliperAdapter({ fetchOptions: { sleep, timeoutMs: 5_000, ...fetchOptions }, now: () => new Date('2026-07-03T14:00:00Z') });
const adapter = make();
const signal = () => new AbortController().signal;
const pull = (cursor: string | null, options: { config?: SourceConfig; fetchedSoFar?: number; on?: ReturnType<typeof make> } = {}) =>
  (options.on ?? adapter).pullPage({ config: options.config ?? config, cursor, fetchedSoFar: options.fetchedSoFar ?? 0, signal: signal() });

let requests = 0;
const countRequest = ({ request }: { request: Request }) => {
  if (request.url.startsWith(ENVELOPES)) requests += 1;
};
beforeEach(() => {
  sleep.mockClear();
  requests = 0;
  server.use(...caliperHandlers);
  server.events.on('request:start', countRequest);
});
afterEach(() => {
  server.events.removeListener('request:start', countRequest);
});

async function pullAll(from: string | null = null, maxPages = 100) {
  const pages: Page[] = [];
  let cursor = from;
  let last = from;
  let fetched = 0;
  do {
    const page = await pull(cursor, { fetchedSoFar: fetched });
    pages.push(page);
    fetched = page.progress.fetched;
    last = cursor;
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < maxPages);
  return { pages, last, fetched, results: pages.flatMap((page) => page.results), rejections: pages.flatMap((page) => page.rejections) };
}

async function caught(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AdapterError)) throw new Error(`expected an AdapterError, got ${String(error)}`);
  return error;
}

describe('caliper adapter: connection test', () => {
  it('is ok with the demo token, with one small request', async () => {
    expect(await adapter.testConnection(config, signal())).toEqual({
      ok: true,
      detail: { code: 'caliper', params: { events: caliperEvents().length } },
    });
    expect(requests).toBe(1);
  });

  it('a wrong token: one re-authentication, then a clear 401 error, without throwing', async () => {
    const check = await adapter.testConnection({ ...config, credentials: { type: 'bearer', token: 'fout' } }, signal());
    expect(check.ok ? null : [check.error.code, check.error.status, check.error.page]).toEqual(['unauthorized', 401, 'verbindingstest']);
    expect(check.ok ? '' : check.error.detail).toContain('ook na opnieuw aanmelden');
    expect(requests).toBe(2);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('credentials of another kind are a config error, without a request', async () => {
    const check = await adapter.testConnection({ ...config, credentials: { type: 'basic', username: 'a', password: 'b' } }, signal());
    expect(check.ok ? null : check.error.code).toBe('config');
    expect(requests).toBe(0);
  });
});

describe('caliper adapter: paging the event store', () => {
  const events = caliperEvents();

  it('reads every event once: results, the broken ones as rejections, the rest skipped by type', async () => {
    const { pages, results, rejections, fetched } = await pullAll();
    expect(pages).toHaveLength(Math.ceil(caliperEnvelopes().length / 100));
    const skipped = pages.reduce<Record<string, number>>((sum, page) => {
      for (const [key, count] of Object.entries(page.skipped ?? {})) sum[key] = (sum[key] ?? 0) + count;
      return sum;
    }, {});
    expect(skipped).toEqual({ NavigationEvent: events.filter((event) => event['type'] === 'NavigationEvent').length });
    expect(fetched).toBe(events.length);
    expect(results.length + rejections.length + (skipped['NavigationEvent'] ?? 0)).toBe(events.length);
    expect(new Set(rejections.map((rejection) => rejection.recordId))).toEqual(caliperBrokenIds());
    expect(new Set(rejections.map((rejection) => rejection.code))).toEqual(new Set(['missing-pupil']));
    expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
    const unmapped = new Set(results.filter((result) => result.goals.length === 0).map((result) => result.code));
    expect(unmapped).toEqual(new Set([CALIPER_UNMAPPED_TEST, CALIPER_UNMAPPED_TEST.replace(/\/toets$/, '')]));
    expect(new Set(results.map((result) => result.workForm))).toEqual(new Set(['test', 'practice']));
    const firstPageEvents = caliperEnvelopes()
      .slice(0, 100)
      .reduce((sum, envelope) => sum + envelope.data.length, 0);
    expect(pages[0]?.progress).toEqual({ fetched: firstPageEvents, total: events.length });
    expect(pages.at(-1)?.progress).toEqual({ fetched: events.length, total: events.length });
  });

  it('honours options.pageSize', async () => {
    const page = await pull(null, { config: { ...config, options: { pageSize: 7 } } });
    const inFirstSeven = caliperEnvelopes()
      .slice(0, 7)
      .reduce((sum, envelope) => sum + envelope.data.length, 0);
    expect(page.progress.fetched).toBe(inFirstSeven);
  });

  it('resumes from a cursor: the page after it is the same as in the first run', async () => {
    const first = await pull(null);
    const second = await pull(first.nextCursor);
    const resumed = await make().pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 0, signal: signal() });
    expect(resumed.results.map((result) => result.id)).toEqual(second.results.map((result) => result.id));
    expect(resumed.nextCursor).toBe(second.nextCursor);
  });

  it('after a finished sync, the kept cursor re-reads only the last page (the same ids) and then stops', async () => {
    const full = await pullAll();
    const again = await pullAll(full.last);
    expect(again.pages).toHaveLength(1);
    expect(again.results.map((result) => result.id)).toEqual(full.pages.at(-1)?.results.map((result) => result.id));
    expect(again.pages[0]?.nextCursor).toBeNull();
  });

  it('the same event on two pages is stored once', async () => {
    const envelope = caliperEnvelopes().find((candidate) => candidate.data.some((event) => event['type'] === 'GradeEvent'));
    server.use(
      http.get(ENVELOPES, ({ request }) => {
        const after = new URL(request.url).searchParams.get('after');
        return HttpResponse.json({ envelopes: [envelope], next: after === null ? 'p2' : null });
      }),
    );
    const first = await pull(null);
    const second = await pull(first.nextCursor);
    expect(second.results.map((result) => result.id)).toEqual(first.results.map((result) => result.id));
    const db = new LeerzichtDb(`caliper-dup-${Date.now()}`);
    await db.results.bulkPut([...first.results, ...second.results]);
    expect(await db.results.count()).toBe(first.results.length);
    db.close();
  });

  it('a broken envelope on a page is rejected with a reason; the rest of the page is read', async () => {
    const [good] = caliperEnvelopes();
    server.use(http.get(ENVELOPES, () => HttpResponse.json({ envelopes: [{ sensor: 'https://x.example', data: 'geen lijst' }, good], next: null })));
    const page = await pull(null);
    expect(page.rejections.map((rejection) => [rejection.code, rejection.detail])).toEqual([
      ['invalid-record', 'envelope: data: een lijst verwacht'],
    ]);
    expect(page.results.length + Object.values(page.skipped ?? {}).reduce((a, b) => a + b, 0)).toBe(good?.data.length);
  });
});

describe('caliper adapter: robustness', () => {
  it('a timeout gives AdapterError timeout naming the page', async () => {
    server.use(
      http.get(ENVELOPES, async () => {
        await delay(2_000);
        return HttpResponse.json({ envelopes: [], next: null });
      }),
    );
    const error = await caught(pull(null, { on: make({ timeoutMs: 50, retries: 0 }) }));
    expect([error.code, error.page]).toEqual(['timeout', 'pagina 1']);
  });

  it('waits out a 429 for as long as Retry-After says, then reads the page', async () => {
    server.use(
      http.get(ENVELOPES, () => HttpResponse.json({ error: 'slow down' }, { status: 429, headers: { 'Retry-After': '2' } }), { once: true }),
    );
    const page = await pull(null);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2_000]);
    expect(page.progress.fetched).toBeGreaterThan(0);
  });

  it('retries a 5xx with capped exponential backoff, then gives up with a server error', async () => {
    server.use(http.get(ENVELOPES, () => HttpResponse.json({ error: 'down' }, { status: 503 })));
    const error = await caught(pull(null, { on: make({ backoffMs: 500, maxBackoffMs: 1_500, retries: 4 }) }));
    expect([error.code, error.status, error.page]).toEqual(['server', 503, 'pagina 1']);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([500, 1_000, 1_500, 1_500]);
    expect(requests).toBe(5);
  });

  it('a 401 once: re-authenticates and reads the page', async () => {
    server.use(http.get(ENVELOPES, () => HttpResponse.json({ error: 'expired' }, { status: 401 }), { once: true }));
    const page = await pull(null);
    expect(page.progress.fetched).toBeGreaterThan(0);
    expect(requests).toBe(2);
  });

  it('a 401 twice on a page is a clear unauthorized error, not retried further', async () => {
    const error = await caught(pull(null, { config: { ...config, credentials: { type: 'bearer', token: 'verlopen' } } }));
    expect([error.code, error.status, error.page]).toEqual(['unauthorized', 401, 'pagina 1']);
    expect(error.detail).toContain('ook na opnieuw aanmelden');
    expect(requests).toBe(2);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('a truncated page is invalid-payload naming that page; the page before it was read and kept', async () => {
    const first = await pull(null);
    server.use(
      http.get(
        ENVELOPES,
        () => new HttpResponse('{"envelopes": [{"sensor": "https://x', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await caught(pull(first.nextCursor, { fetchedSoFar: first.progress.fetched }));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 2 (na e-100)']);
    expect(first.results.length).toBeGreaterThan(0);
  });

  it('a page of the wrong shape is invalid-payload naming the field', async () => {
    server.use(http.get(ENVELOPES, () => HttpResponse.json({ envelopes: 'geen', next: 5 })));
    const error = await caught(pull(null));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 1']);
    expect(error.detail).toContain('envelopes');
  });

  it('a next cursor equal to the current one, or to one read earlier in the run, is a pagination loop', async () => {
    const first = await pull(null);
    const second = await pull(first.nextCursor);
    // The store now answers 'after e-100' with e-100 again, and 'after e-200' with e-100.
    server.use(
      http.get(ENVELOPES, ({ request }) => {
        const after = new URL(request.url).searchParams.get('after');
        return after === 'e-100' || after === 'e-200' ? HttpResponse.json({ envelopes: [], next: 'e-100' }) : undefined;
      }),
    );
    const self = await caught(pull(first.nextCursor));
    expect([self.code, self.page]).toEqual(['pagination-loop', 'pagina 2 (na e-100)']);
    const back = await caught(pull(second.nextCursor));
    expect([back.code, back.page]).toEqual(['pagination-loop', 'pagina 3 (na e-200)']);
  });

  it('an abort before or during a request gives AdapterError aborted', async () => {
    const before = new AbortController();
    before.abort();
    expect((await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: before.signal }))).code).toBe('aborted');
    server.use(
      http.get(ENVELOPES, async () => {
        await delay(2_000);
        return HttpResponse.json({ envelopes: [], next: null });
      }),
    );
    const during = new AbortController();
    setTimeout(() => during.abort(), 30);
    expect((await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: during.signal }))).code).toBe('aborted');
  });

  it('a cursor it did not write is a config error', async () => {
    expect((await caught(pull('e-100'))).code).toBe('config');
  });
});
