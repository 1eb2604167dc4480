import { AdapterError, isAdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, Page, SourceAdapter, SourceConfig } from '@/adapters/port';
import { pullFitting } from '@/adapters/shared/pseudonym-fit';
import { resultIdOf, type ResultId, type SourceId } from '@/domain/ids';
import { pseudonymShapeOf, type Source, type SyncStatus } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { consentMapFor, retentionCutoffAt } from '@/store/privacy.repo';
import { ensurePupils } from '@/store/pupils.repo';
import { putRejections } from '@/store/rejections.repo';
import { deleteResults, upsertResults } from '@/store/results.repo';
import { getSource, getSyncStatus, putSyncStatus } from '@/store/sources.repo';
import { addSkips, keepStorable, type SkipCounts } from './ingest-filter';
import { planScope, scopedConfig } from './scope-plan';

export interface SyncProgress {
  readonly pages: number;
  readonly fetched: number;
  readonly total: number | null;
  readonly added: number;
  readonly rejected: number;
  /** Results stored again (already there), when the caller wants to know. */
  readonly updated?: number;
}

export interface SyncSummary extends SyncProgress {
  readonly updated: number;
  readonly voided: number;
  readonly skipped: number;
  /** The skipped records by reason (outside the scope, no consent, forgotten, older than the retention period, ...). */
  readonly skippedBy: SkipCounts;
}

export interface SyncDeps {
  readonly db: LeerzichtDb;
  readonly adapter: SourceAdapter;
  readonly source: Source;
  readonly credentials: Credentials;
  readonly signal: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly now?: () => Date;
  /** The clock the retention cutoff is taken from (the demo's "today" in demo mode); defaults to `now`. */
  readonly retentionNow?: () => Date;
  /** Guard against a supplier that never stops paging. */
  readonly maxPages?: number;
  readonly options?: Readonly<Record<string, unknown>>;
}

export const MAX_PAGES = 10_000;

/** A void names a stored result: by its ResultId, or by the source's own record id. */
const voidedId = (source: SourceId, id: string): ResultId => (id.startsWith(`${source}|`) ? (id as ResultId) : resultIdOf(source, id));

const aborted = () => new AdapterError('aborted', 'afgebroken');

/** A full browser store says so (not "the supplier sent something odd"); what was stored stays. */
function storageOrPayload(error: unknown): AdapterError {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError'
    ? new AdapterError('storage', message)
    : new AdapterError('invalid-payload', message);
}

/**
 * pull -> (the adapter validates and maps) -> store, one page at a time.
 *
 * Each page is stored in one transaction together with the cursor after it, so a failed or
 * cancelled sync keeps every page it stored and the next sync resumes at the first page it did
 * not store. Re-running a finished sync stores nothing new: after the last page the cursor kept
 * is the last non-null cursor the adapter gave (adapters make that cursor read only what came
 * after it, e.g. Blokkodo's `updated_since`), and whatever is read again is upserted by its
 * stable ResultId (ids derive from source + record id), so it counts as updated, never added.
 *
 * Paused sources are refused (AdapterError 'config') without touching their status.
 * A scope (decision 018) drops results outside its window or allow-list here, counted as skipped,
 * and so do results of a forgotten pupil, of a pupil whose consent is withheld (read per page, in the
 * page's transaction) and results older than the retention cutoff (`skippedBy` says why);
 * "our groups" without an imported roster fails ('no-roster') before any request.
 * A cursor that repeats, or more than `maxPages` pages, is a 'pagination-loop'.
 */
/** The one check of "is the source paused": a paused source is refused (AdapterError 'config') before any request. */
export function refusePaused(source: Pick<Source, 'paused'>): void {
  if (source.paused) throw new AdapterError('config', 'bron is gepauzeerd');
}

/** How many successful sync times a source keeps, for its usual interval (data quality). */
const KEPT_SUCCESSES = 6;

