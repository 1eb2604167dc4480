import type { GoalId, PupilRef } from './ids';
import type { Result } from './model';
import { statusOf, type MasteryStatus } from './progress/mastery';
import { schoolDay } from './school-day';

/** The statuses a teacher can set by hand: the views' own words (beheerst, bijna, mee bezig). */
export const JUDGED_STATUSES = ['mastered', 'nearly', 'working'] as const;
export type JudgedStatus = (typeof JUDGED_STATUSES)[number];

/** Who set it, in which role (the role chosen at unlock; Leerzicht has no user accounts). */
export const JUDGE_ROLES = ['teacher', 'ict-coordinator'] as const;
export type JudgeRole = (typeof JUDGE_ROLES)[number];

/**
 * A teacher's own judgement of a pupil on a goal, on the record. A new judgement on the same pupil
 * and goal replaces the last one (`replaces`); the rows stay as its history.
 */
export interface TeacherJudgement {
  readonly id: string;
  readonly pupil: PupilRef;
  readonly goal: GoalId;
  readonly status: JudgedStatus;
  /** The school day the judgement holds from (yyyy-mm-dd, Europe/Amsterdam). */
  readonly date: string;
  readonly note: string;
  readonly role: JudgeRole;
  /** ISO instant it was recorded. */
  readonly recordedAt: string;
  /** The judgement this one replaced; null for the first on this pupil and goal. */
  readonly replaces: string | null;
}

/** Newer evidence speaks against a judgement from this many scored results on the goal after its day. */
export const NEWER_EVIDENCE_MIN = 2;

/** What the results after a judgement's day say: how many, their mean, and the status that mean reads as. */
export interface NewerEvidence {
  readonly count: number;
  readonly mean: number | null;
  readonly status: MasteryStatus;
}

export interface JudgementState {
  readonly judgement: TeacherJudgement;
  readonly newer: NewerEvidence;
  /** "Verouderd": at least NEWER_EVIDENCE_MIN newer results whose mean reads as another status than the judgement. */
  readonly outdated: boolean;
}

/** Newest first: by day, then by when recorded. */
export const byNewestJudgement = (a: TeacherJudgement, b: TeacherJudgement) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0;

/** The judgement in force per pupil x goal (the newest), keyed `pupil|goal`. */
export function currentJudgements(judgements: readonly TeacherJudgement[]): Map<string, TeacherJudgement> {
  const current = new Map<string, TeacherJudgement>();
  for (const item of [...judgements].sort(byNewestJudgement)) {
    const key = judgementKey(item.pupil, item.goal);
    if (!current.has(key)) current.set(key, item);
  }
  return current;
}

export const judgementKey = (pupil: string, goal: string) => `${pupil}|${goal}`;

/**
 * Whether newer evidence disagrees with a judgement: the pupil's scored results on its goal dated
 * after the judgement's day (Europe/Amsterdam), their plain mean read with the views' thresholds.
 */
export function judgementState(judgement: TeacherJudgement, results: readonly Result[]): JudgementState {
  const scores: number[] = [];
  for (const result of results) {
    if (result.pupil !== judgement.pupil || !result.score || !result.goals.includes(judgement.goal)) continue;
    const ms = Date.parse(result.time);
    if (!Number.isFinite(ms) || schoolDay(new Date(ms)) <= judgement.date) continue;
    scores.push(result.score.scaled);
  }
  const mean = scores.length === 0 ? null : scores.reduce((sum, value) => sum + value, 0) / scores.length;
  const status = statusOf(mean, scores.length);
  const outdated = scores.length >= NEWER_EVIDENCE_MIN && status !== judgement.status;
  return { judgement, newer: { count: scores.length, mean, status }, outdated };
}

/**
 * The judgements still in force (newest per pupil x goal, not outdated) as a lookup: what
 * needs-help and the report follow instead of the estimate until newer evidence disagrees.
 */
export function judgementsInForce(judgements: readonly TeacherJudgement[], results: readonly Result[]): Map<string, TeacherJudgement> {
  const inForce = new Map<string, TeacherJudgement>();
  for (const [key, judgement] of currentJudgements(judgements)) if (!judgementState(judgement, results).outdated) inForce.set(key, judgement);
  return inForce;
}

/** What can be wrong with a judgement as entered: each has a sentence under judgements.error. */
export type JudgementProblem = 'status' | 'goal' | 'pupil' | 'dateInvalid' | 'dateFuture' | 'dateTooOld' | 'noteTooLong' | 'role' | 'form';

const PROBLEMS: ReadonlySet<string> = new Set<JudgementProblem>([
  'status',
  'goal',
  'pupil',
  'dateInvalid',
  'dateFuture',
  'dateTooOld',
  'noteTooLong',
  'role',
  'form',
]);

/** A validator's message as a problem; anything unknown is 'form'. */
export const toJudgementProblem = (message: string): JudgementProblem => (PROBLEMS.has(message) ? (message as JudgementProblem) : 'form');

/** Per goal of one pupil: the judgement in force (with what newer evidence says) and the whole history, newest first. */
export interface GoalJudgements {
  readonly current: JudgementState;
  readonly history: readonly TeacherJudgement[];
}

/** One pupil's judgements per goal, for the profile. */
export function judgementsByGoal(judgements: readonly TeacherJudgement[], results: readonly Result[]): Map<string, GoalJudgements> {
  const history = new Map<string, TeacherJudgement[]>();
  for (const item of [...judgements].sort(byNewestJudgement)) history.set(item.goal, [...(history.get(item.goal) ?? []), item]);
  return new Map(
    [...history].map(([goal, list]) => [goal, { current: judgementState(list[0] as TeacherJudgement, results), history: list }] as const),
  );
}
