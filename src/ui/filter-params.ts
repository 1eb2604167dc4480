/**
 * The one URL codec for the views' result filters (ResultFilter) and what travels between pages of
 * one group. Pure: no React, no router. Every view reads its filter with `filterFromParams` and
 * writes it with `filterToParams`; links between the views carry `carriedParams`.
 *
 * In the address (Dutch, readable):
 * - `periode=schooljaar` | `periode=sinds-2026-03-01` | `periode=weken-6`
 * - `bron=<source id>` (one)
 * - `vorm=oefenen|toets|instructie|project` (one)
 */
import { sourceId } from '@/domain/ids';
import type { WorkForm } from '@/domain/model';
import type { ResultFilter, ResultPeriod } from '@/domain/progress/result-filter';
import { isCalendarDate } from '@/domain/school-day';

export const FILTER_PARAMS = { period: 'periode', source: 'bron', workForm: 'vorm' } as const;

/** Work forms by their word in the address. */
export const WORK_FORM_WORDS: Readonly<Record<WorkForm, string>> = {
  practice: 'oefenen',
  test: 'toets',
  instruction: 'instructie',
  project: 'project',
};

const MAX_WEEKS = 520;

/** A filter value in the address that is no value: the page says which and keeps everything for that field. */
export interface FilterProblem {
  readonly field: 'period' | 'workForm';
  readonly value: string;
}

export interface ParsedFilter {
  readonly filter: ResultFilter;
  readonly problems: readonly FilterProblem[];
}

/** The period written in the address, or null when it is no period. */
export function parsePeriod(raw: string): ResultPeriod | null {
  if (raw === 'schooljaar') return { kind: 'school-year' };
  const since = /^sinds-(.+)$/.exec(raw);
  if (since) return isCalendarDate(since[1] as string) ? { kind: 'since', date: since[1] as string } : null;
  const weeks = /^weken-(\d{1,4})$/.exec(raw);
  if (weeks) {
    const count = Number(weeks[1]);
    return count >= 1 && count <= MAX_WEEKS ? { kind: 'last-weeks', weeks: count } : null;
  }
  return null;
}

export function periodWord(period: ResultPeriod): string {
  switch (period.kind) {
    case 'school-year':
      return 'schooljaar';
    case 'since':
      return `sinds-${period.date}`;
    case 'last-weeks':
      return `weken-${period.weeks}`;
  }
}

/** The filter the address asks for; a value that is none is named in `problems`, never guessed. */
export function filterFromParams(params: URLSearchParams): ParsedFilter {
  const problems: FilterProblem[] = [];
  let filter: ResultFilter = {};
  const rawPeriod = params.get(FILTER_PARAMS.period);
  if (rawPeriod) {
    const period = parsePeriod(rawPeriod);
    if (period) filter = { ...filter, period };
    else problems.push({ field: 'period', value: rawPeriod });
  }
  const rawSource = params.get(FILTER_PARAMS.source);
  if (rawSource) filter = { ...filter, sources: [sourceId(rawSource)] };
  const rawForm = params.get(FILTER_PARAMS.workForm);
  if (rawForm) {
    const form = (Object.keys(WORK_FORM_WORDS) as WorkForm[]).find((candidate) => WORK_FORM_WORDS[candidate] === rawForm);
    if (form) filter = { ...filter, workForms: [form] };
    else problems.push({ field: 'workForm', value: rawForm });
  }
  return { filter, problems };
}

/** `params` with the filter written in (fields the filter lacks are removed). Returns a new object. */
export function filterToParams(filter: ResultFilter, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set(FILTER_PARAMS.period, filter.period ? periodWord(filter.period) : undefined);
  set(FILTER_PARAMS.source, filter.sources?.[0]);
  const form = filter.workForms?.[0];
  set(FILTER_PARAMS.workForm, form ? WORK_FORM_WORDS[form] : undefined);
  return next;
}

/** The address parameter for a learning line, on every page. */
export const LINE_PARAM = 'leerlijn';
/** The learning-line page's earlier name for it: old links and bookmarks still open their line. */
const OLD_LINE_PARAM = 'lijn';

/** The learning line an address names: `leerlijn`, or an old link's `lijn`; null when neither. */
export const lineParam = (params: URLSearchParams): string | null => params.get(LINE_PARAM) ?? params.get(OLD_LINE_PARAM);

/** `params` with its line written as `leerlijn` (an old `lijn` is rewritten); `line` when it names none. */
export function withLineParam(params: URLSearchParams, line: string | null = null): URLSearchParams {
  const next = new URLSearchParams(params);
  const value = lineParam(params) ?? line;
  next.delete(OLD_LINE_PARAM);
  if (value) next.set(LINE_PARAM, value);
  return next;
}

/** The parameters that travel from page to page for one group: the group, the filters and the learning line. */
export const CARRIED = ['groep', FILTER_PARAMS.period, FILTER_PARAMS.source, FILTER_PARAMS.workForm, LINE_PARAM] as const;

/**
 * What a link to another view carries from this address: group, filters and line (`overrides`
 * set or, when null, remove one). An old link's `lijn` is carried as `leerlijn`.
 */
export function carriedParams(params: URLSearchParams, overrides: Readonly<Record<string, string | null>> = {}): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of CARRIED) {
    const value = key === LINE_PARAM ? lineParam(params) : params.get(key);
    if (value) next.set(key, value);
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** `path` with the carried parameters as its query (no `?` when there are none). */
export function carriedHref(path: string, params: URLSearchParams, overrides: Readonly<Record<string, string | null>> = {}): string {
  const query = carriedParams(params, overrides).toString();
  return query ? `${path}?${query}` : path;
}
