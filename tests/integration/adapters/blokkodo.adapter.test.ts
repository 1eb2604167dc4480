import { describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { BLOKKODO_DEMO } from '../../../mocks/suppliers/blokkodo/blokkodo.demo';
import { blokkodoBrokenIds, blokkodoCompletions } from '../../../mocks/suppliers/blokkodo/blokkodo.generator';
import { createBlokkodoAdapter } from '@/adapters/blokkodo/blokkodo.adapter';
import { BLOKKODO_DEFAULT_MAPPING } from '@/adapters/blokkodo/blokkodo.mapping';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Page, SourceConfig } from '@/adapters/port';
import { sourceId } from '@/domain/ids';

const COMPLETIONS = `${BLOKKODO_DEMO.endpoint}/completions`;
const config: SourceConfig = {
  source: sourceId('bk-test'),
  endpoint: BLOKKODO_DEMO.endpoint,
  credentials: BLOKKODO_DEMO.credentials,
  mapping: BLOKKODO_DEFAULT_MAPPING,
};
const noWait = vi.fn(async (_ms: number) => {});
const adapter = createBlokkodoAdapter({ fetchOptions: { sleep: noWait, timeoutMs: 5_000 }, now: () => new Date('2026-07-03T14:00:00Z') });
const signal = () => new AbortController().signal;

async function pullAll(from: string | null = null) {
  const pages: Page[] = [];
  const cursors: string[] = [];
  let cursor = from;
  let fetched = 0;
  do {
    const page = await adapter.pullPage({ config, cursor, fetchedSoFar: fetched, signal: signal() });
    pages.push(page);
    fetched = page.progress.fetched;
    cursor = page.nextCursor;
    if (cursor !== null) cursors.push(cursor);
  } while (cursor !== null && pages.length < 200);
  return { pages, cursors, fetched };
}

async function caught(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AdapterError)) throw new Error(`expected an AdapterError, got ${String(error)}`);
  return error;
}

describe('blokkodo adapter: connection test', () => {
  it('is ok with the demo credentials', async () => {
    const check = await adapter.testConnection(config, signal());
    expect(check).toEqual({ ok: true, detail: { code: 'blokkodo', params: { school: 'demo-school', classes: 3 } } });
  });

  it('reports 401 with a wrong secret, without throwing', async () => {
    const check = await adapter.testConnection({ ...config, credentials: { type: 'basic', username: 'demo-school', password: 'fout' } }, signal());
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.code).toBe('unauthorized');
    expect(check.error.status).toBe(401);
  });

  it('reports a config error for credentials of the wrong type', async () => {
    const check = await adapter.testConnection({ ...config, credentials: { type: 'bearer', token: 'x' } }, signal());
    expect(check.ok ? null : check.error.code).toBe('config');
  });
});

