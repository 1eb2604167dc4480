import { beforeEach, describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import type { Page, SourceConfig } from '@/adapters/port';
import { AdapterError } from '@/adapters/http/adapter-error';
import { createLeesvlinderAdapter } from '@/adapters/leesvlinder/leesvlinder.adapter';
import { endOfIsoWeek } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO, LEESVLINDER_THROTTLE_EVERY } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { leesvlinderData } from '../../../mocks/suppliers/leesvlinder/leesvlinder.generator';
import { resetLeesvlinderThrottle } from '../../../mocks/suppliers/leesvlinder/leesvlinder.handlers';

const URL_SUMMARIES = `${LEESVLINDER_DEMO.endpoint}/weekly-summaries`;
const sleep = vi.fn(async (_ms: number, _signal?: AbortSignal) => {});
const adapter = createLeesvlinderAdapter({ fetchOptions: { sleep, timeoutMs: 5_000 } });
const config = (overrides: Partial<SourceConfig> = {}): SourceConfig => ({
  source: sourceId('leesvlinder'),
  endpoint: LEESVLINDER_DEMO.endpoint,
  credentials: LEESVLINDER_DEMO.credentials,
  mapping: LEESVLINDER_DEFAULT_MAPPING,
  ...overrides,
});
const signal = () => new AbortController().signal;
const pull = (cursor: string | null, cfg = config()) => adapter.pullPage({ config: cfg, cursor, fetchedSoFar: 0, signal: signal() });

/** Pulls pages as the sync does, until nextCursor is null; `last` is the cursor the sync would keep. */
async function pullAll(cfg: SourceConfig, from: string | null = null, maxPages = 500) {
  const pages: Page[] = [];
  let cursor = from;
  let last = from;
  do {
    const page = await adapter.pullPage({ config: cfg, cursor, fetchedSoFar: pages.at(-1)?.progress.fetched ?? 0, signal: signal() });
    pages.push(page);
    if (page.nextCursor !== null) last = page.nextCursor;
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < maxPages);
  return { pages, last, results: pages.flatMap((p) => p.results), rejections: pages.flatMap((p) => p.rejections) };
}

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
};

const data = leesvlinderData();
const validIds = data.items.filter((item) => !data.broken.has(item.id)).map((item) => `leesvlinder|${item.id}`);
const newestWeek = data.items.reduce((newest, item) => (endOfIsoWeek(item.week) !== null && item.week > newest ? item.week : newest), '');
const newestWeekItems = data.items.filter((item) => item.week >= newestWeek);

beforeEach(() => {
  resetLeesvlinderThrottle();
  sleep.mockClear();
});

