import type { Page, SourceAdapter, SourceConfig } from '@/adapters/port';
import { pullFitting } from '@/adapters/shared/pseudonym-fit';
import { sourceId } from '@/domain/ids';
import { isWithheld } from '@/domain/privacy';
import { sameScope } from '@/domain/source-scope';
import type { Source, SourceKind, SourceScope } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { consentMap } from '@/store/privacy.repo';
import { getSyncStatus, putSyncStatus, saveSource } from '@/store/sources.repo';
import { keepInScope, planScope, scopedConfig } from './scope-plan';

/** The wizard's draft as far as its scope goes; a new connector has no id yet ('concept': only whole-app consent applies). */
interface ScopedDraft {
  readonly kind: SourceKind | null;
  readonly scope?: SourceScope;
  readonly editing?: string | null;
}

/** The connection test's config within the draft's scope: a scoped LRS is probed for an allowed pupil only. */
export async function withDraftScope(db: LeerzichtDb, draft: ScopedDraft, config: SourceConfig): Promise<SourceConfig> {
  if (!draft.kind || !draft.scope) return config;
  return scopedConfig(config, await planScope(db, sourceId(draft.editing ?? 'concept'), draft.kind, draft.scope));
}

/** Pages the preview reads at most; a scoped LRS is asked per pupil, and the first pupils may have nothing yet. */
export const PREVIEW_PAGES = 30;
const PREVIEW_RESULTS = 200;

/**
 * The preview's page within the scope: the same filter as a sync (allow-list, window, consent).
 * Records whose pupil key is not in the connector's pseudonym form (`config.pseudonym`) are rejected,
 * as in a sync (`at`: the moment stamped on them). Unscoped, it is the adapter's first page as before; scoped, pages are read until there are
 * enough results to show (or PREVIEW_PAGES, or the end), so codes of later pupils show too.
 */
export async function previewInScope(
  db: LeerzichtDb,
  adapter: SourceAdapter,
  config: SourceConfig,
  draft: ScopedDraft,
  signal: AbortSignal,
  at: string,
): Promise<Page> {
  if (!draft.kind || !draft.scope) return pullFitting(adapter, { config, cursor: null, fetchedSoFar: 0, signal }, at);
  const source = sourceId(draft.editing ?? 'concept');
  const plan = await planScope(db, source, draft.kind, draft.scope);
  const consents = await consentMap(db);
  const scoped = scopedConfig(config, plan);
  const results: Page['results'][number][] = [];
  const rejections: Page['rejections'][number][] = [];
  let cursor: string | null = null;
  let fetched = 0;
  for (let pages = 0; pages < PREVIEW_PAGES && results.length < PREVIEW_RESULTS; pages += 1) {
    const page = await pullFitting(adapter, { config: scoped, cursor, fetchedSoFar: fetched, signal }, at);
    results.push(...keepInScope(page.results, plan).kept.filter((result) => !isWithheld(consents, result.pupil, source)));
    rejections.push(...page.rejections);
    fetched = page.progress.fetched;
    cursor = page.nextCursor;
    if (cursor === null || page.complete === true) break;
  }
  return { results, rejections, nextCursor: null, progress: { fetched, total: null } };
}

/**
 * Saves an edited scope. A changed scope resets the source's sync cursor, so the next sync reads the
 * new window (and pupils) from its start; what is stored stays (read again, it is updated, not
 * added). Results outside a narrower window are not deleted by this: retention and consent do that.
 */
export async function saveScope(db: LeerzichtDb, source: Source, scope: SourceScope | undefined): Promise<void> {
  if (sameScope(source.scope, scope)) return;
  const { scope: _old, ...rest } = source;
  await saveSource(db, scope ? { ...rest, scope } : rest);
  const status = await getSyncStatus(db, source.id);
  await putSyncStatus(db, { ...status, cursor: null });
}
