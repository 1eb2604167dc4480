import type { PupilRef, SourceId } from './ids';
import type { Pupil } from './model';
import { isWithheld, retentionCutoff, type Consent } from './privacy';
import type { SourceScope } from './source';
import { isCalendarDate } from './school-day';

/** A scope's dates as instants: `from` inclusive, `to` exclusive (the day after "until"); null = open. */
export interface ScopeWindow {
  readonly from: string | null;
  readonly to: string | null;
}

export const OPEN_WINDOW: ScopeWindow = { from: null, to: null };

export type ScopeProblem = 'since-invalid' | 'until-invalid' | 'since-after-until';

/** What is wrong with a scope the coordinator typed, or null. */
export function scopeProblem(scope: SourceScope | undefined): ScopeProblem | null {
  if (!scope) return null;
  if (scope.since !== undefined && !isCalendarDate(scope.since)) return 'since-invalid';
  if (scope.until !== undefined && !isCalendarDate(scope.until)) return 'until-invalid';
  if (scope.since !== undefined && scope.until !== undefined && scope.since > scope.until) return 'since-after-until';
  return null;
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Amsterdam is ahead of UTC at this instant. */
function offsetMinutes(utcMillis: number): number {
  const parts = Object.fromEntries(amsterdam.formatToParts(new Date(utcMillis)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/** 00:00 of a calendar date in the school's time zone (Europe/Amsterdam), as a UTC instant. */
export function schoolMidnight(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetMinutes(wall) * 60_000;
  return new Date(wall - offsetMinutes(first) * 60_000).toISOString();
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The scope's dates as a window of instants (a scope with a problem is treated as open: the wizard refuses to save it). */
export function scopeWindow(scope: SourceScope | undefined): ScopeWindow {
  if (!scope || scopeProblem(scope) !== null) return OPEN_WINDOW;
  return {
    from: scope.since !== undefined ? schoolMidnight(scope.since) : null,
    to: scope.until !== undefined ? schoolMidnight(nextDay(scope.until)) : null,
  };
}

/** Whether an ISO instant lies in the window (an unreadable time is outside a closed window). */
export function inWindow(window: ScopeWindow, time: string): boolean {
  if (window.from === null && window.to === null) return true;
  const at = Date.parse(time);
  if (Number.isNaN(at)) return false;
  return (window.from === null || at >= Date.parse(window.from)) && (window.to === null || at < Date.parse(window.to));
}

/**
 * The allow-list of a source scoped to "our groups": pupils on the imported roster who are in a
 * current group (not marked as left), minus those whose consent is withheld for this source or for
 * the whole app. Sorted, without duplicates.
 */
export function allowedLearners(input: {
  readonly pupils: readonly Pupil[];
  readonly rostered: ReadonlySet<PupilRef>;
  readonly consents: ReadonlyMap<string, Consent>;
  readonly source: SourceId;
}): PupilRef[] {
  const refs = input.pupils
    .filter((pupil) => input.rostered.has(pupil.ref) && !pupil.leftAt && !isWithheld(input.consents, pupil.ref, input.source))
    .map((pupil) => pupil.ref);
  return [...new Set(refs)].sort();
}

/** Whether two scopes read the same (absent = all pupils, no window). */
export function sameScope(a: SourceScope | undefined, b: SourceScope | undefined): boolean {
  const norm = (scope: SourceScope | undefined) => [scope?.pupils ?? 'all', scope?.since ?? '', scope?.until ?? ''].join('|');
  return norm(a) === norm(b);
}

/** 1 August of the school year `now` falls in, YYYY-MM-DD (Dutch school years start in August). */
export const schoolYearStart = (now: Date): string => retentionCutoff(now, 1).toISOString().slice(0, 10);
