// The demo's worker requests made by the page (page-fetch.ts, decision 052): over comlink on a
// MessageChannel, answered by MSW (node) as the page's own requests are in the demo.
import * as Comlink from 'comlink';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '@/adapters/registry';
import { createConnectorSyncApi } from '@/ingest/connector-sync.api';
import { fetchThroughPage, pageFetcher, type PageFetcher } from '@/ingest/page-fetch';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';
import { server } from '../../../mocks/node';
import { DEMO_IDENTITY } from '../../../mocks/demo-identity';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';
import { SOMMENSPOOR_SOURCE } from '../../support/sommenspoor-source';

const ECHO = 'https://echo.example/token';
const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
  vi.unstubAllGlobals();
});

/** The page's fetcher behind comlink, and the worker's fetch over it; `seen` counts the page's requests. */
function relay() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const here = globalThis.fetch.bind(globalThis);
  const seen: string[] = [];
  Comlink.expose(
    pageFetcher((input, init) => {
      seen.push(String(input));
      return here(input, init);
    }),
    port1,
  );
  return { fetch: fetchThroughPage(Comlink.wrap<PageFetcher>(port2)), seen };
}

describe("a worker's fetch made by the page", () => {
  it('gives the status, headers and body the page got, and sends the headers and a form body', async () => {
    const { fetch, seen } = relay();
    server.use(
      http.post(ECHO, async ({ request }) =>
        HttpResponse.json(
          { type: request.headers.get('content-type'), auth: request.headers.get('authorization'), body: await request.text() },
          { headers: { 'X-Echo': 'ja' } },
        ),
      ),
    );

    const ok = await fetch(`${SOMMENSPOOR_DEMO.endpoint}/ping`, { headers: { Authorization: `Bearer ${SOMMENSPOOR_DEMO.credentials.token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok' });
    const refused = await fetch(`${SOMMENSPOOR_DEMO.endpoint}/ping`, { headers: { Authorization: 'Bearer verkeerd' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('sommenspoor');
    const echoed = await fetch(ECHO, {
      method: 'POST',
      headers: { Authorization: 'Basic eDp5' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(echoed.headers.get('x-echo')).toBe('ja');
    expect(await echoed.json()).toEqual({
      type: expect.stringContaining('application/x-www-form-urlencoded'),
      auth: 'Basic eDp5',
      body: 'grant_type=client_credentials',
    });
    expect(seen).toEqual([`${SOMMENSPOOR_DEMO.endpoint}/ping`, `${SOMMENSPOOR_DEMO.endpoint}/ping`, ECHO]);
  });

  it('rejects as fetch does: on a network error, and at once on an abort, which aborts the page’s request too', async () => {
    const { fetch } = relay();
    let pageSignal: AbortSignal | null = null;
    server.use(
      http.get('https://kapot.example/', () => HttpResponse.error()),
      http.get('https://traag.example/', ({ request }) => {
        pageSignal = request.signal;
        return new Promise<never>(() => undefined);
      }),
    );

    await expect(fetch('https://kapot.example/')).rejects.toThrow();
    const controller = new AbortController();
    const slow = fetch('https://traag.example/', { signal: controller.signal });
    await vi.waitFor(() => expect(pageSignal).not.toBeNull());
    controller.abort();
    await expect(slow).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(pageSignal?.aborted).toBe(true));
  });

  it('a connector sync over it stores what a sync with its own fetch stores', async () => {
    const { fetch, seen } = relay();
    vi.stubGlobal('fetch', fetch);
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const id = SOMMENSPOOR_SOURCE.id;
    await saveSource(db, SOMMENSPOOR_SOURCE);
    const api = createConnectorSyncApi({ dbOf: () => db, adapterFor });
    const job = {
      run: 1,
      dbName: db.name,
      sourceId: id,
      credentials: SOMMENSPOOR_DEMO.credentials,
      now: DEMO_IDENTITY.today,
      retentionNow: DEMO_IDENTITY.today,
    };

    const synced = await api.syncConnector(job);

    if (!synced.ok) throw new Error(`sync failed: ${JSON.stringify(synced.failure)}`);
    expect(synced.summary.added).toBeGreaterThan(100);
    expect(await db.results.count()).toBe(synced.summary.added);
    expect(seen.length).toBeGreaterThanOrEqual(synced.summary.pages);
  });
});
