import { pupilRef, resultIdOf, type GoalId, type PupilRef, type SourceId } from '@/domain/ids';
import type { Rejection, RejectionCode, Result, Score, WorkForm } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import type { z } from 'zod';
import { type Detail, fingerprint, issueDetail, looksLikePseudonym, rejectionOf } from '../shared/map-helpers';
import { embedded, isoDurationSeconds, learningObjectiveUuids, refId, refType, safeName } from './caliper.refs';

/** Shared steps of the Caliper mappers: context, rejections, the learner, the code and goals, the Result. */
export interface CaliperMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
  /** SLO UUIDs found in learningObjectives -> goals; used when the code has no mapping. */
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
}

/** A result, a rejection with its reason, or a record skipped on purpose (counted under `skipped`). */
export type CaliperMapOutcome = { readonly result: Result } | { readonly rejection: Rejection } | { readonly skipped: string };

/** The event type and the one action of it that carries a result. Everything else is skipped. */
export const CALIPER_RESULT_ACTIONS: Readonly<Record<string, string>> = {
  GradeEvent: 'Graded',
  AssessmentEvent: 'Submitted',
  AssessmentItemEvent: 'Completed',
  ToolUseEvent: 'Used',
};

/** The Caliper spec's placeholder for an anonymous Person: not a pseudonym. */
export const CALIPER_ANONYMOUS_PERSON = 'http://purl.imsglobal.org/caliper/Person';

export const eventIdOf = (raw: unknown): string | null => {
  const id = embedded(raw)?.['id'];
  return typeof id === 'string' && id.length > 0 && id.length <= 512 ? id : null;
};

export function reject(raw: unknown, ctx: CaliperMapContext, code: RejectionCode, detail: Detail): CaliperMapOutcome {
  const recordId = eventIdOf(raw);
  return { rejection: rejectionOf(ctx.source, recordId ?? `zonder-id-${fingerprint(raw)}`, code, detail, ctx.now, recordId, raw) };
}

/** Which rejection the first failing field stands for. */
export function rejectInvalid(raw: unknown, ctx: CaliperMapContext, error: z.ZodError, scoreField: boolean): CaliperMapOutcome {
  const path = (error.issues[0]?.path ?? []).map(String).join('.');
  let code: RejectionCode = 'invalid-record';
  if (path.startsWith('eventTime')) code = 'invalid-time';
  else if (path.startsWith('actor') || path.startsWith('object.assignee') || (path === 'object' && scoreField)) code = 'missing-pupil';
  else if (path.startsWith('generated') && scoreField) code = 'invalid-score';
  return reject(raw, ctx, code, issueDetail(error));
}

export type Learner = { readonly pupil: PupilRef } | { readonly code: RejectionCode; readonly detail: string };

/** The learner behind a Person reference. The id is opaque: only plainly-not-a-pseudonym values are refused. */
export function learnerOf(ref: unknown, field: string): Learner {
  if (ref === null || ref === undefined) return { code: 'missing-pupil', detail: `${field}: ontbreekt` };
  const type = refType(ref);
  if (type !== null && type !== 'Person') return { code: 'missing-pupil', detail: `${field}: een ${safeName(type)}, geen Person` };
  const id = refId(ref);
  if (id === null) return { code: 'not-a-pseudonym', detail: `${field}: Person zonder id` };
  if (/^mailto:/i.test(id) || id === CALIPER_ANONYMOUS_PERSON || !looksLikePseudonym(id)) {
    return { code: 'not-a-pseudonym', detail: `${field}.id: geen pseudoniem (e-mailadres, naam of anoniem)` };
  }
  return { pupil: pupilRef(id) };
}

/** What was assessed: an item counts towards its Assessment (isPartOf) when that is named. */
export function assessedOf(entity: unknown, item: boolean): { readonly code: string | null; readonly entities: readonly unknown[] } {
  const isItem = item || refType(entity) === 'AssessmentItem';
  const parent = isItem ? embedded(entity)?.['isPartOf'] : undefined;
  const parentId = refId(parent);
  if (parentId !== null) return { code: parentId, entities: [parent, entity] };
  return { code: refId(entity), entities: [entity] };
}

/** Goals for a code: the mapping table first; else SLO UUIDs in the entities' learningObjectives. */
export function goalsOf(ctx: CaliperMapContext, code: string, entities: readonly unknown[]): readonly GoalId[] {
  if (Object.hasOwn(ctx.mapping, code)) return ctx.mapping[code] ?? [];
  const uuids = [...new Set(entities.flatMap(learningObjectiveUuids))];
  if (uuids.length === 0 || ctx.resolveSloIds === undefined) return [];
  try {
    return [...ctx.resolveSloIds(uuids)];
  } catch {
    return [];
  }
}

export interface ResultParts {
  readonly id: string;
  readonly pupil: PupilRef;
  readonly code: string;
  readonly goals: readonly GoalId[];
  readonly workForm: WorkForm;
  readonly time: string;
  readonly score: Score | null;
  readonly success: boolean | null;
  readonly completion: boolean | null;
  /** The Attempt that holds count and duration, if any. */
  readonly attempt?: unknown;
  readonly durationSeconds?: number | null;
}

export function resultOf(ctx: CaliperMapContext, parts: ResultParts): Result {
  const attempt = embedded(parts.attempt);
  const count = attempt?.['count'];
  return {
    id: resultIdOf(ctx.source, parts.id),
    source: ctx.source,
    recordId: parts.id,
    pupil: parts.pupil,
    code: parts.code,
    goals: parts.goals,
    level: null,
    workForm: parts.workForm,
    time: parts.time,
    score: parts.score,
    success: parts.success,
    completion: parts.completion,
    durationSeconds: parts.durationSeconds ?? isoDurationSeconds(attempt?.['duration']),
    attempt: typeof count === 'number' && Number.isInteger(count) ? count : null,
    normBand: null,
  };
}
