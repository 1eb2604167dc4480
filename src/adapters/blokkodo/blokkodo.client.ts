import { basicAuth } from '../http/base64url';
import { fetchJson, type FetchOptions } from '../http/fetch-json';
import { AdapterError } from '../http/adapter-error';
import { httpsUrl } from '../http/endpoint';
import type { Credentials, SourceConfig } from '../port';
import { blokkodoCompletionsPage } from './blokkodo.guard';
import { BlokkodoMe, BlokkodoOptions, type BlokkodoCompletionsPage } from './blokkodo.schema';

/** Page size we ask for: the API's maximum, so a school year is about twenty requests. */
export const BLOKKODO_PAGE_SIZE = 250;

export { basicAuth };

function authHeaders(credentials: Credentials): Record<string, string> {
  if (credentials.type !== 'basic') {
    throw new AdapterError('config', `Blokkodo gebruikt HTTP Basic (schoolcode + geheim), niet '${credentials.type}'`);
  }
  return { Authorization: basicAuth(credentials.username, credentials.password), Accept: 'application/json' };
}

/** The endpoint without a trailing slash, e.g. https://api.blokkodo.example/v1. */
export function baseUrl(endpoint: string): string {
  const url = httpsUrl(endpoint);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function sameOrigin(url: string, endpoint: string): boolean {
  try {
    return new URL(url).origin === new URL(endpoint).origin;
  } catch {
    return false;
  }
}

export function pageSizeOf(config: SourceConfig): number {
  const parsed = BlokkodoOptions.safeParse(config.options ?? {});
  if (!parsed.success) throw new AdapterError('config', 'pageSize moet een geheel getal van 1 tot 250 zijn');
  return parsed.data.pageSize ?? BLOKKODO_PAGE_SIZE;
}

/** The first page of a run: everything, or only completions after `since`. */
export function completionsUrl(config: SourceConfig, since: string | null): string {
  const url = new URL(`${baseUrl(config.endpoint)}/completions`);
  url.searchParams.set('offset', '0');
  url.searchParams.set('limit', String(pageSizeOf(config)));
  if (since !== null) url.searchParams.set('updated_since', since);
  return url.toString();
}

/** Names a page in errors: "offset 500", plus "sinds <iso>" for an incremental run. */
export function pageLabel(url: string): string {
  try {
    const params = new URL(url).searchParams;
    const since = params.get('updated_since');
    return `offset ${params.get('offset') ?? '0'}${since ? ` sinds ${since}` : ''}`;
  } catch {
    return 'onbekende pagina';
  }
}

export interface BlokkodoClient {
  me(config: SourceConfig, signal: AbortSignal): Promise<BlokkodoMe>;
  completions(config: SourceConfig, url: string, signal: AbortSignal): Promise<BlokkodoCompletionsPage>;
}

/** Requests to Blokkodo; `fetchOptions` (sleep, timeoutMs, fetchImpl, retries) are for tests. */
export function createBlokkodoClient(fetchOptions: Partial<FetchOptions> = {}): BlokkodoClient {
  return {
    me: (config, signal) =>
      fetchJson(`${baseUrl(config.endpoint)}/me`, BlokkodoMe, { ...fetchOptions, headers: authHeaders(config.credentials), signal, page: 'me' }),
    completions: (config, url, signal) =>
      fetchJson(url, blokkodoCompletionsPage, { ...fetchOptions, headers: authHeaders(config.credentials), signal, page: pageLabel(url) }),
  };
}
