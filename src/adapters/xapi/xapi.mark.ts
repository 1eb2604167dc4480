import { isAdapterError } from '../http/adapter-error';
import { earlierOf, MAX_SEEN, type SeenStatement } from './xapi.cursor';

/**
 * Reading an LRS incrementally (issue 12, item 5). The cursor keeps a high-water mark on `stored`
 * (`latest`, the newest `stored` this source has stored), and the next query asks `ascending=true`
 * from the mark less OVERLAP_MS: an LRS that sends no X-Experience-API-Consistent-Through may
 * make a statement visible a moment after a later one (its `stored` is then just before the mark).
 * What the overlap brings again is dropped by statement id (`seen`: the ids stored within the
 * overlap before the mark), so a second sync adds only what is new and counts nothing twice.
 *
 * X-Experience-API-Consistent-Through says up to which `stored` instant the LRS's answer is
 * complete. A statement stored after it may still be joined by one with an older `stored`, so a
 * run stops there: such statements are left for the next run, and the mark never passes the
 * earliest such instant of the run (the first page's: a `more` link continues a query whose
 * earlier pages may have missed a statement that became visible later).
 */
export const OVERLAP_MS = 30_000;

/** The `since` a query sends for a mark: the overlap before it. */
export const overlapped = (mark: string | null): string | null => (mark === null ? null : new Date(Date.parse(mark) - OVERLAP_MS).toISOString());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The LRS's X-Experience-API-Consistent-Through as an ISO instant, or null when absent or unreadable. */
export function consistentThrough(headers: Headers | null): string | null {
  const value = headers?.get('X-Experience-API-Consistent-Through') ?? null;
  if (value === null || value.length > 40 || !ISO.test(value.trim())) return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

export interface MarkState {
  readonly latest: string | null;
  readonly seen: readonly SeenStatement[];
  /** The run's consistency bound so far (earliest Consistent-Through), or null. */
  readonly ct: string | null;
}

export interface MarkedPage {
  /** The statements to map and store: neither seen before nor stored after the consistency bound. */
  readonly statements: readonly unknown[];
  readonly latest: string | null;
  readonly seen: readonly SeenStatement[];
  readonly ct: string | null;
  /** Statements stored after the bound were left out: the run ends here. */
  readonly cut: boolean;
  /** Statements dropped because this source stored them already (the overlap). */
  readonly duplicates: number;
}

function fieldsOf(record: unknown): { id: string | null; stored: number } {
  if (typeof record !== 'object' || record === null) return { id: null, stored: Number.NaN };
  const { id, stored } = record as Record<string, unknown>;
  return {
    id: typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null,
    stored: typeof stored === 'string' && stored.length <= 40 ? Date.parse(stored) : Number.NaN,
  };
}

/** One page through the mark: drop what was seen, cut at the consistency bound, move the mark. */
export function markPage(records: readonly unknown[], state: MarkState, pageCt: string | null): MarkedPage {
  const ct = earlierOf(state.ct, pageCt);
  const bound = ct === null ? Number.POSITIVE_INFINITY : Date.parse(ct);
  const known = new Set(state.seen.map(([id]) => id));
  let newest = state.latest === null ? Number.NEGATIVE_INFINITY : Date.parse(state.latest);
  const kept: unknown[] = [];
  const seen: SeenStatement[] = [...state.seen];
  let cut = false;
  let duplicates = 0;
  for (const record of records) {
    const { id, stored } = fieldsOf(record);
    if (stored > bound) {
      cut = true;
      continue;
    }
    if (id !== null && known.has(id)) {
      duplicates += 1;
      continue;
    }
    kept.push(record);
    if (id === null || !Number.isFinite(stored)) continue;
    known.add(id);
    seen.push([id, stored]);
    if (stored > newest) newest = stored;
  }
  const floor = newest - OVERLAP_MS;
  const recent = seen.filter(([, stored]) => stored >= floor);
  return {
    statements: kept,
    latest: Number.isFinite(newest) ? new Date(newest).toISOString() : null,
    seen: recent.length > MAX_SEEN ? recent.slice(-MAX_SEEN) : recent,
    ct,
    cut,
    duplicates,
  };
}

/**
 * A `more` link the LRS no longer honours (some keep them a minute): 404, 410 or 400. The run
 * then asks again from its mark instead of failing. Other errors (401, 5xx after the retries) stay errors.
 */
export const expiredMore = (error: unknown): boolean => isAdapterError(error) && error.status !== null && [400, 404, 410].includes(error.status);
