import { pupilRef, resultIdOf, type GoalId, type SourceId } from '@/domain/ids';
import { scaleScore, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { fingerprint, goalsFor, issueText, looksLikePseudonym, looseId, rejectionOf } from '../shared/map-helpers';
import { OneRosterLineItem, OneRosterResult } from './oneroster.schema';

/** What a result needs from its line item: the score range and the learning objectives. */
export interface LineItemInfo {
  readonly min: number;
  readonly max: number;
  readonly objectiveIds: readonly string[];
}

export interface OneRosterMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
  readonly resolveSloIds: (uuids: readonly string[]) => readonly GoalId[];
  readonly lineItems: ReadonlyMap<string, LineItemInfo>;
}

export type OneRosterOutcome =
  | { readonly result: Result }
  | { readonly rejection: Rejection }
  /** A result marked tobedeleted: withdraw what we stored for it. */
  | { readonly void: string }
  /** Not (yet) a score: counted by reason. */
  | { readonly skipped: string };

const CODE_BY_FIELD: Readonly<Record<string, RejectionCode>> = {
  student: 'missing-pupil',
  score: 'invalid-score',
  scoreDate: 'invalid-time',
  dateLastModified: 'invalid-time',
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Goals for learning objective ids: supplier codes through the mapping, SLO UUIDs through the curriculum. */
export function goalsOfObjectives(ids: readonly string[], mapping: CodeMapping, resolveSloIds: (uuids: readonly string[]) => readonly GoalId[]): GoalId[] {
  const goals = new Set<GoalId>();
  const uuids = new Set<string>();
  for (const id of ids) {
    for (const goal of goalsFor(mapping, id)) goals.add(goal);
    for (const match of id.matchAll(UUID)) uuids.add(match[0].toLowerCase());
  }
  if (uuids.size > 0) for (const goal of resolveSloIds([...uuids])) goals.add(goal);
  return [...goals];
}

const objectiveIdsOf = (set: OneRosterLineItem['learningObjectiveSet']): string[] => (set ?? []).flatMap((entry) => entry.learningObjectiveIds);
const resultObjectiveIdsOf = (set: OneRosterResult['learningObjectiveSet']): string[] =>
  (set ?? []).flatMap((entry) => [...(entry.learningObjectiveResults ?? []).map((item) => item.learningObjectiveId), ...(entry.learningObjectiveIds ?? [])]);

/** A line item (any value) -> what results need from it, or why it is unusable. Never throws. */
export function toLineItemInfo(raw: unknown): { readonly id: string; readonly info: LineItemInfo } | { readonly id: string | null; readonly reason: string } {
  try {
    const parsed = OneRosterLineItem.safeParse(raw);
    if (!parsed.success) return { id: looseId(raw, 'sourcedId'), reason: `lineItem ${issueText(parsed.error)}` };
    const { sourcedId, resultValueMin: min, resultValueMax: max } = parsed.data;
    if (!(max > min)) return { id: sourcedId, reason: 'lineItem: resultValueMax is niet groter dan resultValueMin' };
    return { id: sourcedId, info: { min, max, objectiveIds: objectiveIdsOf(parsed.data.learningObjectiveSet) } };
  } catch (error) {
    return { id: null, reason: `onleesbare lineItem: ${error instanceof Error ? error.name : typeof error}` };
  }
}

/** A date (2026-03-04) or date-time as an ISO instant, or null. */
function instantOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function reject(raw: unknown, ctx: OneRosterMapContext, code: RejectionCode, detail: string): OneRosterOutcome {
  let recordId: string | null = null;
  try {
    recordId = looseId(raw, 'sourcedId');
  } catch {
    recordId = null;
  }
  return { rejection: rejectionOf(ctx.source, `oneroster-${recordId ?? fingerprint(raw)}`, code, detail, ctx.now, recordId, raw) };
}

function judge(raw: unknown, ctx: OneRosterMapContext): OneRosterOutcome {
  const parsed = OneRosterResult.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    return reject(raw, ctx, Object.prototype.hasOwnProperty.call(CODE_BY_FIELD, field) ? (CODE_BY_FIELD[field] as RejectionCode) : 'invalid-record', issueText(parsed.error));
  }
  const record = parsed.data;
  if (record.status === 'tobedeleted') return { void: record.sourcedId };
  if (record.scoreStatus !== 'fully graded') return { skipped: `scoreStatus ${record.scoreStatus}` };
  const pupil = record.student.sourcedId;
  if (!looksLikePseudonym(pupil)) return reject(raw, ctx, 'not-a-pseudonym', 'student.sourcedId: geen pseudoniem (spatie of @: naam of e-mailadres?)');
  const lineItem = ctx.lineItems.get(record.lineItem.sourcedId);
  if (!lineItem) return reject(raw, ctx, 'invalid-record', `lineItem ${record.lineItem.sourcedId.slice(0, 80)} ontbreekt of is afgekeurd`);
  if (record.score === null || record.score === undefined) return reject(raw, ctx, 'invalid-score', 'score: leeg bij scoreStatus fully graded');
  if (record.score < lineItem.min || record.score > lineItem.max) return reject(raw, ctx, 'invalid-score', `score valt buiten ${lineItem.min}–${lineItem.max} (resultValueMin/Max)`);
  const time = instantOf(record.scoreDate) ?? (record.scoreDate ? null : instantOf(record.dateLastModified));
  if (time === null) return reject(raw, ctx, 'invalid-time', 'scoreDate: geen datum (JJJJ-MM-DD) en geen bruikbare dateLastModified');
  const code = record.lineItem.sourcedId;
  const objectives = [...lineItem.objectiveIds, ...resultObjectiveIdsOf(record.learningObjectiveSet)];
  const goals = new Set([...goalsFor(ctx.mapping, code), ...goalsOfObjectives(objectives, ctx.mapping, ctx.resolveSloIds)]);
  return {
    result: {
      id: resultIdOf(ctx.source, record.sourcedId),
      source: ctx.source,
      recordId: record.sourcedId,
      pupil: pupilRef(pupil),
      code,
      goals: [...goals],
      level: null,
      workForm: 'test',
      time,
      score: scaleScore(record.score, lineItem.min, lineItem.max),
      success: null,
      completion: true,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    },
  };
}