export async function syncSource(deps: SyncDeps): Promise<SyncSummary> {
  const { db, adapter, source, signal } = deps;
  const now = deps.now ?? (() => new Date());
  const maxPages = deps.maxPages ?? MAX_PAGES;
  // The stored record wins: the coordinator may have paused the source since `source` was read.
  refusePaused((await getSource(db, source.id)) ?? source);
  const status = await getSyncStatus(db, source.id);
  let cursor = status.cursor;
  const finish = (outcome: NonNullable<SyncStatus['lastOutcome']>, error: string | null) => {
    const at = now().toISOString();
    const successes = outcome === 'done' ? [...(status.successes ?? []), at].slice(-KEPT_SUCCESSES) : status.successes;
    return putSyncStatus(db, {
      source: source.id,
      cursor,
      lastSyncAt: at,
      lastOutcome: outcome,
      lastError: error,
      ...(successes ? { successes } : {}),
    });
  };
  // The source's scope (time window, "our groups"): 'no-roster' fails here, before any request.
  const plan = await planScope(db, source.id, source.kind, source.scope).catch(async (error: unknown) => {
    await finish('failed', isAdapterError(error) ? error.code : 'config');
    throw error;
  });
  // Retention (docs/privacy.md): a result older than the kept school years is never stored.
  const cutoff = await retentionCutoffAt(db, (deps.retentionNow ?? now)());
  const config: SourceConfig = scopedConfig(
    {
      source: source.id,
      endpoint: source.endpoint,
      credentials: deps.credentials,
      mapping: source.mapping,
      pseudonym: pseudonymShapeOf(source),
      ...(deps.options ? { options: deps.options } : {}),
    },
    plan,
  );
  const allowedPupils = plan.learners ? new Set(plan.learners) : null;
  const skippedBy: SkipCounts = {};
  const summary = { pages: 0, fetched: 0, total: null as number | null, added: 0, updated: 0, rejected: 0, voided: 0, skipped: 0, skippedBy };

  /** Stores one page and the cursor after it, all or nothing. */
  const store = (page: Page, next: string | null) =>
    db.transaction('rw', [db.results, db.sourceTallies, db.rejections, db.pupils, db.groups, db.syncStatus, db.consents], async () => {
      // Consents are read here, in the transaction that writes the page: a withdrawal (or a pupil
      // forgotten) while the sync runs holds for every page stored after it.
      const consents = await consentMapFor(
        db,
        page.results.map((result) => result.pupil),
      );
      // Outside the scope, forgotten, consent withheld or older than the retention period: skipped, never stored.
      const { kept: allowed, skipped } = keepStorable(page.results, { plan, allowedPupils, consents, source: source.id, cutoff }, page.skipped);
      addSkips(skippedBy, skipped);
      summary.skipped = Object.values(skippedBy).reduce((sum, count) => sum + count, 0);
      await ensurePupils(
        db,
        allowed.map((result) => result.pupil),
      );
      const stored = await upsertResults(db, allowed);
      summary.added += stored.added;
      summary.updated += stored.updated;
      summary.rejected += await putRejections(db, page.rejections);
      summary.voided += await deleteResults(
        db,
        (page.voids ?? []).map((id) => voidedId(source.id, id)),
      );
      await putSyncStatus(db, { ...status, source: source.id, cursor: next });
    });

  try {
    for (;;) {
      if (signal.aborted) throw aborted();
      if (summary.pages >= maxPages) throw new AdapterError('pagination-loop', `meer dan ${maxPages} pagina's`, null, cursor);
      // A result whose pupil key is not in the connector's pseudonym form is rejected here, before the consent and scope filters.
      const page = await pullFitting(adapter, { config, cursor, fetchedSoFar: summary.fetched, signal }, now().toISOString());
      if (signal.aborted) throw aborted();
      if (page.nextCursor !== null && page.nextCursor === cursor) {
        throw new AdapterError('pagination-loop', 'de volgende cursor is gelijk aan de huidige', null, cursor);
      }
      const next = page.nextCursor ?? cursor;
      await store(page, next);
      cursor = next;
      summary.pages += 1;
      summary.fetched = page.progress.fetched;
      summary.total = page.progress.total;
      deps.onProgress?.({
        pages: summary.pages,
        fetched: summary.fetched,
        total: summary.total,
        added: summary.added,
        rejected: summary.rejected,
        updated: summary.updated,
      });
      if (page.nextCursor === null || page.complete === true) break;
    }
    await finish('done', null);
    return summary;
  } catch (error) {
    const adapterError = isAdapterError(error) ? error : storageOrPayload(error);
    if (adapterError.code === 'aborted' || signal.aborted) {
      await finish('cancelled', null);
      throw aborted();
    }
    await finish('failed', adapterError.code);
    throw adapterError;
  }
}
