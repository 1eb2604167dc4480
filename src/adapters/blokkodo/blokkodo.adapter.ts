import type { FetchOptions } from '../http/fetch-json';
import { AdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import type { Page, PullRequest, SourceAdapter } from '../port';
import { createBlokkodoClient, completionsUrl, pageLabel, sameOrigin } from './blokkodo.client';
import { decodeCursor, encodeCursor, laterOf } from './blokkodo.cursor';
import { blokkodoToResult } from './blokkodo.mapper';
import type { Rejection, Result } from '@/domain/model';

export interface BlokkodoAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
  /** The clock for rejection stamps; injected in tests. */
  readonly now?: () => Date;
}

/** The newest parseable completed_at on a page, as an ISO instant. */
function newestOn(records: readonly unknown[]): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const value = (record as Record<string, unknown>)['completed_at'];
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isFinite(time) && time > newest) newest = time;
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString() : null;
}

/**
 * Blokkodo (fictional block-programming platform): HTTP Basic, offset paging via
 * links.next, incremental runs via updated_since. See blokkodo.cursor.ts for the cursor.
 */
export function createBlokkodoAdapter(deps: BlokkodoAdapterDeps = {}): SourceAdapter {
  const client = createBlokkodoClient(deps.fetchOptions);
  const now = deps.now ?? (() => new Date());

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const state = decodeCursor(cursor);
    // fetchJson only hears an abort that happens during a request; honour an earlier one here.
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken');
    // A stored next link on another host (the endpoint was changed): restart this run's query.
    const url = state.next !== null && sameOrigin(state.next, config.endpoint) ? state.next : completionsUrl(config, state.since);
    const body = await client.completions(config, url, signal);

    const context = { source: config.source, mapping: config.mapping, now: now().toISOString() };
    const results: Result[] = [];
    const rejections: Rejection[] = [];
    for (const raw of body.results) {
      const outcome = blokkodoToResult(raw, context);
      if ('result' in outcome) results.push(outcome.result);
      else rejections.push(outcome.rejection);
    }

    const latest = laterOf(state.latest, newestOn(body.results));
    let nextCursor: string | null;
    if (body.links.next !== null) {
      let next: string;
      try {
        next = new URL(body.links.next, url).toString();
      } catch {
        throw new AdapterError('invalid-payload', 'links.next is geen geldige URL', null, pageLabel(url));
      }
      if (!sameOrigin(next, config.endpoint)) {
        throw new AdapterError('invalid-payload', `links.next wijst naar een andere host (${new URL(next).host})`, null, pageLabel(url));
      }
      if (next === url) throw new AdapterError('pagination-loop', 'links.next wijst naar dezelfde pagina', null, pageLabel(url));
      nextCursor = encodeCursor({ next, since: state.since, latest });
    } else {
      // Last page: from now on ask only for newer completions (an empty run ends here).
      nextCursor = latest !== null && latest !== state.since ? encodeCursor({ next: null, since: latest, latest }) : null;
    }
    if (nextCursor !== null && nextCursor === cursor) {
      throw new AdapterError('pagination-loop', 'de volgende cursor is gelijk aan de huidige', null, pageLabel(url));
    }

    const fetched = fetchedSoFar + body.results.length;
    return {
      results,
      rejections,
      nextCursor,
      progress: { fetched, total: Math.max(fetched, fetchedSoFar - body.meta.offset + body.meta.count) },
    };
  }

  return {
    kind: 'blokkodo',
    async testConnection(config, signal) {
      return checkConnection(async () => {
        const me = await client.me(config, signal);
        return { ok: true, detail: { code: 'blokkodo', params: { school: me.school_code, classes: me.classes } } };
      });
    },
    pullPage,
  };
}

export const blokkodoAdapter = createBlokkodoAdapter();
