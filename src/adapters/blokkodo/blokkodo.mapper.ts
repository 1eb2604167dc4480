import { pupilRef, resultIdOf, type SourceId } from '@/domain/ids';
import { scaleScore, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { type Detail, fingerprintHash, goalsFor, isoInFuture, issueDetailOf, looksLikePseudonym, looseId, rejectionOf } from '../shared/map-helpers';
import { pairMemo } from '../shared/pair-memo';
import { isoInstant } from '../shared/utc-iso';
import { blokkodoVerdict, isBlokkodoCompletion } from './blokkodo.guard';
import type { BlokkodoCompletion } from './blokkodo.schema';

export interface BlokkodoMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
}

export type BlokkodoMapOutcome = { readonly result: Result } | { readonly rejection: Rejection };

/** Blokkodo's world for learner-made projects: those completions are work form 'project'. */
export const BLOKKODO_PROJECT_WORLD = 'Eigen project';

/** The supplier code of a completion: `<concept>:<difficulty>`, e.g. `loops:2`. */
export const blokkodoCode = (concept: string, difficulty: number) => `${concept}:${difficulty}`;

/** Which rejection a failing field stands for; anything else is an invalid record. */
const CODE_BY_FIELD: Readonly<Record<string, RejectionCode>> = {
  learner: 'missing-pupil',
  completed_at: 'invalid-time',
  stars: 'invalid-score',
};

/** A pseudonym never has spaces or an @: such a value looks like a name or an e-mail address. */
/** Blokkodo's learner ids may be short; only what is plainly personal is refused (see looksLikePseudonym). */
const looksPersonal = (value: string) => !looksLikePseudonym(value.padEnd(16, '-'));

/**
 * A stable key for a record without a usable id, so re-syncs do not pile up: the shared fingerprint's
 * FNV-1a of its JSON, written as Blokkodo's keys always were (8 hex digits, no prefix), so stored
 * rejections keep their keys.
 */
const fingerprint = (raw: unknown): string => fingerprintHash(raw).toString(16).padStart(8, '0');

function idOf(raw: unknown): string | null {
  try {
    return looseId(raw, 'completion_id');
  } catch {
    return null;
  }
}

function reject(raw: unknown, context: BlokkodoMapContext, code: RejectionCode, detail: Detail): BlokkodoMapOutcome {
  const recordId = idOf(raw);
  const key = recordId ?? `zonder-id-${fingerprint(raw)}`;
  return { rejection: rejectionOf(context.source, key, code, detail, context.now, recordId, raw) };
}

/** A puzzle's code, goals and level, once per concept and difficulty. */
const puzzleCode = pairMemo((mapping, concept: string, difficulty: number) => {
  const code = blokkodoCode(concept, difficulty);
  return { code, goals: goalsFor(mapping, code), level: `moeilijkheid ${difficulty}` };
});

/** `time` is completed_at as toISOString gives it. */
function toResult(record: BlokkodoCompletion, time: string, context: BlokkodoMapContext): Result {
  const { concept, difficulty, world } = record.puzzle;
  const { code, goals, level } = puzzleCode(context.mapping, concept, difficulty);
  const timeSpent = record.time_spent_ms;
  return {
    id: resultIdOf(context.source, record.completion_id),
    source: context.source,
    recordId: record.completion_id,
    pupil: pupilRef(record.learner),
    code,
    goals,
    level,
    workForm: world === BLOKKODO_PROJECT_WORLD ? 'project' : 'practice',
    time,
    score: scaleScore(record.stars, 0, 3),
    success: record.stars >= 2,
    completion: true,
    durationSeconds: timeSpent === null || timeSpent === undefined ? null : Math.round(timeSpent / 1000),
    attempt: record.attempts,
    normBand: null,
  };
}

/**
 * One raw Blokkodo completion (any value) -> a canonical Result or a Rejection with its
 * reason. Pure; never throws. Keeps no names, titles or raw payload.
 */
export function blokkodoToResult(raw: unknown, context: BlokkodoMapContext): BlokkodoMapOutcome {
  try {
    // The guard passes only completions the schema accepts; the others get zod's verdict and its reason.
    let record: BlokkodoCompletion;
    if (isBlokkodoCompletion(raw)) record = raw;
    else {
      const verdict = blokkodoVerdict(raw);
      if (!verdict.success) {
        const field = String(verdict.issue.path[0] ?? '');
        const code = Object.prototype.hasOwnProperty.call(CODE_BY_FIELD, field) ? CODE_BY_FIELD[field] : undefined;
        return reject(raw, context, code ?? 'invalid-record', issueDetailOf(verdict.issue));
      }
      record = verdict.data;
    }
    const time = isoInstant(record.completed_at);
    if (time === null) return reject(raw, context, 'invalid-time', 'completed_at: geen bestaande datum');
    const future = isoInFuture('completed_at', time, time, context.now);
    if (future) return reject(raw, context, 'invalid-time', future);
    if (looksPersonal(record.learner)) {
      return reject(raw, context, 'not-a-pseudonym', 'learner: geen pseudoniem (spatie of @: naam of e-mailadres?)');
    }
    return { result: toResult(record, time, context) };
  } catch (error) {
    return reject(raw, context, 'invalid-record', `onleesbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}
