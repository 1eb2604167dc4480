/**
 * Which results a view counts: a period, sources, work forms and learning lines. Pure; the URL
 * and the filter controls build a ResultFilter, the compute worker's views take it, and the views' grids
 * are computed over what filterResults keeps. An absent or empty field keeps everything.
 */
import type { GoalId, LineId, SourceId } from '../ids';
import { WORK_FORMS, type LearningLine, type Result, type WorkForm } from '../model';
import { isCalendarDate } from '../school-day';
import type { EncodedColumns } from './encoded-results';
import { instantMs } from './instant';
import { WEEK_MS } from '../time-units';

/**
 * The period a view counts:
 * - `school-year`: a Dutch school year, 1 August to 1 August (Europe/Amsterdam); `startYear` is the
 *   calendar year it starts in, absent for the school year `now` falls in;
 * - `since`: from the start of a school day (yyyy-mm-dd, Europe/Amsterdam) on;
 * - `last-weeks`: the last `weeks` weeks up to `now`.
 */
export type ResultPeriod =
  | { readonly kind: 'school-year'; readonly startYear?: number }
  | { readonly kind: 'since'; readonly date: string }
  | { readonly kind: 'last-weeks'; readonly weeks: number };

export interface ResultFilter {
  readonly period?: ResultPeriod;
  readonly sources?: readonly SourceId[];
  readonly workForms?: readonly WorkForm[];
  /** Learning lines: the results with a goal on one of these lines (unmapped results are left out). */
  readonly lines?: readonly LineId[];
}

/** What a filter is resolved against: the instant of the view and the curriculum's lines. */
export interface FilterContext {
  readonly now: Date | string;
  readonly lines: readonly LearningLine[];
}

/** An instant range [fromMs, toMs) in epoch milliseconds. */
export interface TimeRange {
  readonly fromMs: number;
  readonly toMs: number;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Amsterdam's clock is ahead of UTC at an instant, in ms (1 or 2 hours). */
function amsterdamOffsetMs(ms: number): number {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant a school day (yyyy-mm-dd) starts in Europe/Amsterdam. */
export function schoolDayStartMs(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a date written yyyy-mm-dd`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day);
  // The offset at the guess is right except within an hour of a change; the second look settles it.
  const guess = wall - amsterdamOffsetMs(wall);
  return wall - amsterdamOffsetMs(guess);
}

/** The start year of the school year an instant falls in (school years start on 1 August in Amsterdam). */
export function schoolYearOf(nowMs: number): number {
  const year = new Date(nowMs + amsterdamOffsetMs(nowMs)).getUTCFullYear();
  return nowMs >= schoolDayStartMs(`${year}-08-01`) ? year : year - 1;
}

/** The instants a period covers as of `now`. Throws a RangeError naming what is wrong for a period that is no period. */
export function periodRange(period: ResultPeriod, now: Date | string): TimeRange {
  const nowMs = new Date(now).getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('now is not a valid instant');
  switch (period.kind) {
    case 'school-year': {
      const start = period.startYear ?? schoolYearOf(nowMs);
      if (!Number.isInteger(start) || start < 1970 || start > 9998)
        throw new RangeError(`${String(period.startYear)} is not a school year's start year`);
      return { fromMs: schoolDayStartMs(`${start}-08-01`), toMs: schoolDayStartMs(`${start + 1}-08-01`) };
    }
    case 'since':
      return { fromMs: schoolDayStartMs(period.date), toMs: Number.POSITIVE_INFINITY };
    case 'last-weeks':
      if (!Number.isInteger(period.weeks) || period.weeks < 1)
        throw new RangeError(`${String(period.weeks)} is not a number of weeks (a whole number, 1 or more)`);
      return { fromMs: nowMs - period.weeks * WEEK_MS, toMs: Number.POSITIVE_INFINITY };
  }
}

/**
 * A filter made concrete: the time range, and the sources, work forms and goals kept (null: all).
 * Built once per filter and `now`, then asked per result (also by the encoded grid, over ids).
 */
export interface ResolvedFilter {
  readonly range: TimeRange | null;
  readonly sources: ReadonlySet<SourceId> | null;
  readonly workForms: ReadonlySet<WorkForm> | null;
  readonly goals: ReadonlySet<GoalId> | null;
}

