import type { z } from 'zod';
import { AdapterError, isAdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import { fetchWithRetry, type FetchOptions } from '../http/fetch-json';
import type { SourceConfig } from '../port';
import type { Parser } from '../shared/guards';
import type { TokenSource } from './oneroster.auth';
import { oneRosterResultsPage } from './oneroster.guard';
import { OneRosterLineItemsPage, OneRosterOptions, OneRosterScoreScalesPage, type OneRosterResultsPage } from './oneroster.schema';

/** The gradebook service below the configured base URL (the part before /ims/oneroster). */
export const GRADEBOOK_PATH = 'ims/oneroster/gradebook/v1p2/';
export const ONEROSTER_PAGE_SIZE = 100;

export function pageSizeOf(config: SourceConfig): number {
  const parsed = OneRosterOptions.safeParse(config.options ?? {});
  if (!parsed.success) throw new AdapterError('config', 'pageSize moet een geheel getal van 1 tot 1000 zijn');
  return parsed.data.pageSize ?? ONEROSTER_PAGE_SIZE;
}

/** The collection URL; an endpoint that already ends in .../gradebook/v1p2 is taken as it is. */
export function collectionUrl(config: SourceConfig, collection: 'results' | 'lineItems' | 'scoreScales', offset: number, limit: number): string {
  const endpoint = config.endpoint.trim().replace(/\/+$/, '');
  const url = /\/ims\/oneroster\/gradebook\/v1p2$/.test(endpoint)
    ? endpointUrl(endpoint, collection)
    : endpointUrl(endpoint, `${GRADEBOOK_PATH}${collection}`);
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  url.searchParams.set('sort', 'dateLastModified');
  url.searchParams.set('orderBy', 'asc');
  return url.href;
}

export interface CollectionPage<T> {
  readonly body: T;
  /** X-Total-Count, when the server sends it. */
  readonly total: number | null;
}

export interface OneRosterClient {
  results(config: SourceConfig, offset: number, limit: number, page: string, signal: AbortSignal): Promise<CollectionPage<OneRosterResultsPage>>;
  lineItems(config: SourceConfig, offset: number, limit: number, page: string, signal: AbortSignal): Promise<CollectionPage<OneRosterLineItemsPage>>;
  /** 1.2 score scales (GET .../scoreScales), same paging and auth. */
  scoreScales(
    config: SourceConfig,
    offset: number,
    limit: number,
    page: string,
    signal: AbortSignal,
  ): Promise<CollectionPage<OneRosterScoreScalesPage>>;
}
type OneRosterResultsPage = z.infer<typeof OneRosterResultsPage>;
type OneRosterLineItemsPage = z.infer<typeof OneRosterLineItemsPage>;
type OneRosterScoreScalesPage = z.infer<typeof OneRosterScoreScalesPage>;

async function readJson<T>(response: Response, schema: Parser<T>, page: string, signal: AbortSignal): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken', null, page);
    throw new AdapterError('invalid-payload', `${page}: geen geldige JSON (afgebroken of beschadigd antwoord)`, response.status, page);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdapterError(
      'invalid-payload',
      `${page}: onverwacht antwoord ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : ''}`,
      response.status,
      page,
    );
  }
  return parsed.data;
}

/**
 * Paged GETs with a bearer token from the token source. A 401 once: fetch a new token and ask
 * again; a second 401 is a clear error. Timeouts, 429 and 5xx are the fetch helper's work.
 */
export function createOneRosterClient(tokens: TokenSource, fetchOptions: Partial<FetchOptions> = {}): OneRosterClient {
  async function get<T>(config: SourceConfig, url: string, schema: Parser<T>, page: string, signal: AbortSignal): Promise<CollectionPage<T>> {
    const once = async (fresh: boolean) => {
      const token = await tokens.token(config, signal, fresh);
      return fetchWithRetry(url, { ...fetchOptions, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, signal, page });
    };
    let response: Response;
    try {
      response = await once(false);
    } catch (error) {
      if (!isAdapterError(error) || error.code !== 'unauthorized' || error.page === 'token') throw error;
      try {
        response = await once(true);
      } catch (again) {
        if (!isAdapterError(again) || again.code !== 'unauthorized' || again.page === 'token') throw again;
        throw new AdapterError('unauthorized', `${again.detail}: het token wordt geweigerd, ook na opnieuw aanmelden`, again.status, page);
      }
    }
    const totalHeader = response.headers.get('X-Total-Count');
    const total = totalHeader !== null && /^\d{1,12}$/.test(totalHeader.trim()) ? Number(totalHeader) : null;
    return { body: await readJson(response, schema, page, signal), total };
  }
  return {
    results: (config, offset, limit, page, signal) =>
      get(config, collectionUrl(config, 'results', offset, limit), oneRosterResultsPage, page, signal),
    lineItems: (config, offset, limit, page, signal) =>
      get(config, collectionUrl(config, 'lineItems', offset, limit), OneRosterLineItemsPage, page, signal),
    scoreScales: (config, offset, limit, page, signal) =>
      get(config, collectionUrl(config, 'scoreScales', offset, limit), OneRosterScoreScalesPage, page, signal),
  };
}
