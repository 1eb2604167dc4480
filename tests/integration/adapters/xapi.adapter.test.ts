import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { LRS_DEMO } from '../../../mocks/suppliers/lrs/lrs.demo';
import { lrsData } from '../../../mocks/suppliers/lrs/lrs.generator';
import { lrsHandlers } from '../../../mocks/suppliers/lrs/lrs.handlers';
import { ARITHMETIC_STRANDS, KOMPAS_UNMAPPED_ACTIVITY, LRS_DEMO_MAPPING, SLO_ARITHMETIC_DOMAINS } from '../../../mocks/suppliers/lrs/lrs.mapping';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Page, SourceConfig } from '@/adapters/port';
import { createXapiAdapter } from '@/adapters/xapi/xapi.adapter';
import { OVERLAP_MS } from '@/adapters/xapi/xapi.mark';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';

const BASE = LRS_DEMO.endpoint;
const STATEMENTS = `${BASE}/statements`;
const MORE = `${BASE}/statements/more/:token`;
const config: SourceConfig = { source: sourceId('lrs-test'), endpoint: BASE, credentials: LRS_DEMO.credentials, mapping: LRS_DEMO_MAPPING };
const wrong: SourceConfig = { ...config, credentials: { type: 'basic', username: 'leerzicht-demo', password: 'fout' } };

/** The curriculum stand-in: an SLO domain UUID -> that strand's 1F goal. */
const resolveSloIds = (uuids: readonly string[]) =>
  ARITHMETIC_STRANDS.filter((strand) => uuids.includes(SLO_ARITHMETIC_DOMAINS[strand])).map((strand) => goalId(`rekenen.${strand}.1f`));
const noWait = vi.fn(async (_ms: number) => {});
const adapter = createXapiAdapter({ fetchOptions: { sleep: noWait, timeoutMs: 5_000 }, resolveSloIds, now: () => new Date('2026-07-03T14:00:00Z') });
const signal = () => new AbortController().signal;
const pull = (cursor: string | null, options?: Record<string, unknown>, fetchedSoFar = 0) =>
  adapter.pullPage({ config: options ? { ...config, options } : config, cursor, fetchedSoFar, signal: signal() });

async function pullAll(options?: Record<string, unknown>) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  let last: string | null = null;
  do {
    const page: Page = await pull(cursor, options, pages.at(-1)?.progress.fetched ?? 0);
    pages.push(page);
    cursor = page.nextCursor;
    if (cursor !== null) last = cursor;
  } while (cursor !== null && pages.length < 100);
  return { pages, last };
}

async function caught(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AdapterError)) throw new Error(`expected an AdapterError, got ${String(error)}`);
  return error;
}

const verbOf = (statement: Record<string, unknown>) =>
  String((statement['verb'] as { id: string }).id)
    .split('/')
    .at(-1);
const { all, voided, mbox } = lrsData();
const visible = all.filter((statement) => !voided.has(statement.id));

beforeEach(() => {
  server.use(...lrsHandlers);
  noWait.mockClear();
});
afterEach(() => {
  server.events.removeAllListeners();
});

describe('xapi adapter: connection test', () => {
  it('is ok with the demo credentials', async () => {
    expect(await adapter.testConnection(config, signal())).toEqual({
      ok: true,
      detail: { code: 'xapi', params: { versions: '1.0.3, 1.0.2, 1.0.1, 1.0.0', host: 'lrs.demo-schoolbestuur.example' } },
    });
  });

  it('reports unauthorized for a wrong secret, after one re-authentication', async () => {
    let asked = 0;
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/statements')) asked += 1;
    });
    const check = await adapter.testConnection(wrong, signal());
    expect(check.ok ? null : [check.error.code, check.error.status]).toEqual(['unauthorized', 401]);
    expect(asked).toBe(2);
  });

  it('refuses credentials of another type and bad options as config errors', async () => {
    const bearer = await adapter.testConnection({ ...config, credentials: { type: 'bearer', token: 'x' } }, signal());
    expect(bearer.ok ? null : bearer.error.code).toBe('config');
    const window = await caught(pull(null, { since: '2026-05-01T00:00:00Z', until: '2026-01-01T00:00:00Z' }));
    expect([window.code, window.detail]).toEqual(['config', 'opties: until: since moet voor until liggen']);
    expect((await caught(pull(null, { limit: 0 }))).code).toBe('config');
  });
});

