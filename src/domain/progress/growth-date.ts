import { DAY_MS } from '../time-units';

/**
 * The dates growth is measured from, apart from the measuring (growth-since.ts): the filter bar on every first page
 * needs only these, not the estimators.
 */

/** Growth is shown since this many weeks ago unless the teacher picks a date: recent enough to act on. */
export const GROWTH_DEFAULT_WEEKS = 6;

/** The default "since" date as a date input value (YYYY-MM-DD): GROWTH_DEFAULT_WEEKS weeks before `now`. */
export function defaultGrowthDate(now: Date | string): string {
  return new Date(new Date(now).getTime() - GROWTH_DEFAULT_WEEKS * 7 * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant growth is measured from, for a date input value: the start of that day (UTC), as ISO.
 * Null when the value is no real calendar date (empty, 2026-02-30) or the day starts after `now`.
 */
export function growthSinceInstant(date: string, now: Date | string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const start = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== date) return null;
  return start.getTime() > new Date(now).getTime() ? null : start.toISOString();
}
