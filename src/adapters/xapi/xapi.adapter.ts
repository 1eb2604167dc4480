import { AdapterError, isAdapterError } from '../http/adapter-error';
import { endpointUrl } from '../http/endpoint';
import type { FetchOptions } from '../http/fetch-json';
import type { Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { createXapiClient, resolveMore, sameOrigin, statementsUrl } from './xapi.client';
import { resolveNoSloIds, type ResolveSloIds } from './xapi.context';
import { decodeCursor, encodeCursor, laterOf, newestStored, type XapiCursor } from './xapi.cursor';
import { mapStatements } from './xapi.page';
import { XAPI_VERSION } from './xapi.schema';

export interface XapiAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
  /** SLO UUIDs in contextActivities -> goals (the app wires the curriculum in). Default: none. */
  readonly resolveSloIds?: ResolveSloIds;
  /** The clock for rejection stamps; injected in tests. */
  readonly now?: () => Date;
}

/** Names a page in errors: "pagina 3", plus "sinds <iso>" for an incremental run. */
export const pageLabel = (state: XapiCursor) => `pagina ${state.page}${state.since !== null ? ` sinds ${state.since}` : ''}`;

/**
 * A learning record store over xAPI 1.0.3 (Learning Locker, Ralph, SQL LRS, ...): HTTP Basic,
 * GET /statements oldest first within the configured time window, following `more` links;
 * incremental runs ask for statements stored after the newest `stored` of the last run.
 * See xapi.mapper.ts for what becomes a result, a rejection, a skip or a void.
 */
export function createXapiAdapter(deps: XapiAdapterDeps = {}): SourceAdapter {
  const client = createXapiClient(deps.fetchOptions);
  const now = deps.now ?? (() => new Date());
  const resolveSloIds = deps.resolveSloIds ?? resolveNoSloIds;

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const state = decodeCursor(cursor);
    // fetchJson only hears an abort that happens during a request; honour an earlier one here.
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken');
    // A stored more link on another host (the endpoint was changed): restart this run's query.
    const resume = state.more !== null && sameOrigin(state.more, config.endpoint);
    const current: XapiCursor = resume ? state : { ...state, more: null, page: 1 };
    const url = current.more ?? statementsUrl(config, current.since);
    const label = pageLabel(current);
    const body = await client.statements(config, url, label, signal);

    const mapped = mapStatements(body.statements, { source: config.source, mapping: config.mapping, resolveSloIds, now: now().toISOString() });
    const latest = laterOf(current.latest, newestStored(body.statements));
    let nextCursor: string | null;
    const more = body.more ?? '';
    if (more !== '') {
      const next = resolveMore(more, config, label);
      if (next === url) throw new AdapterError('pagination-loop', 'more wijst naar dezelfde pagina', null, label);
      nextCursor = encodeCursor({ more: next, since: current.since, latest, page: current.page + 1 });
    } else {
      // Last page: from now on ask only for statements stored later (an empty run ends here).
      nextCursor = latest !== null && latest !== current.since ? encodeCursor({ more: null, since: latest, latest, page: 1 }) : null;
    }
    if (nextCursor !== null && nextCursor === cursor) {
      throw new AdapterError('pagination-loop', 'de volgende cursor is gelijk aan de huidige', null, label);
    }

    const fetched = fetchedSoFar + body.statements.length;
    return {
      results: mapped.results,
      rejections: mapped.rejections,
      voids: mapped.voids,
      skipped: mapped.skipped,
      nextCursor,
      progress: { fetched, total: null },
    };
  }

  async function testConnection(config: SourceConfig, signal: AbortSignal) {
    try {
      const about = await client.about(config, signal);
      if (!about.version.some((version) => version.startsWith('1.0.'))) {
        return { ok: false as const, error: new AdapterError('invalid-payload', `LRS spreekt xAPI ${about.version.join(', ')}, niet ${XAPI_VERSION}`) };
      }
      // /about needs no credentials: one statement proves the key and secret.
      const probe = new URL(statementsUrl(config, null));
      probe.searchParams.set('limit', '1');
      await client.statements(config, probe.href, 'test', signal);
      return { ok: true as const, detail: `xAPI ${about.version.join(', ')} op ${endpointUrl(config.endpoint, '').host}` };
    } catch (error) {
      if (isAdapterError(error)) return { ok: false as const, error };
      return { ok: false as const, error: new AdapterError('unreachable', error instanceof Error ? error.message : 'onbekende fout') };
    }
  }

  return { kind: 'xapi', testConnection, pullPage };
}

export const xapiAdapter = createXapiAdapter();
