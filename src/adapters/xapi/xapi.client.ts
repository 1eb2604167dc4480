import { basicAuth } from '../http/base64url';
import { AdapterError, isAdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import { fetchJson, fetchJsonWithHeaders, type FetchOptions } from '../http/fetch-json';
import type { SourceConfig } from '../port';
import { laterOf } from './xapi.cursor';
import { consistentThrough, overlapped } from './xapi.mark';
import { xapiStatementResult } from './xapi.guard';
import { XAPI_VERSION, XapiAbout, XapiOptions, type XapiStatementResult } from './xapi.schema';

/** Statements per page when options.limit is not set; LRSs cap it themselves (Learning Locker, SQL LRS: 100-1000). */
export const XAPI_PAGE_SIZE = 500;

export { basicAuth };

function headersOf(config: SourceConfig): Record<string, string> {
  if (config.credentials.type !== 'basic') {
    throw new AdapterError('config', `een LRS gebruikt HTTP Basic (sleutel + geheim), niet '${config.credentials.type}'`);
  }
  const { username, password } = config.credentials;
  return { Authorization: basicAuth(username, password), 'X-Experience-API-Version': XAPI_VERSION, Accept: 'application/json' };
}

export function optionsOf(config: SourceConfig): XapiOptions {
  const parsed = XapiOptions.safeParse(config.options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AdapterError('config', `opties: ${issue ? `${issue.path.join('.') || '(opties)'}: ${issue.message}` : 'ongeldig'}`);
  }
  return parsed.data;
}

/**
 * The first page of a run: GET <endpoint>/statements, oldest first, within the time window
 * [options.since or the cursor's mark less the overlap (xapi.mark.ts), options.until], with the
 * optional filters.
 */
export function statementsUrl(config: SourceConfig, since: string | null): string {
  const options = optionsOf(config);
  const url = endpointUrl(config.endpoint, 'statements');
  // The later of the run's since and the window's: a cursor never reads before the window.
  const from = laterOf(overlapped(since), options.since ?? null);
  if (from !== null) url.searchParams.set('since', from);
  if (options.until !== undefined) url.searchParams.set('until', options.until);
  url.searchParams.set('limit', String(options.limit ?? XAPI_PAGE_SIZE));
  url.searchParams.set('ascending', 'true');
  if (options.registration !== undefined) url.searchParams.set('registration', options.registration);
  if (options.activity !== undefined) {
    url.searchParams.set('activity', options.activity);
    url.searchParams.set('related_activities', 'true');
  }
  return url.href;
}

/** The first page of one learner's statements: the same query with the xAPI `agent` filter (see xapi.learners.ts). */
export function learnerUrl(config: SourceConfig, since: string | null, agent: string): string {
  const url = new URL(statementsUrl(config, since));
  url.searchParams.set('agent', agent);
  return url.href;
}

/**
 * The LRS's `more` link as an absolute URL. xAPI says it is relative to the server (a path
 * with an optional query); a path without a leading slash is taken below the endpoint.
 * A link that leaves the endpoint's origin is refused: credentials go nowhere else.
 */
export function resolveMore(more: string, config: SourceConfig, page: string): string {
  const base = endpointUrl(config.endpoint, '');
  let next: URL;
  try {
    next = new URL(more, base);
  } catch {
    throw new AdapterError('invalid-payload', 'more is geen geldige link', null, page);
  }
  if (next.origin !== base.origin) throw new AdapterError('invalid-payload', `more wijst naar een andere host (${next.host})`, null, page);
  return next.href;
}

export function sameOrigin(url: string, endpoint: string): boolean {
  try {
    return new URL(url).origin === endpointUrl(endpoint, '').origin;
  } catch {
    return false;
  }
}

/** A page of statements and the LRS's X-Experience-API-Consistent-Through (null when it sent none). */
export interface XapiStatementPage extends XapiStatementResult {
  readonly consistentThrough: string | null;
}

export interface XapiClient {
  about(config: SourceConfig, signal: AbortSignal): Promise<XapiAbout>;
  statements(config: SourceConfig, url: string, page: string, signal: AbortSignal): Promise<XapiStatementPage>;
}

/**
 * Requests to an LRS; `fetchOptions` (sleep, timeoutMs, fetchImpl, retries) are for tests.
 * A 401 is tried once more with the credentials sent afresh (an LRS behind a proxy may
 * refuse a first request); a second 401 is the 'unauthorized' error.
 */
export function createXapiClient(fetchOptions: Partial<FetchOptions> = {}): XapiClient {
  async function withReauth<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (!isAdapterError(error) || error.code !== 'unauthorized') throw error;
      return request();
    }
  }
  return {
    about: (config, signal) =>
      fetchJson(endpointUrl(config.endpoint, 'about').href, XapiAbout, {
        retries: 1,
        ...fetchOptions,
        headers: headersOf(config),
        signal,
        page: 'about',
      }),
    statements: (config, url, page, signal) =>
      withReauth(async () => {
        const { body, headers } = await fetchJsonWithHeaders(url, xapiStatementResult, { ...fetchOptions, headers: headersOf(config), signal, page });
        return { ...body, consistentThrough: consistentThrough(headers) };
      }),
  };
}