describe('leesvlinder adapter: connection', () => {
  it('tests the connection with the API key and reports a wrong key as 401', async () => {
    expect(await adapter.testConnection(config(), signal())).toEqual({
      ok: true,
      detail: { code: 'school', params: { school: LEESVLINDER_DEMO.school } },
    });
    const wrong = await adapter.testConnection(config({ credentials: { type: 'api-key', header: 'X-Api-Key', key: 'nope' } }), signal());
    expect(wrong.ok ? null : [wrong.error.code, wrong.error.status]).toEqual(['unauthorized', 401]);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('reports credentials of the wrong kind as a config error without a request, and the API answers 401 with a JSON body without a key', async () => {
    const none = await adapter.testConnection(config({ credentials: { type: 'none' } }), signal());
    expect(none.ok ? null : none.error.code).toBe('config');
    const response = await fetch(`${LEESVLINDER_DEMO.endpoint}/account`);
    expect([response.status, await response.json()]).toEqual([401, { error: 'invalid_api_key' }]);
  });
});

describe('leesvlinder adapter: paging', () => {
  it('reads every page: exactly the generator count of results plus rejections, then re-reads only the newest week', async () => {
    const { pages, results, rejections } = await pullAll(config());
    // The full read ends where progress reaches the total; the tail read for the next sync follows.
    const fullEnd = pages.findIndex((page) => page.progress.fetched === data.items.length);
    expect(fullEnd).toBe(Math.ceil(data.items.length / 250) - 1);
    const full = pages.slice(0, fullEnd + 1);
    expect(full.every((page) => page.progress.total === data.items.length)).toBe(true);
    const fullResults = full.flatMap((page) => page.results);
    const fullRejections = full.flatMap((page) => page.rejections);
    expect(fullResults.length + fullRejections.length).toBe(data.items.length);
    expect(fullResults.map((result) => result.id)).toEqual(validIds);
    expect(new Map(fullRejections.map((rejection) => [rejection.recordId, rejection.code]))).toEqual(data.broken);
    // The tail: the newest week once more (the same ids, stored once), and then the end.
    const tail = pages.slice(fullEnd + 1);
    expect(tail.flatMap((page) => page.results).length + tail.flatMap((page) => page.rejections).length).toBe(newestWeekItems.length);
    expect(results.length + rejections.length).toBe(data.items.length + newestWeekItems.length);
    expect(new Set(results.map((result) => result.id)).size).toBe(validIds.length);
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it('waits out the 429 of every 5th page for the 1 second its Retry-After names', async () => {
    const { pages } = await pullAll(config());
    const fullPages = Math.ceil(data.items.length / 250);
    expect(pages.length).toBe(fullPages + 1);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual(Array.from({ length: Math.floor(fullPages / LEESVLINDER_THROTTLE_EVERY) }, () => 1000));
  });

  it('resumes from a cursor: the rest of the pages, no page twice', async () => {
    const first = await pullAll(config(), null, 3);
    const rest = await pullAll(config(), first.last);
    const fullRest = rest.results.slice(0, rest.results.length - newestWeekItems.filter((item) => !data.broken.has(item.id)).length);
    expect([...first.results, ...fullRest].map((result) => result.id)).toEqual(validIds);
  });

  it('after a finished sync, the kept cursor reads only the newest week, then nothing more', async () => {
    const full = await pullAll(config());
    const again = await pullAll(config(), full.last);
    expect(again.pages).toHaveLength(1);
    expect(again.results.length + again.rejections.length).toBe(newestWeekItems.length);
    expect(new Set(again.results.map((result) => result.time))).toEqual(new Set([endOfIsoWeek(newestWeek)]));
    expect(again.pages[0]?.nextCursor).toBeNull();
  });

  it('a new week after a finished sync is read by the next one, from the newest week on', async () => {
    const full = await pullAll(config());
    const fresh = { ...data.items[0], id: 'lv-w-new-1', week: '2026-W28' };
    server.use(
      http.get(URL_SUMMARIES, ({ request }) => {
        const fromWeek = new URL(request.url).searchParams.get('from_week') ?? '';
        const items = [...data.items, fresh].filter((item) => item.week >= fromWeek);
        return HttpResponse.json({ page: 1, per_page: 250, total_pages: 1, total_items: items.length, items });
      }),
    );
    const next = await pullAll(config(), full.last);
    const ids = next.results.map((result) => result.id);
    expect(ids).toContain('leesvlinder|lv-w-new-1');
    expect(next.results.every((result) => result.time >= (endOfIsoWeek(newestWeek) ?? ''))).toBe(true);
    expect(next.pages.at(-1)?.nextCursor).toBeNull();
  });
});

describe('leesvlinder adapter: failures', () => {
  it('stops with "aborted" when the sync is cancelled, before or during a request', async () => {
    const before = new AbortController();
    before.abort();
    const early = await failureOf(adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: before.signal }));
    expect(early.code).toBe('aborted');

    server.use(
      http.get(URL_SUMMARIES, async () => {
        await delay(2_000);
        return HttpResponse.json({ page: 1, per_page: 250, total_pages: 1, items: [] });
      }),
    );
    const during = new AbortController();
    const pending = adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: during.signal });
    setTimeout(() => during.abort(), 20);
    expect((await failureOf(pending)).code).toBe('aborted');
  });

  it('retries a 500 once with backoff and then reads the page', async () => {
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ error: 'oops' }, { status: 500 }), { once: true }));
    const page = await pull(null);
    expect(page.results.length + page.rejections.length).toBe(250);
    expect(sleep.mock.calls).toEqual([[500, expect.any(AbortSignal)]]);
  });

  it('does not retry a 401 while paging', async () => {
    const error = await failureOf(pull(null, config({ credentials: { type: 'api-key', header: 'X-Api-Key', key: 'wrong' } })));
    expect([error.code, error.status]).toEqual(['unauthorized', 401]);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('an invalid page fails with an error that names the page', async () => {
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ page: 1, items: 'nope' }), { once: true }));
    const error = await failureOf(pull(null));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 1']);

    server.use(
      http.get(URL_SUMMARIES, () => new HttpResponse('<html>maintenance</html>', { headers: { 'Content-Type': 'text/html' } }), { once: true }),
    );
    const notJson = await failureOf(pull(null));
    expect([notJson.code, notJson.page]).toEqual(['invalid-payload', 'pagina 1']);
  });

  it('detects a pagination loop: a server that answers page 1 whatever page is asked', async () => {
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ page: 1, per_page: 250, total_pages: 3, items: [] })));
    const first = await pull(null);
    expect(first.nextCursor).not.toBeNull();
    const error = await failureOf(pull(first.nextCursor));
    expect([error.code, error.page]).toEqual(['pagination-loop', 'pagina 2']);
  });

  it('rejects a cursor it did not write', async () => {
    expect((await failureOf(pull('{"bad":1}'))).code).toBe('config');
    expect((await failureOf(pull('not json'))).code).toBe('config');
  });

  it('maps skills and levels through the table; vocabulary stays unmapped but kept', async () => {
    const { results } = await pullAll(config());
    const byCode = new Map(results.map((result) => [result.code, result.goals]));
    expect(byCode.get('BEGRIP:Cocon')).toEqual(['lezen.zakelijk.1f']);
    expect(byCode.get('VERHAAL:Zwaluwstaart')).toEqual(['lezen.fictie.1s']);
    const vocabulary = [...byCode].filter(([code]) => code.startsWith('WOORDENSCHAT:'));
    expect(vocabulary.length).toBeGreaterThan(0);
    expect(vocabulary.every(([, goals]) => goals.length === 0)).toBe(true);
  });
});
