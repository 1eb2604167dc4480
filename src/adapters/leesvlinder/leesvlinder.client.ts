import type { SourceConfig } from '../port';
import { AdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import { fetchJson, type FetchOptions } from '../http/fetch-json';
import { leesvlinderPage } from './leesvlinder.guard';
import { LeesvlinderAccount, LeesvlinderOptions } from './leesvlinder.schema';

export const LEESVLINDER_PER_PAGE = 250;

function authHeaders(config: SourceConfig): Record<string, string> {
  const { credentials } = config;
  if (credentials.type !== 'api-key' || credentials.key.trim() === '') throw new AdapterError('config', 'Leesvlinder verwacht een API-sleutel');
  return { [credentials.header || 'X-Api-Key']: credentials.key.trim(), Accept: 'application/json' };
}

export function optionsOf(config: SourceConfig): LeesvlinderOptions {
  const parsed = LeesvlinderOptions.safeParse(config.options ?? {});
  if (!parsed.success) throw new AdapterError('config', `opties: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
  return parsed.data;
}

/** Leesvlinder's API: API key header, page numbers, and it throttles with 429 + Retry-After (the fetch helper waits). */
export function createLeesvlinderClient(fetchOptions: Partial<FetchOptions> = {}) {
  return {
    account(config: SourceConfig, signal: AbortSignal) {
      return fetchJson(endpointUrl(config.endpoint, 'account').href, LeesvlinderAccount, {
        retries: 1,
        ...fetchOptions,
        headers: authHeaders(config),
        signal,
        page: 'account',
      });
    },
    summaries(config: SourceConfig, query: { page: number; fromWeek: string | null; signal: AbortSignal; label: string }) {
      const url = endpointUrl(config.endpoint, 'weekly-summaries');
      url.searchParams.set('page', String(query.page));
      url.searchParams.set('per_page', String(optionsOf(config).perPage ?? LEESVLINDER_PER_PAGE));
      if (query.fromWeek) url.searchParams.set('from_week', query.fromWeek);
      return fetchJson(url.href, leesvlinderPage, { ...fetchOptions, headers: authHeaders(config), signal: query.signal, page: query.label });
    },
  };
}
