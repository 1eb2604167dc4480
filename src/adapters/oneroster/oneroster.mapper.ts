import { pupilRef, resultIdOf, type GoalId, type SourceId } from '@/domain/ids';
import type { Rejection, RejectionCode, Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { type Detail, fingerprint, goalsFor, isoInFuture, issueDetail, looksLikePseudonym, looseId, rejectionOf } from '../shared/map-helpers';
import { textMemo } from '../shared/text-memo';
import { isoInstant } from '../shared/utc-iso';
import { objectiveRecordId, objectiveScoresOf, resultObjectiveIdsOf, splitByObjective } from './oneroster.objectives';
import { scoreOf, type ScoreRule, type ScoreScaleInfo } from './oneroster.scales';
import type { LineItemInfo } from './oneroster.line-items';
import { isNullish } from '../shared/guards';
import { isOneRosterResult, withDecimalScore } from './oneroster.guard';
import { OneRosterResult } from './oneroster.schema';

export { toLineItemInfo, type LineItemInfo } from './oneroster.line-items';

export interface OneRosterMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
  readonly resolveSloIds: (uuids: readonly string[]) => readonly GoalId[];
  readonly lineItems: ReadonlyMap<string, LineItemInfo>;
  /** Score scales by sourcedId, for a result that names its own (1.2 `scoreScale`). */
  readonly scales?: ReadonlyMap<string, ScoreScaleInfo>;
}

export type OneRosterOutcome =
  /**
   * The results one record stands for (itself, and one per objective with its own score) and the
   * record ids it withdraws: a tobedeleted record, or a record whose goals all went to objectives.
   */
  | { readonly record: string; readonly results: readonly Result[]; readonly voids: readonly string[] }
  | { readonly rejection: Rejection }
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
export function goalsOfObjectives(
  ids: readonly string[],
  mapping: CodeMapping,
  resolveSloIds: (uuids: readonly string[]) => readonly GoalId[],
): GoalId[] {
  const goals = new Set<GoalId>();
  const uuids = new Set<string>();
  for (const id of ids) {
    for (const goal of goalsFor(mapping, id)) goals.add(goal);
    for (const match of id.matchAll(UUID)) uuids.add(match[0].toLowerCase());
  }
  if (uuids.size > 0) for (const goal of resolveSloIds([...uuids])) goals.add(goal);
  return [...goals];
}

/** How this result is scored: its line item's range, and its own scale or else its line item's. */
function ruleOf(record: OneRosterResult | null, lineItem: LineItemInfo, ctx: OneRosterMapContext): ScoreRule {
  const own = record?.scoreScale?.sourcedId ?? null;
  if (own === null)
    return {
      min: lineItem.min,
      max: lineItem.max,
      scale: lineItem.scale ?? null,
      ...(lineItem.missingScale ? { missingScale: lineItem.missingScale } : {}),
    };
  const scale = ctx.scales?.get(own) ?? null;
  return { min: lineItem.min, max: lineItem.max, scale, ...(scale ? {} : { missingScale: own }) };
}

/** A date (2026-03-04) or date-time as an ISO instant, or null. */
function readInstant(value: string): string | null {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? isoInstant(text) : null;
}

/** A gradebook dates its results with a few hundred distinct dates: each is read once. */
const readInstantOnce = textMemo(readInstant);
const instantOf = (value: string | null | undefined): string | null => (value ? readInstantOnce(value) : null);

/** What every result of one line item shares: its goals (when it names no objectives itself) and its score rule (when it names no scale). */
interface LineItemShare {
  readonly goals: readonly GoalId[];
  readonly rule: ScoreRule;
}
/** Shares worked out once per line item for one page (or file); a page names a few dozen line items. */
export type LineItemShares = Map<LineItemInfo, LineItemShare>;

function shareOf(code: string, lineItem: LineItemInfo, ctx: OneRosterMapContext, shares: LineItemShares): LineItemShare {
  let share = shares.get(lineItem);
  if (share === undefined) {
    const goals = new Set([...goalsFor(ctx.mapping, code), ...goalsOfObjectives(lineItem.objectiveIds, ctx.mapping, ctx.resolveSloIds)]);
    share = { goals: [...goals], rule: ruleOf(null, lineItem, ctx) };
    shares.set(lineItem, share);
  }
  return share;
}

function reject(raw: unknown, ctx: OneRosterMapContext, code: RejectionCode, detail: Detail): { readonly rejection: Rejection } {
  let recordId: string | null = null;
  try {
    recordId = looseId(raw, 'sourcedId');
  } catch {
    recordId = null;
  }
  return { rejection: rejectionOf(ctx.source, `oneroster-${recordId ?? fingerprint(raw)}`, code, detail, ctx.now, recordId, raw) };
}

