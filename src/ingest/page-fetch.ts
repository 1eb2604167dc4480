/**
 * Demo mode only (decision 052): the file worker's requests made by the page instead. MSW's service
 * worker answers a dedicated worker's request only through a *visible* window (mockServiceWorker.js
 * `resolveMainClient`); while the demo's tab is in the background such a request would go to the
 * network and fail. A request the page makes is answered by MSW whether the tab shows or not. The
 * worker still does the rest (parsing, validating, mapping, storing); the page only fetches and hands
 * over the body's bytes (transferred, not copied). Outside the demo the worker fetches itself.
 */
import * as Comlink from 'comlink';

export interface PageRequest {
  readonly id: number;
  readonly url: string;
  readonly method: string;
  readonly headers: [string, string][];
  readonly body: string | null;
}

export interface PageResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: ArrayBuffer;
}

/** The page's side: fetches for the worker (MSW answers in the demo). */
export interface PageFetcher {
  fetch(request: PageRequest): Promise<PageResponse>;
  abort(id: number): void;
}

export function pageFetcher(fetchHere: typeof fetch = (...args) => fetch(...args)): PageFetcher {
  const running = new Map<number, AbortController>();
  return {
    async fetch({ id, url, method, headers, body }) {
      const controller = new AbortController();
      running.set(id, controller);
      try {
        const response = await fetchHere(url, { method, headers, ...(body === null ? {} : { body }), signal: controller.signal });
        const bytes = await response.arrayBuffer();
        const answer: PageResponse = { status: response.status, statusText: response.statusText, headers: [...response.headers], body: bytes };
        return Comlink.transfer(answer, [bytes]);
      } finally {
        running.delete(id);
      }
    },
    abort(id) {
      running.get(id)?.abort();
    },
  };
}

/** Statuses whose response has no body (a Response made with one throws). */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/** The worker's side: a `fetch` that asks the page, aborted as a fetch is (the page's request too). */
export function fetchThroughPage(page: PageFetcher | Comlink.Remote<PageFetcher>): typeof fetch {
  let last = 0;
  return async (input, init) => {
    const request = new Request(input, init);
    const signal = init?.signal ?? null;
    if (signal?.aborted) throw abortError();
    const id = (last += 1);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    let onAbort = () => undefined as void;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        void Promise.resolve(page.abort(id)).catch(() => undefined);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const answer = await Promise.race([page.fetch({ id, url: request.url, method: request.method, headers: [...request.headers], body }), aborted]);
      return new Response(NO_BODY.has(answer.status) ? null : answer.body, {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
