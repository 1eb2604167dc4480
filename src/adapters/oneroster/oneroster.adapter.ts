import type { GoalId } from '@/domain/ids';
import type { Rejection } from '@/domain/model';
import { AdapterError, isAdapterError } from '../http/adapter-error';
import type { FetchOptions } from '../http/fetch-json';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { rejectionOf } from '../shared/map-helpers';
import { createTokenSource } from './oneroster.auth';
import { createOneRosterClient, pageSizeOf } from './oneroster.client';
import { decodeCursor, encodeCursor, pageFingerprint, pageLabel } from './oneroster.cursor';
import { mapOneRosterResults, toLineItemInfo, type LineItemInfo } from './oneroster.mapper';

export interface OneRosterAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
  /** The clock for rejection stamps and token expiry; injected in tests. */
  readonly now?: () => Date;
}

const MAX_LINE_ITEM_PAGES = 200;

/** The line item a raw result points at ('' when it names none). */
function lineItemIdOf(raw: unknown): string {
  const lineItem = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['lineItem'] : null;
  const id = typeof lineItem === 'object' && lineItem !== null ? (lineItem as Record<string, unknown>)['sourcedId'] : null;
  return typeof id === 'string' ? id : '';
}

interface LineItems {
  readonly items: ReadonlyMap<string, LineItemInfo>;
  readonly rejections: readonly Rejection[];
}

/**
 * OneRoster 1.2 gradebook over REST (…/ims/oneroster/gradebook/v1p2/results and lineItems),
 * limit/offset paging, OAuth2 client credentials. Line items (score range, learning objectives)
 * are read in full at the start of a run and kept in memory for its result pages.
 */
export function createOneRosterAdapter(deps: OneRosterAdapterDeps = {}): SourceAdapter {
  const now = deps.now ?? (() => new Date());
  const client = createOneRosterClient(createTokenSource(deps.fetchOptions, () => now().getTime()), deps.fetchOptions);
  const resolveSloIds = deps.resolveSloIds ?? (() => []);
  const lineItemCache = new Map<string, LineItems>();
  /** Line item ids a reload did not find: they do not trigger another reload. */
  const triedMissing = new Set<string>();

  async function loadLineItems(config: SourceConfig, signal: AbortSignal, at: string): Promise<LineItems> {
    const items = new Map<string, LineItemInfo>();
    const rejections: Rejection[] = [];
    const limit = pageSizeOf(config);
    let previous: string | null = null;
    for (let page = 1, offset = 0; ; page += 1) {
      if (page > MAX_LINE_ITEM_PAGES) throw new AdapterError('pagination-loop', `meer dan ${MAX_LINE_ITEM_PAGES} pagina's lineItems`, null, `lineItems pagina ${page}`);
      const label = `lineItems pagina ${page} (offset ${offset})`;
      const { body, total } = await client.lineItems(config, offset, limit, label, signal);
      const print = pageFingerprint(body.lineItems);
      if (print !== null && print === previous) throw new AdapterError('pagination-loop', `${label}: dezelfde lineItems als de vorige pagina`, null, label);
      previous = print;
      for (const raw of body.lineItems) {
        const read = toLineItemInfo(raw);
        if ('info' in read) items.set(read.id, read.info);
        else rejections.push(rejectionOf(config.source, `oneroster-lineitem-${read.id ?? `${page}-${rejections.length}`}`, 'invalid-record', read.reason, at, read.id, raw));
      }
      offset += body.lineItems.length;
      if (body.lineItems.length < limit || (total !== null && offset >= total)) break;
    }
    return { items, rejections };
  }

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const current = decodeCursor(cursor);
    const label = pageLabel(current);
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken', null, label);
    const at = now().toISOString();
    const cacheKey = `${config.source}\u0000${config.endpoint}`;
    let lineItems = lineItemCache.get(cacheKey);
    const fresh = lineItems === undefined || current.o === 0;
    if (fresh) {
      lineItems = await loadLineItems(config, signal, at);
      lineItemCache.set(cacheKey, lineItems);
    }
    let known = lineItems as LineItems;
    const limit = pageSizeOf(config);
    const { body, total } = await client.results(config, current.o, limit, label, signal);
    const print = pageFingerprint(body.results);
    if (print !== null && print === current.h) throw new AdapterError('pagination-loop', `${label}: de server geeft dezelfde pagina nog eens`, null, label);
    // A line item added since we read them (a resumed run): read them once more before judging.
    let reloaded = false;
    const unknown = body.results.map(lineItemIdOf).filter((id) => id !== '' && !known.items.has(id) && !triedMissing.has(id));
    if (!fresh && unknown.length > 0) {
      for (const id of unknown) triedMissing.add(id);
      known = await loadLineItems(config, signal, at);
      lineItemCache.set(cacheKey, known);
      reloaded = true;
    }

    const mapped = mapOneRosterResults(body.results, { source: config.source, mapping: config.mapping, now: at, resolveSloIds, lineItems: known.items });
    const offset = current.o + body.results.length;
    const last = body.results.length === 0 || body.results.length < limit || (total !== null && offset >= total);
    const fetched = fetchedSoFar + body.results.length;
    return {
      results: mapped.results,
      rejections: fresh || reloaded ? [...known.rejections, ...mapped.rejections] : mapped.rejections,
      voids: mapped.voids,
      skipped: mapped.skipped,
      nextCursor: last ? null : encodeCursor({ v: 1, o: offset, p: current.p + 1, h: print }),
      progress: { fetched, total: total === null ? null : Math.max(fetched, fetchedSoFar - current.o + total) },
    };
  }

  async function testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck> {
    try {
      const { body, total } = await client.lineItems(config, 0, 1, 'verbindingstest', signal);
      return { ok: true, detail: total === null ? `OneRoster-gradebook bereikbaar (${body.lineItems.length} lineItem)` : `OneRoster-gradebook bereikbaar, ${total} lineItems` };
    } catch (error) {
      if (isAdapterError(error)) return { ok: false, error };
      return { ok: false, error: new AdapterError('unreachable', error instanceof Error ? error.message : String(error)) };
    }
  }

  return { kind: 'oneroster', testConnection, pullPage };
}
