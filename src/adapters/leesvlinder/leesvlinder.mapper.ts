import { pupilRef, resultIdOf, type SourceId } from '@/domain/ids';
import { scaleScore, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import {
  type Detail,
  fingerprint,
  goalsFor,
  isoInFuture,
  issueDetailOf,
  looksLikePseudonym,
  looseId,
  mapPage,
  rejectionOf,
} from '../shared/map-helpers';
import { pairMemo } from '../shared/pair-memo';
import { isLeesvlinderSummary, leesvlinderVerdict } from './leesvlinder.guard';
import { ISO_WEEK, type LeesvlinderSummary } from './leesvlinder.schema';

export interface LeesvlinderMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  readonly now: string;
}

export type Mapped = { readonly result: Result } | { readonly rejection: Rejection };

const CODE_BY_FIELD: ReadonlyMap<string, RejectionCode> = new Map([
  ['pupil', 'missing-pupil'],
  ['week', 'invalid-time'],
  ['percentage', 'invalid-score'],
]);

/** Friday 15:00 UTC of an ISO week: a weekly summary counts at the end of its school week. Null for a week that does not exist. */
/** From a week's Monday 00:00 UTC to its Friday 15:00 UTC (the time a summary is dated at). */
const FRIDAY_AFTERNOON_MS = (4 * 24 + 15) * 3_600_000;

export function endOfIsoWeek(week: string): string | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  const jan4 = Date.UTC(year, 0, 4);
  const mondayWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const friday = new Date(mondayWeek1 + ((number - 1) * 7 + 4) * 86_400_000 + 15 * 3_600_000);
  // Week 53 exists only in long years: its Thursday must still fall in the same ISO year.
  const thursday = new Date(friday.getTime() - 86_400_000);
  if (thursday.getUTCFullYear() !== year) return null;
  return friday.toISOString();
}

/** A page names a few weeks: each week's end (null when it does not exist) and start are worked out once. */
const weeks = new Map<string, { readonly time: string | null; readonly start: string }>();
function weekTimes(week: string): { readonly time: string | null; readonly start: string } {
  let known = weeks.get(week);
  if (known === undefined) {
    const time = endOfIsoWeek(week);
    known = { time, start: time === null ? '' : new Date(Date.parse(time) - FRIDAY_AFTERNOON_MS).toISOString() };
    if (weeks.size >= 10_000) weeks.clear();
    weeks.set(week, known);
  }
  return known;
}

/** A skill and level's code and goals, once per pair. */
const skillCode = pairMemo((mapping, skill: string, level: string) => {
  const code = `${skill}:${level}`;
  return { code, goals: goalsFor(mapping, code) };
});

function reject(raw: unknown, ctx: LeesvlinderMapContext, code: RejectionCode, detail: Detail): Mapped {
  const recordId = looseId(raw, 'id');
  return { rejection: rejectionOf(ctx.source, recordId ?? fingerprint(raw), code, detail, ctx.now, recordId, raw) };
}

/** One weekly summary -> a canonical Result (percentage on 0..100) or a Rejection. Pure; never throws. */
export function mapLeesvlinderSummary(raw: unknown, ctx: LeesvlinderMapContext): Mapped {
  try {
    // The guard passes only summaries the schema accepts; the others get zod's verdict and its reason.
    let summary: LeesvlinderSummary;
    if (isLeesvlinderSummary(raw)) summary = raw;
    else {
      const verdict = leesvlinderVerdict(raw);
      if (!verdict.success) {
        const field = String(verdict.issue.path[0] ?? '');
        return reject(raw, ctx, CODE_BY_FIELD.get(field) ?? 'invalid-record', issueDetailOf(verdict.issue));
      }
      summary = verdict.data;
    }
    if (!looksLikePseudonym(summary.pupil)) return reject(raw, ctx, 'not-a-pseudonym', 'pupil: geen pseudoniem (een naam of e-mailadres?)');
    const { time, start } = weekTimes(summary.week);
    if (time === null) return reject(raw, ctx, 'invalid-time', 'week: bestaat niet');
    // A summary is dated at the end of its week; only a week that has not begun yet is from the future.
    const future = isoInFuture('week', start, start, ctx.now);
    if (future) return reject(raw, ctx, 'invalid-time', future);
    const { code, goals } = skillCode(ctx.mapping, summary.skill, summary.level);
    return {
      result: {
        id: resultIdOf(ctx.source, summary.id),
        source: ctx.source,
        recordId: summary.id,
        pupil: pupilRef(summary.pupil),
        code,
        goals,
        level: summary.level,
        workForm: 'practice',
        time,
        score: scaleScore(summary.percentage, 0, 100),
        success: null,
        completion: summary.exercises > 0,
        durationSeconds: summary.minutes === undefined ? null : Math.round(summary.minutes * 60),
        attempt: null,
        normBand: null,
      },
    };
  } catch (error) {
    return reject(raw, ctx, 'invalid-record', `onverwerkbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}

export const mapLeesvlinderSummaries = (records: readonly unknown[], ctx: LeesvlinderMapContext) => mapPage(records, ctx, mapLeesvlinderSummary);
