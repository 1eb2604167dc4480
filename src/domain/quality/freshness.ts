import type { SyncStatus } from '../source';

/** A source that has not synced for longer than its usual interval, or this many days when that is not known, is stale. */
export const STALE_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export type FreshnessState = 'fresh' | 'stale' | 'never';

export interface Freshness {
  readonly state: FreshnessState;
  /** Whole days since the last successful sync; null when it never synced. */
  readonly days: number | null;
  /** The limit applied, in days. */
  readonly limitDays: number;
}

/**
 * How fresh a source's data is at `now`: stale when its last successful sync is longer ago than its
 * usual interval between syncs, or 7 days when that is not known (a later sync than now counts as fresh).
 */
export function freshness(lastSuccessAt: string | null, now: Date, usualIntervalMs: number | null = null): Freshness {
  const limitMs = usualIntervalMs !== null && usualIntervalMs > 0 ? usualIntervalMs : STALE_AFTER_DAYS * DAY_MS;
  const limitDays = Math.round((limitMs / DAY_MS) * 10) / 10;
  const at = lastSuccessAt === null ? Number.NaN : Date.parse(lastSuccessAt);
  if (!Number.isFinite(at)) return { state: 'never', days: null, limitDays };
  const age = now.getTime() - at;
  return { state: age > limitMs ? 'stale' : 'fresh', days: Math.max(0, Math.floor(age / DAY_MS)), limitDays };
}

/** The last successful sync: the newest kept success, or the last sync when it succeeded (statuses from before the list). */
export function lastSuccessOf(status: SyncStatus): string | null {
  return status.successes?.at(-1) ?? (status.lastOutcome === 'done' ? status.lastSyncAt : null);
}

/** The median time between the kept successful syncs, at least a day (a few clicks on "sync now" are not a schedule); null below three. */
export function usualIntervalOf(status: SyncStatus): number | null {
  const times = (status.successes ?? []).map(Date.parse).filter(Number.isFinite);
  if (times.length < 3) return null;
  const gaps = times
    .slice(1)
    .map((time, index) => time - (times[index] as number))
    .sort((a, b) => a - b);
  const middle = gaps.length / 2;
  const median = gaps.length % 2 === 1 ? (gaps[Math.floor(middle)] as number) : ((gaps[middle - 1] as number) + (gaps[middle] as number)) / 2;
  return Math.max(median, DAY_MS);
}

/** A source's freshness from its sync status. */
export const sourceFreshness = (status: SyncStatus, now: Date): Freshness => freshness(lastSuccessOf(status), now, usualIntervalOf(status));
