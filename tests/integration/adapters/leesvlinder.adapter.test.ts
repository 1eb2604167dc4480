import { beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import type { Page, SourceConfig } from '@/adapters/port';
import { AdapterError } from '@/adapters/http/adapter-error';
import { createLeesvlinderAdapter } from '@/adapters/leesvlinder/leesvlinder.adapter';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
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

async function pullAll(cfg: SourceConfig, from: string | null = null) {
  const pages: Page[] = [];
  const asked: (string | null)[] = [];
  let cursor = from;
  let fetched = 0;
  let last: string | null = from;
  do {
    asked.push(cursor);
    const page = await adapter.pullPage({ config: cfg, cursor, fetchedSoFar: fetched, signal: signal() });
    pages.push(page);
    fetched = page.progress.fetched;
    if (page.nextCursor !== null) last = page.nextCursor;
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 500);
  return { pages, asked, last, results: pages.flatMap((p) => p.results), rejections: pages.flatMap((p) => p.rejections) };
}

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
};

beforeEach(() => {
  resetLeesvlinderThrottle();
  sleep.mockClear();
});

describe('leesvlinder adapter', () => {
  it('tests the connection with the API key and reports a wrong key as 401', async () => {
    expect(await adapter.testConnection(config(), signal())).toEqual({ ok: true, detail: LEESVLINDER_DEMO.school });
    const wrong = await adapter.testConnection(config({ credentials: { type: 'api-key', header: 'X-Api-Key', key: 'nope' } }), signal());
    expect(wrong.ok ? null : [wrong.error.code, wrong.error.status]).toEqual(['unauthorized', 401]);
  });

  it('reads every page, waits out the 429s for the Retry-After they name, and keeps every summary or rejects it with a reason', async () => {
    const data = leesvlinderData();
    const { results, rejections, pages } = await pullAll(config());
    const brokenIds = [...data.broken.keys()].sort();
    // The tail read at the end re-reads the newest week: the same records, the same ids (stored once).
    expect([...new Set(rejections.map((rejection) => rejection.recordId))].sort()).toEqual(brokenIds);
    expect(new Set(results.map((result) => result.id)).size).toBe(data.items.length - brokenIds.length);
    // Every 5th page was throttled once, with Retry-After: 1 second.
    expect(sleep).toHaveBeenCalled();
    expect(sleep.mock.calls.every(([ms]) => ms === 1000)).toBe(true);
    expect(pages.length).toBeGreaterThan(5);
  });

  it('maps skills and levels through the table; vocabulary stays unmapped but stored', async () => {
    const { results } = await pullAll(config());
    const byCode = new Map(results.map((result) => [result.code, result.goals]));
    expect(byCode.get('BEGRIP:Cocon')).toEqual(['lezen.zakelijk.1f']);
    expect(byCode.get('VERHAAL:Zwaluwstaart')).toEqual(['lezen.fictie.1s']);
    expect([...byCode].filter(([code]) => code.startsWith('WOORDENSCHAT')).every(([, goals]) => goals.length === 0)).toBe(true);
    expect([...byCode.keys()].some((code) => code.startsWith('WOORDENSCHAT'))).toBe(true);
  });

  it('resumes from a tail cursor: a finished sync re-reads only the newest week and then stops', async () => {
    const full = await pullAll(config());
    const again = await pullAll(config(), full.last);
    const newestWeek = leesvlinderData().items.reduce((a, item) => (item.week > a && item.week < '2030' && item.week !== '2025-W99' ? item.week : a), '');
    expect(again.results.length).toBeGreaterThan(0);
    expect(again.results.length).toBeLessThan(400);
    expect(again.pages.at(-1)?.nextCursor).toBeNull();
    expect(new Set(again.results.map((result) => result.time.slice(0, 10))).size).toBe(1);
    expect(newestWeek).toMatch(/^2026-W/);
  });

  it('an invalid page fails with an error that names the page', async () => {
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ page: 1, items: 'nope' }), { once: true }));
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 1']);
  });

  it('retries a 500 with backoff, and gives up on a page that keeps answering with the same page number', async () => {
    server.use(http.get(URL_SUMMARIES, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const page = await adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: signal() });
    expect(page.results.length).toBeGreaterThan(0);
    expect(sleep).toHaveBeenCalledWith(500, expect.anything());

    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ page: 1, per_page: 1, total_pages: 3, items: [] })));
    const second = JSON.stringify({ v: 1, page: 2, fromWeek: null, tail: false });
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: second, fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('invalid-payload');
  });

  it('stops with "aborted" when the sync is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: null, fetchedSoFar: 0, signal: controller.signal }));
    expect(error.code).toBe('aborted');
  });

  it('rejects a cursor it did not write', async () => {
    const error = await failureOf(adapter.pullPage({ config: config(), cursor: '{"bad":1}', fetchedSoFar: 0, signal: signal() }));
    expect(error.code).toBe('config');
  });
});
