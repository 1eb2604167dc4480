import { AdapterError } from '@/adapters/http/adapter-error';
import type { SourceConfig } from '@/adapters/port';
import type { PupilRef, SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { allowedLearners, inWindow, OPEN_WINDOW, scopeWindow, type ScopeWindow } from '@/domain/source-scope';
import type { SourceKind, SourceScope } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { consentMap } from '@/store/privacy.repo';

/** What a scope means for one sync or preview: who may be asked for, the window, and the kind's own filter options. */
export interface ScopePlan {
  /** null: every pupil the source knows (the consent filter at ingest still applies). */
  readonly learners: readonly PupilRef[] | null;
  readonly window: ScopeWindow;
  /** Options that let the source filter by time itself (xAPI: since/until on `stored`). */
  readonly options: Readonly<Record<string, unknown>> | undefined;
}

export const NO_SCOPE: ScopePlan = { learners: null, window: OPEN_WINDOW, options: undefined };

/** Kinds whose source filters by time when asked; every kind is filtered at ingest all the same. */
function windowOptions(kind: SourceKind, window: ScopeWindow): Record<string, unknown> | undefined {
  if (kind !== 'xapi' || (window.from === null && window.to === null)) return undefined;
  // xAPI: since is exclusive and until inclusive, on the LRS's `stored`; our window is [from, to).
  const shift = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();
  return { ...(window.from !== null ? { since: shift(window.from) } : {}), ...(window.to !== null ? { until: shift(window.to) } : {}) };
}

/**
 * The plan for a source's scope. "Our groups" reads the roster and consents now; with no roster
 * imported it fails with 'no-roster' before any request is made.
 */
export async function planScope(db: LeerzichtDb, source: SourceId, kind: SourceKind, scope: SourceScope | undefined): Promise<ScopePlan> {
  if (!scope) return NO_SCOPE;
  const window = scopeWindow(scope);
  const options = windowOptions(kind, window);
  if (scope.pupils !== 'our-groups') return { learners: null, window, options };
  const rostered = (await db.roster.toCollection().primaryKeys()) as PupilRef[];
  if (rostered.length === 0) throw new AdapterError('no-roster', 'alleen onze groepen: importeer eerst de leerlingenlijst');
  const pupils = await db.pupils.where('ref').anyOf(rostered).toArray();
  const learners = allowedLearners({ pupils, rostered: new Set(rostered), consents: await consentMap(db), source });
  return { learners, window, options };
}

/** The config with the plan's learners and options (options given by the caller win). */
export function scopedConfig(config: SourceConfig, plan: ScopePlan): SourceConfig {
  const options = plan.options || config.options ? { ...plan.options, ...config.options } : undefined;
  return { ...config, ...(options ? { options } : {}), ...(plan.learners ? { learners: plan.learners } : {}) };
}

/** Drops results outside the plan: a pupil not on the allow-list, or a time outside the window. Never stored, only counted. */
export function keepInScope(
  results: readonly Result[],
  plan: ScopePlan,
  allowed: ReadonlySet<PupilRef> | null = plan.learners ? new Set(plan.learners) : null,
) {
  const kept: Result[] = [];
  let outsideGroups = 0;
  let outsideWindow = 0;
  for (const result of results) {
    if (allowed !== null && !allowed.has(result.pupil)) outsideGroups += 1;
    else if (!inWindow(plan.window, result.time)) outsideWindow += 1;
    else kept.push(result);
  }
  return { kept, outsideGroups, outsideWindow };
}
