import type { GoalId } from '@/domain/ids';
import type { Rejection } from '@/domain/model';
import { AdapterError, isAdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import type { FetchOptions } from '../http/fetch-json';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { looseId, rejectionOf } from '../shared/map-helpers';
import { createTokenSource } from './oneroster.auth';
import { createOneRosterClient, pageSizeOf } from './oneroster.client';
import { decodeCursor, encodeCursor, pageFingerprint, pageLabel } from './oneroster.cursor';
import { mapOneRosterResults, toLineItemInfo, type LineItemInfo } from './oneroster.mapper';
import { toScoreScaleInfo, type ScoreScaleInfo } from './oneroster.scales';

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

/** What result pages are judged against: line items, score scales, and the rejections reading them gave. */
interface LineItems {
  readonly items: ReadonlyMap<string, LineItemInfo>;
  readonly scales: ReadonlyMap<string, ScoreScaleInfo>;
  readonly rejections: readonly Rejection[];
}

type Collection = 'lineItems' | 'scoreScales';
/** A server without the 1.2 scoreScales collection (404, 405, 501) has no scales, which is no error. */
const notOffered = (error: unknown) => isAdapterError(error) && (error.code === 'not-found' || error.status === 405 || error.status === 501);

/**
 * OneRoster 1.2 gradebook over REST (…/ims/oneroster/gradebook/v1p2/results, lineItems and
 * scoreScales), limit/offset paging, OAuth2 client credentials. Score scales and line items (score
 * range or scale, learning objectives) are read in full at the start of a run and kept in memory
 * for its result pages.
 */
export function createOneRosterAdapter(deps: OneRosterAdapterDeps = {}): SourceAdapter {
  const now = deps.now ?? (() => new Date());
  const client = createOneRosterClient(
    createTokenSource(deps.fetchOptions, () => now().getTime()),
    deps.fetchOptions,
  );
  const resolveSloIds = deps.resolveSloIds ?? (() => []);
  const lineItemCache = new Map<string, LineItems>();
  /** Line item ids a reload did not find: they do not trigger another reload. */
  const triedMissing = new Set<string>();

  /** Every record of a collection, page by page; `each` judges one record. */
  async function readAll(
    collection: Collection,
    config: SourceConfig,
    signal: AbortSignal,
    each: (raw: unknown, page: number) => void,
  ): Promise<void> {
    const limit = pageSizeOf(config);
    let previous: string | null = null;
    for (let page = 1, offset = 0; ; page += 1) {
      if (page > MAX_LINE_ITEM_PAGES)
        throw new AdapterError('pagination-loop', `meer dan ${MAX_LINE_ITEM_PAGES} pagina's ${collection}`, null, `${collection} pagina ${page}`);
      const label = `${collection} pagina ${page} (offset ${offset})`;
      const { records, total } =
        collection === 'lineItems'
          ? await client.lineItems(config, offset, limit, label, signal).then(({ body, total: count }) => ({ records: body.lineItems, total: count }))
          : await client
              .scoreScales(config, offset, limit, label, signal)
              .then(({ body, total: count }) => ({ records: body.scoreScales, total: count }));
      const print = pageFingerprint(records);
      if (print !== null && print === previous)
        throw new AdapterError('pagination-loop', `${label}: dezelfde ${collection} als de vorige pagina`, null, label);
      previous = print;
      for (const raw of records) each(raw, page);
      offset += records.length;
      if (records.length < limit || (total !== null && offset >= total)) break;
    }
  }

  async function loadLineItems(config: SourceConfig, signal: AbortSignal, at: string): Promise<LineItems> {
    const scales = new Map<string, ScoreScaleInfo>();
    const items = new Map<string, LineItemInfo>();
    const rejections: Rejection[] = [];
    const judged = (kind: 'scorescale' | 'lineitem', read: { id: string | null; reason: string }, raw: unknown, page: number) =>
      rejections.push(
        rejectionOf(config.source, `oneroster-${kind}-${read.id ?? `${page}-${rejections.length}`}`, 'invalid-record', read.reason, at, read.id, raw),
      );
    try {
      await readAll('scoreScales', config, signal, (raw, page) => {
        if (looseId(raw, 'status') === 'tobedeleted') return;
        const read = toScoreScaleInfo(raw);
        if ('info' in read) scales.set(read.id, read.info);
        else judged('scorescale', read, raw, page);
      });
    } catch (error) {
      if (!notOffered(error) || scales.size > 0) throw error;
    }
    await readAll('lineItems', config, signal, (raw, page) => {
      const read = toLineItemInfo(raw, scales);
      if ('info' in read) items.set(read.id, read.info);
      else judged('lineitem', read, raw, page);
    });
    return { items, scales, rejections };
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
    if (print !== null && print === current.h)
      throw new AdapterError('pagination-loop', `${label}: de server geeft dezelfde pagina nog eens`, null, label);
    // A line item added since we read them (a resumed run): read them once more before judging.
    let reloaded = false;
    const unknown = body.results.map(lineItemIdOf).filter((id) => id !== '' && !known.items.has(id) && !triedMissing.has(id));
    if (!fresh && unknown.length > 0) {
      for (const id of unknown) triedMissing.add(id);
      known = await loadLineItems(config, signal, at);
      lineItemCache.set(cacheKey, known);
      reloaded = true;
    }

    const mapped = mapOneRosterResults(body.results, {
      source: config.source,
      mapping: config.mapping,
      now: at,
      resolveSloIds,
      lineItems: known.items,
      scales: known.scales,
    });
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
    return checkConnection(async () => {
      const { body, total } = await client.lineItems(config, 0, 1, 'verbindingstest', signal);
      return {
        ok: true,
        detail: {
          code: 'oneroster',
          params: total === null ? { lineItems: body.lineItems.length, total: false } : { lineItems: total, total: true },
        },
      };
    });
  }

  return { kind: 'oneroster', testConnection, pullPage };
}