/** The result as zod gives it (known fields), or the rejection zod's first issue names. */
function checked(raw: unknown, ctx: OneRosterMapContext): { readonly valid: OneRosterResult } | { readonly rejection: Rejection } {
  // The guard passes only results whose known fields zod gives back unchanged; zod reads the others and gives the reason.
  if (isOneRosterResult(raw)) return { valid: raw };
  // A score as text (results.csv) read as zod reads it; the rest judged by the guard. A refusal still comes from zod, about raw.
  const scored = withDecimalScore(raw);
  if (scored !== null && isOneRosterResult(scored)) return { valid: scored };
  const parsed = OneRosterResult.safeParse(raw);
  if (parsed.success) return { valid: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return reject(
    raw,
    ctx,
    Object.prototype.hasOwnProperty.call(CODE_BY_FIELD, field) ? (CODE_BY_FIELD[field] as RejectionCode) : 'invalid-record',
    issueDetail(parsed.error),
  );
}

function judge(raw: unknown, ctx: OneRosterMapContext, shares: LineItemShares): OneRosterOutcome {
  const read = checked(raw, ctx);
  if ('rejection' in read) return read;
  const record = read.valid;
  if (record.status === 'tobedeleted') {
    const voids = [record.sourcedId, ...resultObjectiveIdsOf(record.learningObjectiveSet).map((id) => objectiveRecordId(record.sourcedId, id))];
    return { record: record.sourcedId, results: [], voids: [...new Set(voids)] };
  }
  if (record.scoreStatus !== 'fully graded') return { skipped: `scoreStatus ${record.scoreStatus}` };
  const pupil = record.student.sourcedId;
  if (!looksLikePseudonym(pupil))
    return reject(raw, ctx, 'not-a-pseudonym', 'student.sourcedId: geen pseudoniem (spatie of @: naam of e-mailadres?)');
  const lineItem = ctx.lineItems.get(record.lineItem.sourcedId);
  if (!lineItem) return reject(raw, ctx, 'invalid-record', `lineItem ${record.lineItem.sourcedId.slice(0, 80)} ontbreekt of is afgekeurd`);
  const code = record.lineItem.sourcedId;
  const share = shareOf(code, lineItem, ctx, shares);
  const rule = isNullish(record.scoreScale) ? share.rule : ruleOf(record, lineItem, ctx);
  const score = scoreOf(record.score, record.textScore, rule);
  if ('reason' in score) return reject(raw, ctx, 'invalid-score', score.reason);
  const set = record.learningObjectiveSet;
  const scored = objectiveScoresOf(set, rule);
  if ('reason' in scored) return reject(raw, ctx, 'invalid-score', scored.reason);
  const time = instantOf(record.scoreDate) ?? (record.scoreDate ? null : instantOf(record.dateLastModified));
  if (time === null) return reject(raw, ctx, 'invalid-time', 'scoreDate: geen datum (JJJJ-MM-DD) en geen bruikbare dateLastModified');
  const future = isoInFuture(record.scoreDate ? 'scoreDate' : 'dateLastModified', time, time, ctx.now);
  if (future) return reject(raw, ctx, 'invalid-time', future);
  const own = resultObjectiveIdsOf(set);
  const objectives = [...lineItem.objectiveIds, ...own];
  const goals =
    own.length === 0 ? share.goals : [...new Set([...goalsFor(ctx.mapping, code), ...goalsOfObjectives(objectives, ctx.mapping, ctx.resolveSloIds)])];
  const main: Result = {
    id: resultIdOf(ctx.source, record.sourcedId),
    source: ctx.source,
    recordId: record.sourcedId,
    pupil: pupilRef(pupil),
    code,
    goals,
    level: null,
    workForm: 'test',
    time,
    score,
    success: null,
    completion: true,
    durationSeconds: null,
    attempt: null,
    normBand: null,
  };
  // Without objectives of its own the record stands for itself alone.
  if (isNullish(set) || set.length === 0) return { record: record.sourcedId, results: [main], voids: [] };
  const split = splitByObjective(main, scored, (id) => goalsOfObjectives([id], ctx.mapping, ctx.resolveSloIds));
  // An objective in the record's learningObjectiveResults (the form that can carry a score) that gives
  // no result of its own now (its score dropped in this version, or it maps to no goal any more) may
  // have one from an earlier version: withdraw it.
  const kept = new Set(split.results.map((result) => result.recordId));
  const stale = (record.learningObjectiveSet ?? [])
    .flatMap((entry) => (entry.learningObjectiveResults ?? []).map((item) => objectiveRecordId(record.sourcedId, item.learningObjectiveId)))
    .filter((id) => !kept.has(id));
  return { record: record.sourcedId, results: split.results, voids: [...new Set([...split.voids, ...stale])] };
}

/**
 * One OneRoster 1.2 result (any JSON value) -> its results (itself and one per objective with its
 * own score) and voids (status tobedeleted), a rejection with its reason, or a skip (not fully
 * graded). Pure; never throws. Keeps no comment, title or textScore.
 */
export function oneRosterToResult(raw: unknown, ctx: OneRosterMapContext, shares: LineItemShares = new Map()): OneRosterOutcome {
  try {
    return judge(raw, ctx, shares);
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

/** Adds one outcome to what a page (or file) gives; the same sourcedId twice is kept once (`seen`). */
export function addOutcome(out: OneRosterMapped, outcome: OneRosterOutcome, seen: Set<string>): void {
  if ('results' in outcome) {
    if (seen.has(outcome.record)) return;
    seen.add(outcome.record);
    for (const result of outcome.results) out.results.push(result);
    for (const id of outcome.voids) out.voids.push(id);
  } else if ('rejection' in outcome) out.rejections.push(outcome.rejection);
  else out.skipped[outcome.skipped] = (out.skipped[outcome.skipped] ?? 0) + 1;
}

/** A page (or file) of raw results through the mapper; the same sourcedId twice is kept once. */
export function mapOneRosterResults(records: readonly unknown[], ctx: OneRosterMapContext): OneRosterMapped {
  const out: OneRosterMapped = { results: [], rejections: [], voids: [], skipped: {} };
  const seen = new Set<string>();
  const shares: LineItemShares = new Map();
  for (const raw of records) addOutcome(out, oneRosterToResult(raw, ctx, shares), seen);
  return out;
}