describe('xapi adapter: reading the demo LRS', () => {
  it('reads every statement once: results, rejections, skips and voids', async () => {
    const { pages } = await pullAll();
    const results = pages.flatMap((page) => page.results);
    const scored = visible.filter((statement) => ['passed', 'failed'].includes(verbOf(statement) ?? '') && !mbox.has(statement.id));
    expect(pages).toHaveLength(Math.ceil(visible.length / 500) + 1); // + the empty incremental check at the end
    expect(pages.at(-1)?.progress).toEqual({ fetched: visible.length, total: null });
    expect(results.map((result) => result.recordId).sort()).toEqual(scored.map((statement) => statement.id).sort());
    expect(new Set(results.map((result) => result.id)).size).toBe(results.length);
    // The demo's pseudonyms arrive as account names under https://demo.invalid: they are the pupils' refs as they are.
    expect(new Set(results.map((result) => result.pupil))).toEqual(new Set(DEMO_PUPILS.map((pupil) => pupil.ref)));

    const rejections = pages.flatMap((page) => page.rejections);
    expect(rejections.map((rejection) => [rejection.recordId, rejection.code]).sort()).toEqual([...mbox].map((id) => [id, 'not-a-pseudonym']).sort());
    expect(pages.flatMap((page) => page.voids ?? []).sort()).toEqual([...voided].map((id) => resultIdOf(config.source, id)).sort());
    const skipped: Record<string, number> = {};
    for (const page of pages) for (const [verb, count] of Object.entries(page.skipped ?? {})) skipped[verb] = (skipped[verb] ?? 0) + count;
    const count = (verb: string) => visible.filter((statement) => verbOf(statement) === verb).length;
    expect(skipped).toEqual({ launched: count('launched'), initialized: count('initialized'), terminated: count('terminated') });
  });

  it('maps goals by the table, by SLO ids, or not at all; keeps cmi5 retakes as separate attempts', async () => {
    const { pages } = await pullAll();
    const results = pages.flatMap((page) => page.results);
    const byCode = (part: string) => results.filter((result) => result.code.includes(part));
    expect(byCode('rekenen-getallen-1f').every((result) => result.goals.join() === 'rekenen.getallen.1f')).toBe(true);
    expect(byCode('lezen-fictie-2f').every((result) => result.goals.join() === 'lezen.fictie.2f')).toBe(true);
    const mixed = byCode('rekenen-gemengd');
    expect(mixed.length).toBeGreaterThan(50);
    expect(
      mixed.every((result) => result.goals.join() === 'rekenen.getallen.1f,rekenen.verhoudingen.1f,rekenen.meten-meetkunde.1f,rekenen.verbanden.1f'),
    ).toBe(true);
    const unmapped = byCode(KOMPAS_UNMAPPED_ACTIVITY);
    const listening = visible.filter(
      (statement) =>
        (statement['object'] as { id: string }).id === KOMPAS_UNMAPPED_ACTIVITY && ['passed', 'failed'].includes(verbOf(statement) ?? ''),
    );
    expect(unmapped.length).toBe(listening.length);
    expect(unmapped.length).toBeGreaterThanOrEqual(27); // one listening test per pupil of groep 7B, plus retakes
    expect(unmapped.every((result) => result.goals.length === 0)).toBe(true);
    expect(results.filter((result) => result.goals.length === 0)).toHaveLength(unmapped.length);
    expect(results.every((result) => result.workForm === 'test' && result.score !== null && result.durationSeconds !== null)).toBe(true);
    const retakes = results.filter((result) => result.attempt === 2);
    expect(retakes.length).toBeGreaterThan(20);
    expect(results.filter((result) => result.attempt === 1).length + retakes.length).toBe(results.length);
  });

  it('resumes from a cursor: the page after it is the same as in the first run', async () => {
    const first = await pull(null);
    const second = await pull(first.nextCursor, undefined, 500);
    const resumed = await createXapiAdapter().pullPage({ config, cursor: first.nextCursor, fetchedSoFar: 0, signal: signal() });
    expect(resumed.results.map((result) => result.id)).toEqual(second.results.map((result) => result.id));
    expect(resumed.nextCursor).toBe(second.nextCursor);
    expect(resumed.progress).toEqual({ fetched: 500, total: null });
  });

  it('after the last page, the next run asks only for statements stored later', async () => {
    const { last } = await pullAll();
    const again = await pull(last);
    expect([again.results, again.rejections, again.voids, again.nextCursor]).toEqual([[], [], [], null]);

    const fresh = {
      ...visible.find((statement) => verbOf(statement) === 'passed'),
      id: '0a305868-4258-430b-b189-887fba6b1fe3',
      stored: '2026-07-04T09:00:00.000Z',
    };
    let since: string | null = null;
    server.use(
      http.get(
        STATEMENTS,
        ({ request }) => {
          since = new URL(request.url).searchParams.get('since');
          return HttpResponse.json({ statements: [fresh], more: '' });
        },
        { once: true },
      ),
    );
    const incremental = await pull(last);
    // From the high-water mark less the overlap (xapi.mark.ts); what the overlap brings again is dropped by id.
    expect(since).toBe(new Date(Date.parse(visible.at(-1)?.stored ?? '') - OVERLAP_MS).toISOString());
    expect(incremental.results.map((result) => result.recordId)).toEqual([fresh.id]);
  });

  it('reads only the configured time window and page size, and sends the xAPI headers', async () => {
    const seen: URL[] = [];
    const versions = new Set<string | null>();
    server.events.on('request:start', ({ request }) => {
      versions.add(request.headers.get('X-Experience-API-Version'));
      seen.push(new URL(request.url));
    });
    const options = { since: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z', limit: 50 };
    const { pages } = await pullAll(options);
    const inWindow = visible.filter((statement) => statement.stored > '2026-01-01T00:00:00.000Z' && statement.stored <= '2026-02-01T00:00:00.000Z');
    expect(inWindow.length).toBeGreaterThan(100);
    expect(pages.at(-1)?.progress.fetched).toBe(inWindow.length);
    expect(pages[0]?.progress.fetched).toBe(50);
    expect(pages).toHaveLength(Math.ceil(inWindow.length / 50) + 1);
    expect(versions).toEqual(new Set(['1.0.3']));
    expect(pages.flatMap((page) => page.results).every((result) => result.time >= '2025-12-31' && result.time < '2026-02-01')).toBe(true);
    const first = seen[0];
    expect(first?.pathname).toBe('/xapi/statements');
    expect(Object.fromEntries(first?.searchParams ?? [])).toEqual({
      since: '2026-01-01T00:00:00Z',
      until: '2026-02-01T00:00:00Z',
      limit: '50',
      ascending: 'true',
    });
    expect(seen[1]?.pathname).toMatch(/^\/xapi\/statements\/more\//);
  });
});

describe('xapi adapter: filters', () => {
  it('options.registration reads one cmi5 session; options.activity one test', async () => {
    const session = visible.find((statement) => verbOf(statement) === 'failed');
    const registration = (session?.['context'] as { registration: string }).registration;
    const { pages } = await pullAll({ registration });
    const expected = visible.filter((statement) => (statement['context'] as { registration?: string } | undefined)?.registration === registration);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]?.progress.fetched).toBe(expected.length);
    expect(pages[0]?.results.map((result) => result.recordId)).toEqual(
      expected.filter((statement) => ['passed', 'failed'].includes(verbOf(statement) ?? '')).map((statement) => statement.id),
    );

    const activity = KOMPAS_UNMAPPED_ACTIVITY;
    const listening = await pullAll({ activity });
    expect(listening.pages.flatMap((page) => page.results).every((result) => result.code === activity)).toBe(true);
    expect(listening.pages[0]?.progress.fetched).toBe(visible.filter((statement) => (statement['object'] as { id: string }).id === activity).length);
  });
});

