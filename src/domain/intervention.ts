import type { GoalId, GroupId, PupilRef } from './ids';
import type { Result } from './model';
import { schoolDay } from './school-day';

/** What a teacher did for a pupil (or an instruction group) on a goal, in any tool or none. */
export const INTERVENTION_KINDS = ['extra-instruction', 'pre-teaching', 'remedial-practice', 'conversation', 'other'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/**
 * One intervention for one pupil. Recorded for a whole instruction group, it is one row per pupil
 * sharing a `batch`, so forgetting a pupil removes exactly their rows.
 */
export interface Intervention {
  readonly id: string;
  readonly batch: string;
  readonly pupil: PupilRef;
  /** Set when it was recorded for an instruction group of this group. */
  readonly group: GroupId | null;
  readonly goal: GoalId;
  readonly kind: InterventionKind;
  /** The school day it happened (yyyy-mm-dd, Europe/Amsterdam). */
  readonly date: string;
  readonly note: string;
  /** ISO instant it was recorded. */
  readonly recordedAt: string;
}

/** The scores on one goal before and after a date: the mean of the last few before, and of all since. */
export interface ResultsAround {
  readonly before: { readonly count: number; readonly mean: number | null };
  readonly since: { readonly count: number; readonly mean: number | null };
}

/** How many of the latest results before the intervention stand for "how it went before". */
export const RESULTS_BEFORE = 5;

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * What happened to a pupil's scored results on the intervention's goal since its day, against the
 * last RESULTS_BEFORE results before it. Results on the day itself count as "since" (the
 * instruction is usually followed by practice the same day).
 */
export function resultsAround(intervention: Pick<Intervention, 'pupil' | 'goal' | 'date'>, results: readonly Result[]): ResultsAround {
  const before: { t: string; scaled: number }[] = [];
  const since: number[] = [];
  for (const result of results) {
    if (result.pupil !== intervention.pupil || !result.score || !result.goals.includes(intervention.goal)) continue;
    if (schoolDay(new Date(result.time)) >= intervention.date) since.push(result.score.scaled);
    else before.push({ t: result.time, scaled: result.score.scaled });
  }
  const latestBefore = before.sort((a, b) => (a.t < b.t ? 1 : a.t > b.t ? -1 : 0)).slice(0, RESULTS_BEFORE);
  return {
    before: { count: latestBefore.length, mean: mean(latestBefore.map((item) => item.scaled)) },
    since: { count: since.length, mean: mean(since) },
  };
}

/** Newest first (by day, then by when recorded): the order every list of interventions uses. */
export const byNewest = (a: Intervention, b: Intervention) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;

/** The latest intervention per pupil, for pages that say "already had extra instruction". */
export function latestPerPupil(interventions: readonly Intervention[]): Map<PupilRef, Intervention> {
  const latest = new Map<PupilRef, Intervention>();
  for (const item of [...interventions].sort(byNewest)) if (!latest.has(item.pupil)) latest.set(item.pupil, item);
  return latest;
}

/** What can be wrong with an intervention as entered: each has a sentence under interventions.error. */
export type InterventionProblem =
  'kind' | 'goal' | 'dateInvalid' | 'dateFuture' | 'dateTooOld' | 'noteTooLong' | 'otherNeedsNote' | 'noPupils' | 'form';

const PROBLEMS: ReadonlySet<string> = new Set<InterventionProblem>([
  'kind',
  'goal',
  'dateInvalid',
  'dateFuture',
  'dateTooOld',
  'noteTooLong',
  'otherNeedsNote',
  'noPupils',
  'form',
]);

/** A validator's message as a problem; anything unknown is 'form' (check the form). */
export const toProblem = (message: string): InterventionProblem => (PROBLEMS.has(message) ? (message as InterventionProblem) : 'form');
