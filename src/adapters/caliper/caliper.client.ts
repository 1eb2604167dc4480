import type { SourceConfig } from '../port';
import { AdapterError, isAdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import { fetchJson, type FetchOptions } from '../http/fetch-json';
import { caliperEnvelopesPage } from './caliper.guard';
import { CaliperOptions, type CaliperEnvelopesPage } from './caliper.schema';

/**
 * The READ side of a Caliper event store that a school board runs. This is NOT part of the
 * Caliper spec: Caliper only defines how a sensor POSTs envelopes to an endpoint. Leerzicht has
 * no server, so the board's store keeps those envelopes and Leerzicht reads them back in pages:
 *
 *   GET {endpoint}/envelopes?limit=N[&after=<cursor>]
 *   Authorization: Bearer <token>
 *   200 { "envelopes": [Envelope, ...], "next": "<cursor>" | null, "remaining": 123 }
 *
 * - envelopes come in the order they were stored; each is a Caliper envelope
 *   `{sensor, sendTime, dataVersion, data: [...]}` exactly as the sensor sent it;
 * - `after` is an opaque cursor from an earlier `next`; without it the store starts at the first;
 * - `next` is the cursor after this page's last envelope, or null when nothing more is stored yet;
 * - `remaining` (optional) counts the events stored after this page, for progress;
 * - limit 1..500 (the store may serve fewer); 401 for a wrong token.
 */
export const CALIPER_PAGE_SIZE = 100;

function authHeaders(config: SourceConfig): Record<string, string> {
  if (config.credentials.type !== 'bearer' || config.credentials.token.trim() === '') {
    throw new AdapterError('config', 'de Caliper-eventstore verwacht een bearer-token');
  }
  return { Authorization: `Bearer ${config.credentials.token.trim()}`, Accept: 'application/json' };
}

export function optionsOf(config: SourceConfig): CaliperOptions {
  const parsed = CaliperOptions.safeParse(config.options ?? {});
  if (!parsed.success) throw new AdapterError('config', `opties: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
  return parsed.data;
}

export function envelopesUrl(config: SourceConfig, after: string | null, limit: number): string {
  const url = endpointUrl(config.endpoint, 'envelopes');
  url.searchParams.set('limit', String(limit));
  if (after !== null) url.searchParams.set('after', after);
  return url.href;
}

/**
 * A 401 once: authenticate again (the headers are built anew from the credentials, which the
 * coordinator may have just replaced) and ask once more. A second 401 is a clear error.
 */
async function withReauth<T>(request: () => Promise<T>, page: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!isAdapterError(error) || error.code !== 'unauthorized') throw error;
  }
  try {
    return await request();
  } catch (error) {
    if (!isAdapterError(error) || error.code !== 'unauthorized') throw error;
    throw new AdapterError('unauthorized', `${error.detail}: het token wordt geweigerd, ook na opnieuw aanmelden`, error.status, page);
  }
}

export interface EnvelopesQuery {
  readonly after: string | null;
  /** Names the page in errors. */
  readonly page: string;
  readonly signal: AbortSignal;
}

export interface CaliperClient {
  /** A small request (one envelope) to check address and token. */
  probe(config: SourceConfig, signal: AbortSignal): Promise<CaliperEnvelopesPage>;
  envelopes(config: SourceConfig, query: EnvelopesQuery): Promise<CaliperEnvelopesPage>;
}

/** URLs, auth and paging for the event store; the fetch helper does timeouts, retries and Retry-After. */
export function createCaliperClient(fetchOptions: Partial<FetchOptions> = {}): CaliperClient {
  return {
    probe(config, signal) {
      const url = envelopesUrl(config, null, 1);
      return withReauth(
        () => fetchJson(url, caliperEnvelopesPage, { retries: 1, ...fetchOptions, headers: authHeaders(config), signal, page: 'verbindingstest' }),
        'verbindingstest',
      );
    },
    envelopes(config, { after, page, signal }) {
      const url = envelopesUrl(config, after, optionsOf(config).pageSize ?? CALIPER_PAGE_SIZE);
      return withReauth(() => fetchJson(url, caliperEnvelopesPage, { ...fetchOptions, headers: authHeaders(config), signal, page }), page);
    },
  };
}
