import { parseJsonText } from '../shared/json-text';
import type { Parser } from '../shared/guards';
import { AdapterError } from './adapter-error';

export interface FetchOptions {
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | URLSearchParams;
  readonly signal?: AbortSignal;
  /** Per attempt. Default 15 s. */
  readonly timeoutMs?: number;
  /** Retries after a 429, a 5xx or a network failure. Default 4. */
  readonly retries?: number;
  /** First backoff step; doubles per retry, capped at maxBackoffMs. Default 500 ms. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Longest Retry-After we honour before giving up with 'rate-limited'. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** Names the page in errors ("pagina 3", a cursor). */
  readonly page?: string;
  /** Injected for tests; defaults to the global fetch and setTimeout. */
  readonly fetchImpl?: typeof fetch;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const DEFAULTS = { timeoutMs: 15_000, retries: 4, backoffMs: 500, maxBackoffMs: 8_000, maxRetryAfterMs: 60_000 };

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AdapterError('aborted', 'afgebroken'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AdapterError('aborted', 'afgebroken'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds or an HTTP date, as RFC 9110 allows. Returns milliseconds, or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function statusError(status: number, path: string, page: string | null): AdapterError {
  if (status === 401) return new AdapterError('unauthorized', `HTTP 401 ${path}`, status, page);
  if (status === 403) return new AdapterError('forbidden', `HTTP 403 ${path}`, status, page);
  if (status === 404) return new AdapterError('not-found', `HTTP 404 ${path}`, status, page);
  if (status === 429) return new AdapterError('rate-limited', `HTTP 429 ${path}`, status, page);
  if (status >= 500) return new AdapterError('server', `HTTP ${status} ${path}`, status, page);
  return new AdapterError('invalid-payload', `HTTP ${status} ${path}`, status, page);
}

const pathOf = (url: string) => {
  try {
    const parsed = new URL(url, 'http://local');
    return parsed.pathname;
  } catch {
    return '(ongeldige url)';
  }
};

/** One attempt with its own timeout, joined to the caller's signal. */
async function attempt(url: string, options: FetchOptions, timeoutMs: number): Promise<Response> {
  if (options.signal?.aborted) throw new AdapterError('aborted', 'afgebroken', null, options.page ?? null);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new AdapterError('timeout', `${timeoutMs} ms`)), timeoutMs);
  try {
    const init: RequestInit = { method: options.method ?? 'GET', signal: controller.signal };
    if (options.headers) init.headers = { ...options.headers };
    if (options.body !== undefined) init.body = options.body;
    return await (options.fetchImpl ?? fetch)(url, init);
  } catch (error) {
    if (options.signal?.aborted) throw new AdapterError('aborted', 'afgebroken', null, options.page ?? null);
    if (controller.signal.aborted) {
      throw new AdapterError('timeout', `geen antwoord binnen ${timeoutMs} ms: ${pathOf(url)}`, null, options.page ?? null);
    }
    // fetch rejects with a TypeError for DNS failures, refused connections and CORS blocks alike.
    throw new AdapterError('unreachable', `${pathOf(url)}: ${(error as Error).message}`, null, options.page ?? null);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The one fetch helper: timeout per attempt, retries with capped exponential backoff for
 * 5xx and network failures, Retry-After for 429, typed errors. Returns the Response of a 2xx.
 */
export async function fetchWithRetry(url: string, options: FetchOptions = {}): Promise<Response> {
  const o = { ...DEFAULTS, ...options };
  const wait = options.sleep ?? sleep;
  const page = options.page ?? null;
  for (let retry = 0; ; retry += 1) {
    let response: Response | null = null;
    let failure: AdapterError;
    try {
      response = await attempt(url, options, o.timeoutMs);
      if (response.ok) return response;
      failure = statusError(response.status, pathOf(url), page);
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error;
      failure = error;
    }
    const retryable = failure.code === 'server' || failure.code === 'rate-limited' || failure.code === 'unreachable' || failure.code === 'timeout';
    if (!retryable || retry >= o.retries) throw failure;
    let delay = Math.min(o.maxBackoffMs, o.backoffMs * 2 ** retry);
    if (failure.code === 'rate-limited') {
      const retryAfter = parseRetryAfter(response?.headers.get('Retry-After') ?? null);
      if (retryAfter !== null && retryAfter > o.maxRetryAfterMs) throw failure;
      if (retryAfter !== null) delay = retryAfter;
    }
    await wait(delay, options.signal);
  }
}

/** fetchWithRetry + JSON parse + zod validation of the envelope (or a guarded schema, shared/guards.ts). Records inside are validated one by one by the caller. */
export async function fetchJson<T>(url: string, schema: Parser<T>, options: FetchOptions = {}): Promise<T> {
  return (await fetchJsonWithHeaders(url, schema, options)).body;
}

/** fetchJson, with the response's headers (an xAPI LRS says in one how far its answer is complete). */
export async function fetchJsonWithHeaders<T>(
  url: string,
  schema: Parser<T>,
  options: FetchOptions = {},
): Promise<{ readonly body: T; readonly headers: Headers }> {
  const response = await fetchWithRetry(url, options);
  const page = options.page ?? null;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw new AdapterError('aborted', 'afgebroken', null, page);
    throw new AdapterError('unreachable', `${pathOf(url)}: antwoord afgebroken (${(error as Error).name})`, response.status, page);
  }
  // The place of a syntax error, never the text around it (the parser's message quotes it; it may hold a name).
  const json = parseJsonText(text);
  if (!json.ok) throw new AdapterError('invalid-payload', `geen geldige JSON (${pathOf(url)}): ${json.place}`, response.status, page);
  const body = json.value;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'onbekend';
    throw new AdapterError('invalid-payload', `onverwacht antwoord (${pathOf(url)}) ${where}`, response.status, page);
  }
  return { body: parsed.data, headers: response.headers };
}
