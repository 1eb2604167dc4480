import { pupilRef, resultIdOf, type GoalId, type ResultId, type SourceId } from '@/domain/ids';
import type { Rejection, RejectionCode, Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { type Detail, fingerprint, goalsFor, isoInFuture, issueDetail, issueText, looseId, rejectionOf } from '../shared/map-helpers';
import { isoInstant } from '../shared/utc-iso';
import { pupilOfActor } from './xapi.actor';
import { contextNumber, sloUuidsOf, type ResolveSloIds } from './xapi.context';
import { parseDuration } from './xapi.duration';
import { isXapiScoredStatement } from './xapi.guard';
import { XapiScoredStatement, XapiStatementRef } from './xapi.schema';
import { scoreOf } from './xapi.score';
import { TEST_ACTIVITY_TYPES, VOIDED_VERB, resultVerbOf, verbKey, type ResultVerb } from './xapi.verbs';

export interface XapiMapContext {
  readonly source: SourceId;
  /** Activity IRI (object.id) -> goals; looked up first. */
  readonly mapping: CodeMapping;
  /** SLO UUIDs found in contextActivities -> goals; used when the activity has no mapping. */
  readonly resolveSloIds: ResolveSloIds;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
}

/** One statement's fate: a result, a rejection with its reason, skipped (by verb), or a void. */
export type XapiMapOutcome =
  { readonly result: Result } | { readonly rejection: Rejection } | { readonly skipped: string } | { readonly voids: ResultId };

export const CMI5_MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const CMI5_MOVE_ON = 'https://w3id.org/xapi/cmi5/context/extensions/moveon';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which rejection a failing field stands for; anything else is an invalid record. */
const CODE_BY_FIELD: Readonly<Record<string, RejectionCode>> = { timestamp: 'invalid-time', stored: 'invalid-time' };

function reject(raw: unknown, context: XapiMapContext, code: RejectionCode, detail: Detail): XapiMapOutcome {
  let recordId: string | null = null;
  try {
    recordId = looseId(raw, 'id');
  } catch {
    recordId = null;
  }
  const key = recordId ?? `zonder-id-${fingerprint(raw)}`;
  return { rejection: rejectionOf(context.source, key, code, detail, context.now, recordId, raw) };
}

function goalsOf(statement: XapiScoredStatement, context: XapiMapContext): readonly GoalId[] {
  const code = statement.object.id;
  if (Object.prototype.hasOwnProperty.call(context.mapping, code)) return goalsFor(context.mapping, code);
  const uuids = sloUuidsOf(statement.context?.contextActivities);
  if (uuids.length === 0) return [];
  try {
    return [...new Set(context.resolveSloIds(uuids))];
  } catch {
    return [];
  }
}

/**
 * success: result.success; else what the verb says (passed/mastered true, failed false);
 * else, with a cmi5 masteryScore in the context and a score, scaled >= masteryScore; else null.
 * completion: result.completion; else true for the verb completed; else null.
 */
function judgement(verb: ResultVerb, statement: XapiScoredStatement, scaled: number | null) {
  const result = statement.result;
  const mastery = contextNumber(statement.context?.extensions, CMI5_MASTERY_SCORE, 0, 1);
  let success: boolean | null = result?.success ?? null;
  if (success === null && (verb === 'passed' || verb === 'mastered')) success = true;
  if (success === null && verb === 'failed') success = false;
  if (success === null && mastery !== null && scaled !== null) success = scaled >= mastery;
  const completion = result?.completion ?? (verb === 'completed' ? true : null);
  return { success, completion };
}

/** The attempt number from a context extension named .../attempt (or attempt-number), when a producer sends one. */
const attemptOf = (statement: XapiScoredStatement) => contextNumber(statement.context?.extensions, /\/attempt(?:-?number)?$/i, 1, 10_000, true);

/** `parsed()` is the statement as zod gives it (unknown keys dropped): what a rejection keeps an excerpt of. */
function toResult(
  statement: XapiScoredStatement,
  verb: ResultVerb,
  pupil: string,
  context: XapiMapContext,
  parsed: () => XapiScoredStatement,
): XapiMapOutcome {
  const given = statement.timestamp ?? statement.stored;
  if (given === undefined) return reject(parsed(), context, 'invalid-time', 'timestamp en stored ontbreken');
  // As `new Date(given).toISOString()` did: a time no Date reads throws (xapiToResult names the error).
  const time = isoInstant(given);
  if (time === null) throw new RangeError('Invalid time value');
  const future = isoInFuture(statement.timestamp === undefined ? 'stored' : 'timestamp', time, time, context.now);
  if (future) return reject(parsed(), context, 'invalid-time', future);
  const score = scoreOf(statement.result?.score);
  if ('error' in score) return reject(parsed(), context, 'invalid-score', score.error);
  let durationSeconds: number | null = null;
  if (statement.result?.duration !== undefined) {
    const duration = parseDuration(statement.result.duration);
    if ('error' in duration) return reject(parsed(), context, 'invalid-record', `result.duration: ${duration.error}`);
    durationSeconds = duration.seconds;
  }
  const type = statement.object.definition?.type;
  const isTest = verb === 'passed' || verb === 'failed' || (type !== undefined && TEST_ACTIVITY_TYPES.has(type));
  return {
    result: {
      id: resultIdOf(context.source, statement.id),
      source: context.source,
      recordId: statement.id,
      pupil: pupilRef(pupil),
      code: statement.object.id,
      goals: goalsOf(statement, context),
      level: null,
      workForm: isTest ? 'test' : 'practice',
      time,
      score: score.score,
      ...judgement(verb, statement, score.score?.scaled ?? null),
      durationSeconds,
      attempt: attemptOf(statement),
      normBand: null,
    },
  };
}

function mapOne(raw: unknown, context: XapiMapContext): XapiMapOutcome {
  if (!isObject(raw)) return reject(raw, context, 'invalid-record', 'geen statement (object verwacht)');
  const verb = raw['verb'];
  const verbId = isObject(verb) ? verb['id'] : undefined;
  if (typeof verbId !== 'string' || verbId.length === 0 || verbId.length > 2048) return reject(raw, context, 'invalid-record', 'verb.id ontbreekt');
  // Voiding comes before the actor check: the actor of a voiding statement is whoever voids (an admin), not a pupil.
  if (verbId === VOIDED_VERB) {
    const target = XapiStatementRef.safeParse(raw['object']);
    if (!target.success) return reject(raw, context, 'invalid-record', `voided: object is geen StatementRef (${issueText(target.error)})`);
    return { voids: resultIdOf(context.source, target.data.id) };
  }
  const actor = pupilOfActor(raw['actor']);
  if ('code' in actor) return reject(raw, context, actor.code, actor.detail);
  const resultVerb = resultVerbOf(verbId);
  if (resultVerb === null) return { skipped: verbKey(verbId) };
  // The guard passes only statements the schema accepts; zod reads the others and gives the reason.
  if (isXapiScoredStatement(raw)) return toResult(raw, resultVerb, actor.pupil, context, () => XapiScoredStatement.parse(raw));
  const parsed = XapiScoredStatement.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    const field = String(path[0] ?? '');
    const code = path[0] === 'result' && path[1] === 'score' ? 'invalid-score' : CODE_BY_FIELD[field];
    return reject(raw, context, code ?? 'invalid-record', issueDetail(parsed.error));
  }
  return toResult(parsed.data, resultVerb, actor.pupil, context, () => parsed.data);
}

/**
 * One raw xAPI statement (any value) -> a Result, a Rejection with its reason, a skip
 * (verbs without a result, counted by verb) or a void (the ResultId it withdraws).
 * Pure; never throws. Keeps no names, display strings, e-mail addresses or raw payload.
 */
export function xapiToResult(raw: unknown, context: XapiMapContext): XapiMapOutcome {
  try {
    return mapOne(raw, context);
  } catch (error) {
    return reject(raw, context, 'invalid-record', `onleesbaar statement: ${error instanceof Error ? error.name : typeof error}`);
  }
}