describe('blokkodo adapter: paging', () => {
  const all = blokkodoCompletions();

  it('reads every completion once: valid ones as results, broken ones as rejections', async () => {
    const { pages, fetched } = await pullAll();
    const results = pages.flatMap((page) => page.results);
    const rejections = pages.flatMap((page) => page.rejections);
    expect(pages).toHaveLength(Math.ceil(all.length / 250) + 1); // + the empty incremental check at the end
    expect(fetched).toBe(all.length);
    expect(results.length + rejections.length).toBe(all.length);
    expect(new Set(rejections.map((rejection) => rejection.recordId))).toEqual(blokkodoBrokenIds());
    expect(new Set(rejections.map((rejection) => rejection.code))).toEqual(
      new Set(['missing-pupil', 'invalid-score', 'invalid-time', 'invalid-record']),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
    expect(results.some((result) => result.code.startsWith('events:') && result.goals.length === 0)).toBe(true);
    expect(results.filter((result) => result.goals.length === 0).every((result) => result.code.startsWith('events:'))).toBe(true);
    expect(pages[0]?.progress).toEqual({ fetched: 250, total: all.length });
    expect(pages.at(-1)?.progress).toEqual({ fetched: all.length, total: all.length });
  });

  it('resumes from a cursor: the page after it is the same as in the first run', async () => {
    const first = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    const second = await adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 250, signal: signal() });
    const resumed = await createBlokkodoAdapter().pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 0, signal: signal() });
    expect(resumed.results.map((result) => result.id)).toEqual(second.results.map((result) => result.id));
    expect(resumed.results[0]?.recordId).toBe(all[250]?.completion_id);
    expect(resumed.nextCursor).toBe(second.nextCursor);
    expect(resumed.progress).toEqual({ fetched: 250, total: all.length - 250 });
  });

  it('after the last page, the next run asks only for newer completions', async () => {
    const { cursors } = await pullAll();
    const last = cursors.at(-1) ?? null;
    // Re-running a finished sync reads nothing.
    const again = await adapter.pullPage({ config, cursor: last, fetchedSoFar: 0, signal: signal() });
    expect(again.results).toEqual([]);
    expect(again.rejections).toEqual([]);
    expect(again.nextCursor).toBeNull();

    // A new completion arrives later: the incremental run fetches exactly that one.
    const newest = all.at(-1)?.completed_at;
    const fresh = { ...all.at(-2), completion_id: 'bk-999999', completed_at: '2026-07-04T09:00:00.000Z' };
    let asked: string | null = null;
    server.use(
      http.get(
        COMPLETIONS,
        ({ request }) => {
          asked = new URL(request.url).searchParams.get('updated_since');
          return HttpResponse.json({ results: [fresh], meta: { offset: 0, limit: 250, count: 1 }, links: { next: null } });
        },
        { once: true },
      ),
    );
    const incremental = await adapter.pullPage({ config, cursor: last, fetchedSoFar: 0, signal: signal() });
    expect(asked).toBe(newest);
    expect(incremental.results.map((result) => result.recordId)).toEqual(['bk-999999']);
    const after = await adapter.pullPage({ config, cursor: incremental.nextCursor, fetchedSoFar: 1, signal: signal() });
    expect(after.results).toEqual([]);
    expect(after.nextCursor).toBeNull();
  });

  it('honours options.pageSize', async () => {
    const page = await adapter.pullPage({ config: { ...config, options: { pageSize: 40 } }, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length + page.rejections.length).toBe(40);
  });
});

describe('blokkodo adapter: failures', () => {
  it('an abort during a request gives AdapterError aborted', async () => {
    server.use(
      http.get(COMPLETIONS, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: controller.signal }));
    expect(error.code).toBe('aborted');
  });

  it('an abort before the request gives AdapterError aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: controller.signal }))).code).toBe('aborted');
  });

  it('retries a 500 and then reads the page', async () => {
    noWait.mockClear();
    server.use(http.get(COMPLETIONS, () => HttpResponse.json({ error: 'boom' }, { status: 500 }), { once: true }));
    const page = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length + page.rejections.length).toBe(250);
    expect(noWait).toHaveBeenCalledTimes(1);
  });

  it('a page that is not the expected shape gives invalid-payload naming the page', async () => {
    const first = await adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() });
    server.use(http.get(COMPLETIONS, () => HttpResponse.json({ results: 'niets', meta: null })));
    const error = await caught(adapter.pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 250, signal: signal() }));
    expect(error.code).toBe('invalid-payload');
    expect(error.page).toBe('offset 250');
    expect(error.detail).toContain('results');
  });

  it('a body that is not JSON gives invalid-payload', async () => {
    server.use(http.get(COMPLETIONS, () => new HttpResponse('<html>onderhoud</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const error = await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('invalid-payload');
    expect(error.page).toBe('offset 0');
  });

  it('a next link to another host gives invalid-payload', async () => {
    server.use(
      http.get(COMPLETIONS, () =>
        HttpResponse.json({
          results: [],
          meta: { offset: 0, limit: 250, count: 9 },
          links: { next: 'https://evil.example/v1/completions?offset=250' },
        }),
      ),
    );
    const error = await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('invalid-payload');
    expect(error.detail).toContain('evil.example');
  });

  it('a next link to the same page gives pagination-loop', async () => {
    server.use(
      http.get(COMPLETIONS, ({ request }) =>
        HttpResponse.json({ results: [], meta: { offset: 0, limit: 250, count: 9 }, links: { next: request.url } }),
      ),
    );
    const error = await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('pagination-loop');
  });

  it('a 401 on a page is unauthorized, not retried', async () => {
    noWait.mockClear();
    const wrong: SourceConfig = { ...config, credentials: { type: 'basic', username: 'demo-school', password: 'fout' } };
    const error = await caught(adapter.pullPage({ config: wrong, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('unauthorized');
    expect(noWait).not.toHaveBeenCalled();
  });

  it('a cursor it did not write is a config error', async () => {
    expect((await caught(adapter.pullPage({ config, cursor: 'offset=5', fetchedSoFar: 0, signal: signal() }))).code).toBe('config');
  });
});