describe('xapi adapter: failures', () => {
  it('waits out a 429 for its Retry-After, then reads the page', async () => {
    server.use(http.get(STATEMENTS, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } }), { once: true }));
    const page = await pull(null);
    expect(page.progress.fetched).toBe(500);
    expect(noWait.mock.calls).toEqual([[7000, expect.any(AbortSignal)]]);
  });

  it('retries 5xx with capped exponential backoff', async () => {
    let failures = 3;
    server.use(http.get(STATEMENTS, () => (failures-- > 0 ? HttpResponse.json({ error: 'boom' }, { status: 503 }) : undefined)));
    const page = await pull(null);
    expect(page.progress.fetched).toBe(500);
    expect(noWait.mock.calls.map(([ms]) => ms)).toEqual([500, 1000, 2000]);
  });

  it('a 401 is retried once with the credentials: a passing second try reads the page', async () => {
    server.use(http.get(STATEMENTS, () => HttpResponse.json({ error: true }, { status: 401 }), { once: true }));
    expect((await pull(null)).progress.fetched).toBe(500);
  });

  it('a second 401 is unauthorized, without backoff', async () => {
    const error = await caught(adapter.pullPage({ config: wrong, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.status, error.page]).toEqual(['unauthorized', 401, 'pagina 1']);
    expect(noWait).not.toHaveBeenCalled();
  });

  it('a truncated page is invalid-payload naming the page; what came before is kept', async () => {
    const first = await pull(null);
    server.use(
      http.get(MORE, () => new HttpResponse('{"statements":[{"id":"8a69db4c-bb60-41fd', { headers: { 'Content-Type': 'application/json' } }), {
        once: true,
      }),
    );
    const error = await caught(pull(first.nextCursor, undefined, 500));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 2']);
    expect(error.detail).toContain('geen geldige JSON');
    expect(first.results.length).toBeGreaterThan(100);
    // The cursor before the broken page still works once the LRS is healthy again.
    expect((await pull(first.nextCursor, undefined, 500)).progress.fetched).toBe(1000);
  });

  it('a page of the wrong shape is invalid-payload naming the field', async () => {
    server.use(http.get(STATEMENTS, () => HttpResponse.json({ statements: 'geen', more: 5 })));
    const error = await caught(pull(null));
    expect([error.code, error.page]).toEqual(['invalid-payload', 'pagina 1']);
    expect(error.detail).toContain('statements');
  });

  it('a more link to the same page is a pagination loop', async () => {
    server.use(
      http.get(STATEMENTS, ({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.json({ statements: [], more: `${url.pathname}${url.search}` });
      }),
    );
    expect((await caught(pull(null))).code).toBe('pagination-loop');
  });

  it('a more link to another host is refused', async () => {
    server.use(http.get(STATEMENTS, () => HttpResponse.json({ statements: [], more: 'https://evil.example/xapi/statements?page=2' })));
    const error = await caught(pull(null));
    expect([error.code, error.detail]).toEqual(['invalid-payload', 'more wijst naar een andere host (evil.example)']);
  });

  it('the same statement on two pages is read once: the second copy is dropped by its statement id', async () => {
    const twice = visible.find((statement) => verbOf(statement) === 'passed' && !mbox.has(statement.id));
    server.use(
      http.get(STATEMENTS, () => HttpResponse.json({ statements: [twice], more: '/xapi/statements/more/p2' }), { once: true }),
      http.get(`${BASE}/statements/more/p2`, () => HttpResponse.json({ statements: [twice], more: '' }), { once: true }),
    );
    const first = await pull(null);
    const second = await pull(first.nextCursor, undefined, 1);
    expect(first.results.map((result) => result.id)).toEqual([resultIdOf(config.source, twice?.id ?? '')]);
    expect([second.results, second.progress.fetched]).toEqual([[], 1]);
  });

  it('an abort during a request gives aborted', async () => {
    server.use(
      http.get(STATEMENTS, async () => {
        await delay(2_000);
        return HttpResponse.json({ statements: [], more: '' });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect((await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: controller.signal }))).code).toBe('aborted');
  });

  it('an abort before the request gives aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await caught(adapter.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: controller.signal }))).code).toBe('aborted');
  });

  it('a timeout is retried and then reported', async () => {
    const quick = createXapiAdapter({ fetchOptions: { sleep: noWait, timeoutMs: 50, retries: 1 } });
    server.use(
      http.get(STATEMENTS, async () => {
        await delay(1_000);
        return HttpResponse.json({ statements: [], more: '' });
      }),
    );
    const error = await caught(quick.pullPage({ config, cursor: null, fetchedSoFar: 0, signal: signal() }));
    expect([error.code, error.page]).toEqual(['timeout', 'pagina 1']);
    expect(noWait).toHaveBeenCalledTimes(1);
  });

  it('a cursor it did not write is a config error', async () => {
    expect((await caught(pull('since=2026-01-01'))).code).toBe('config');
  });
});