const setOf = <T>(values: readonly T[] | undefined): ReadonlySet<T> | null => (values && values.length > 0 ? new Set(values) : null);

export function resolveFilter(filter: ResultFilter, context: FilterContext): ResolvedFilter {
  const unknownForm = filter.workForms?.find((form) => !(WORK_FORMS as readonly string[]).includes(form));
  if (unknownForm !== undefined) throw new RangeError(`"${unknownForm}" is not a work form (${WORK_FORMS.join(', ')})`);
  let goals: Set<GoalId> | null = null;
  if (filter.lines && filter.lines.length > 0) {
    goals = new Set();
    for (const id of filter.lines) {
      const line = context.lines.find((candidate) => candidate.id === id);
      if (!line) throw new RangeError(`"${id}" is not a learning line of the curriculum`);
      for (const goal of line.goals) goals.add(goal.id);
    }
  }
  return {
    range: filter.period ? periodRange(filter.period, context.now) : null,
    sources: setOf(filter.sources),
    workForms: setOf(filter.workForms),
    goals,
  };
}

/** Whether a filter keeps everything (then filterResults returns its input as is). */
export const keepsAll = (filter: ResolvedFilter): boolean => !filter.range && !filter.sources && !filter.workForms && !filter.goals;

/** Whether a filter keeps a result (its time read already: epoch ms, NaN when unreadable). */
export function keeps(filter: ResolvedFilter, result: Result, timeMs: number): boolean {
  const { range, sources, workForms, goals } = filter;
  if (sources && !sources.has(result.source)) return false;
  if (workForms && !workForms.has(result.workForm)) return false;
  if (range && !(timeMs >= range.fromMs && timeMs < range.toMs)) return false;
  return !goals || result.goals.some((goal) => goals.has(goal));
}

/**
 * The results a filter keeps, in their order. A line filter keeps the results with a goal on one of
 * those lines (as they are: a result on two lines still counts for both goals); unmapped results are
 * left out. An unreadable time is left out by a period filter. Returns the input itself when the
 * filter keeps all.
 */
export function filterResults(results: readonly Result[], filter: ResultFilter, context: FilterContext): readonly Result[] {
  const resolved = resolveFilter(filter, context);
  if (keepsAll(resolved)) return results;
  return results.filter((result) => keeps(resolved, result, resolved.range ? instantMs(result.time) : Number.NaN));
}

/** filterResults over encoded results: per result 1 (kept) or 0; null when the filter keeps all. */
export function keptMask(encoded: EncodedColumns, filter: ResultFilter, context: FilterContext): Uint8Array | null {
  const resolved = resolveFilter(filter, context);
  if (keepsAll(resolved)) return null;
  const { sources, workForms, goals } = resolved;
  const sourceKept = Uint8Array.from(encoded.sources, (source) => (!sources || sources.has(source) ? 1 : 0));
  const formKept = Uint8Array.from(WORK_FORMS, (form) => (!workForms || workForms.has(form) ? 1 : 0));
  const goalKept = Uint8Array.from(encoded.goals, (goal) => (!goals || goals.has(goal) ? 1 : 0));
  return maskOf(encoded, resolved.range, { sourceKept, formKept, goalKept, anyForm: workForms === null, anyGoal: goals === null });
}

/** keeps over the columns, per result: its source, work form (a form none of WORK_FORMS is in no filter's set), time and goals by code. */
function maskOf(
  encoded: EncodedColumns,
  range: TimeRange | null,
  kept: { sourceKept: Uint8Array; formKept: Uint8Array; goalKept: Uint8Array; anyForm: boolean; anyGoal: boolean },
): Uint8Array {
  const { source, workForm, time, goalStart, goalCodes } = encoded;
  const mask = new Uint8Array(time.length);
  for (let i = 0; i < time.length; i += 1) {
    const form = workForm[i] as number;
    if (!kept.sourceKept[source[i] as number] || (form < 0 ? !kept.anyForm : !kept.formKept[form])) continue;
    const ms = time[i] as number;
    if (range && !(ms >= range.fromMs && ms < range.toMs)) continue;
    let goal = kept.anyGoal;
    for (let g = goalStart[i] as number; !goal && g < (goalStart[i + 1] as number); g += 1) goal = kept.goalKept[goalCodes[g] as number] === 1;
    if (goal) mask[i] = 1;
  }
  return mask;
}
