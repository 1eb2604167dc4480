import { AdapterError, isAdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import { resultIdOf } from '@/domain/ids';
import type { Source } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { isWithheld } from '@/domain/privacy';
import { consentMap } from '@/store/privacy.repo';
import { ensurePupils } from '@/store/pupils.repo';
import { putRejections } from '@/store/rejections.repo';
import { deleteResults, upsertResults } from '@/store/results.repo';
import { getSyncStatus, putSyncStatus } from '@/store/sources.repo';

export interface SyncProgress {
  readonly pages: number;
  readonly fetched: number;
  readonly total: number | null;
  readonly added: number;
  readonly rejected: number;
}

export interface SyncSummary extends SyncProgress {
  readonly updated: number;
  readonly voided: number;
  readonly skipped: number;
}

export interface SyncDeps {
  readonly db: LeerzichtDb;
  readonly adapter: SourceAdapter;
  readonly source: Source;
  readonly credentials: Credentials;
  readonly signal: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly now?: () => Date;
  /** Guard against a supplier that never stops paging. */
  readonly maxPages?: number;
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * pull -> (the adapter validates and maps) -> store, one page at a time. The cursor is saved
 * after every stored page, so a failed or cancelled sync keeps what it stored and the next one
 * resumes there. After the last page the last cursor the adapter gave is kept: adapters make
 * that cursor read only newer records, so re-running a finished sync stores nothing new
 * (and if it re-reads a page, the upsert by ResultId adds nothing).
 */
export async function syncSource(deps: SyncDeps): Promise<SyncSummary> {
  const { db, adapter, source, signal } = deps;
  const now = deps.now ?? (() => new Date());
  const maxPages = deps.maxPages ?? 10_000;
  const status = await getSyncStatus(db, source.id);
  // Pupils whose consent is withheld: their records are dropped here and never stored.
  const consents = await consentMap(db);
  let cursor = status.cursor;
  const summary = { pages: 0, fetched: 0, total: null as number | null, added: 0, updated: 0, rejected: 0, voided: 0, skipped: 0 };
  const finish = (outcome: 'done' | 'failed' | 'cancelled', error: string | null) =>
    putSyncStatus(db, { source: source.id, cursor, lastSyncAt: now().toISOString(), lastOutcome: outcome, lastError: error });

  try {
    for (;;) {
      if (signal.aborted) throw new AdapterError('aborted', 'afgebroken');
      if (summary.pages >= maxPages) throw new AdapterError('pagination-loop', `meer dan ${maxPages} pagina's`);
      const config = { source: source.id, endpoint: source.endpoint, credentials: deps.credentials, mapping: source.mapping, ...(deps.options ? { options: deps.options } : {}) };
      const page = await adapter.pullPage({ config, cursor, fetchedSoFar: summary.fetched, signal });
      if (signal.aborted) throw new AdapterError('aborted', 'afgebroken');
      const allowed = page.results.filter((result) => !isWithheld(consents, result.pupil, source.id));
      summary.skipped += page.results.length - allowed.length;
      await ensurePupils(db, allowed.map((result) => result.pupil));
      const stored = await upsertResults(db, allowed);
      summary.added += stored.added;
      summary.updated += stored.updated;
      summary.rejected += await putRejections(db, page.rejections);
      summary.voided += await deleteResults(db, (page.voids ?? []).map((id) => (id.includes('|') ? id : resultIdOf(source.id, id))));
      summary.skipped += Object.values(page.skipped ?? {}).reduce((sum, count) => sum + count, 0);
      summary.pages += 1;
      summary.fetched = page.progress.fetched;
      summary.total = page.progress.total;
      if (page.nextCursor !== null) cursor = page.nextCursor;
      await putSyncStatus(db, { ...status, source: source.id, cursor });
      deps.onProgress?.({ pages: summary.pages, fetched: summary.fetched, total: summary.total, added: summary.added, rejected: summary.rejected });
      if (page.nextCursor === null) break;
    }
    await finish('done', null);
    return summary;
  } catch (error) {
    const adapterError = isAdapterError(error) ? error : new AdapterError('invalid-payload', error instanceof Error ? error.message : String(error));
    if (adapterError.code === 'aborted' || signal.aborted) {
      await finish('cancelled', null);
      throw new AdapterError('aborted', 'afgebroken');
    }
    await finish('failed', adapterError.code);
    throw adapterError;
  }
}
