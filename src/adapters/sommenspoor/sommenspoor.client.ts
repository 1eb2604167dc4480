import type { SourceConfig } from '../port';
import { AdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import { fetchJson, type FetchOptions } from '../http/fetch-json';
import { sommenspoorSessionsPage } from './sommenspoor.guard';
import { SommenspoorOptions, SommenspoorPing, type SommenspoorSessionsPage } from './sommenspoor.schema';

/** Sommenspoor's own page size limit; we ask for the most by default to keep requests few. */
export const SOMMENSPOOR_MAX_PAGE_SIZE = 500;

export interface SessionsQuery {
  /** The API's opaque cursor; null for the first page. */
  readonly cursor: string | null;
  /** Names the page in errors. */
  readonly page: string;
  readonly signal: AbortSignal;
}

export interface SommenspoorClient {
  ping(config: SourceConfig, signal: AbortSignal): Promise<SommenspoorPing>;
  sessions(config: SourceConfig, query: SessionsQuery): Promise<SommenspoorSessionsPage>;
}

function authHeaders(config: SourceConfig): Record<string, string> {
  if (config.credentials.type !== 'bearer' || config.credentials.token.trim() === '') {
    throw new AdapterError('config', 'Sommenspoor verwacht een bearer-token');
  }
  return { Authorization: `Bearer ${config.credentials.token.trim()}`, Accept: 'application/json' };
}

const urlOf = (config: SourceConfig, path: string) => endpointUrl(config.endpoint, path);

export function optionsOf(config: SourceConfig): SommenspoorOptions {
  const parsed = SommenspoorOptions.safeParse(config.options ?? {});
  if (!parsed.success) throw new AdapterError('config', `opties: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
  return parsed.data;
}

/** URLs, auth and paging parameters for the Sommenspoor API; the fetch helper does timeouts and retries. */
export function createSommenspoorClient(fetchOptions: Partial<FetchOptions> = {}): SommenspoorClient {
  return {
    ping(config, signal) {
      const headers = authHeaders(config);
      return fetchJson(urlOf(config, 'ping').href, SommenspoorPing, { retries: 1, ...fetchOptions, headers, signal, page: 'ping' });
    },
    sessions(config, { cursor, page, signal }) {
      const headers = authHeaders(config);
      const options = optionsOf(config);
      const url = urlOf(config, 'sessions');
      url.searchParams.set('limit', String(options.pageSize ?? SOMMENSPOOR_MAX_PAGE_SIZE));
      if (cursor !== null) url.searchParams.set('cursor', cursor);
      else if (options.since !== undefined) url.searchParams.set('since', options.since);
      return fetchJson(url.href, sommenspoorSessionsPage, { ...fetchOptions, headers, signal, page });
    },
  };
}