/**
 * One OneRoster 1.2 result (any JSON value) -> a Result, a rejection with its reason, a void
 * (status tobedeleted) or a skip (not fully graded). Pure; never throws. Keeps no comment or title.
 */
export function oneRosterToResult(raw: unknown, ctx: OneRosterMapContext): OneRosterOutcome {
  try {
    return judge(raw, ctx);
  } catch (error) {
    return reject(raw, ctx, 'invalid-record', `onleesbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}

export interface OneRosterMapped {
  readonly results: Result[];
  readonly rejections: Rejection[];
  readonly voids: string[];
  readonly skipped: Record<string, number>;
}

/** A page (or file) of raw results through the mapper; the same sourcedId twice is kept once. */
export function mapOneRosterResults(records: readonly unknown[], ctx: OneRosterMapContext): OneRosterMapped {
  const out: OneRosterMapped = { results: [], rejections: [], voids: [], skipped: {} };
  const seen = new Set<string>();
  for (const raw of records) {
    const outcome = oneRosterToResult(raw, ctx);
    if ('result' in outcome) {
      if (seen.has(outcome.result.id)) continue;
      seen.add(outcome.result.id);
      out.results.push(outcome.result);
    } else if ('rejection' in outcome) out.rejections.push(outcome.rejection);
    else if ('void' in outcome) out.voids.push(outcome.void);
    else out.skipped[outcome.skipped] = (out.skipped[outcome.skipped] ?? 0) + 1;
  }
  return out;
}
