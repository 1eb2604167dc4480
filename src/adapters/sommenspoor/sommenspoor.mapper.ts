import { resultIdOf, pupilRef, type SourceId } from '@/domain/ids';
import { scaleScore, type NormBand, type Rejection, type RejectionCode, type Result } from '@/domain/model';
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
import { isoInstant } from '../shared/utc-iso';
import { isSommenspoorSession, sommenspoorVerdict } from './sommenspoor.guard';
import { SommenspoorSession } from './sommenspoor.schema';

export interface SommenspoorMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
}

export type Mapped = { readonly result: Result } | { readonly rejection: Rejection };

/** Sommenspoor's norm bands (I highest) with the colours its own dashboard uses. */
export const SOMMENSPOOR_BAND_COLOURS: Readonly<Record<string, string>> = {
  I: '#1a7f37',
  II: '#7cc26b',
  III: '#f2c418',
  IV: '#f08a24',
  V: '#d1242f',
};

/** Which rejection a failed field stands for: the first zod issue decides. */
const CODE_BY_FIELD: ReadonlyMap<string, RejectionCode> = new Map([
  ['student', 'missing-pupil'],
  ['started_at', 'invalid-time'],
  ['items', 'invalid-score'],
]);

function reject(raw: unknown, ctx: SommenspoorMapContext, code: RejectionCode, detail: Detail): Mapped {
  const recordId = looseId(raw, 'session_id');
  return { rejection: rejectionOf(ctx.source, recordId ?? fingerprint(raw), code, detail, ctx.now, recordId, raw) };
}

/** A page names a handful of codes: each code's level is worked out once. */
const levels = new Map<string, string | null>();
const levelOf = (code: string) => {
  let level = levels.get(code);
  if (level === undefined) {
    const digit = /-(\d)$/.exec(code)?.[1];
    level = digit === undefined ? null : `niveau ${digit}`;
    if (levels.size >= 10_000) levels.clear();
    levels.set(code, level);
  }
  return level;
};

/** One norm band object per band, shared by the results that carry it (results are never changed in place). */
const NORM_BANDS: ReadonlyMap<string, NormBand> = new Map(
  Object.entries(SOMMENSPOOR_BAND_COLOURS).map(([label, colour]) => [label, Object.freeze({ label, colour })]),
);

const normBandOf = (session: SommenspoorSession): NormBand | null =>
  session.ability?.band === undefined ? null : (NORM_BANDS.get(session.ability.band) ?? null);

/** `parsed()` is the session as zod gives it (unknown keys dropped): what a rejection keeps an excerpt of. */
function toResult(session: SommenspoorSession, ctx: SommenspoorMapContext, parsed: () => SommenspoorSession): Mapped {
  const time = isoInstant(session.started_at);
  if (time === null) return reject(parsed(), ctx, 'invalid-time', 'started_at: geen geldig tijdstip');
  const future = isoInFuture('started_at', time, time, ctx.now);
  if (future) return reject(parsed(), ctx, 'invalid-time', future);
  const { total, correct } = session.items;
  const score = correct <= total ? scaleScore(correct, 0, total) : null;
  if (score === null) return reject(parsed(), ctx, 'invalid-score', `items.correct: meer goed (${correct}) dan opgaven (${total})`);
  const test = session.mode === 'toets';
  return {
    result: {
      id: resultIdOf(ctx.source, session.session_id),
      source: ctx.source,
      recordId: session.session_id,
      pupil: pupilRef(session.student.eckid),
      code: session.domain_code,
      goals: goalsFor(ctx.mapping, session.domain_code),
      level: levelOf(session.domain_code),
      workForm: test ? 'test' : 'practice',
      time,
      score,
      success: test ? score.scaled >= 0.7 : null,
      completion: true,
      durationSeconds: session.duration_sec ?? null,
      attempt: null,
      normBand: normBandOf(session),
    },
  };
}

/** One raw Sommenspoor session -> a canonical Result or a Rejection with its reason. Pure; never throws. */
export function mapSommenspoorSession(raw: unknown, ctx: SommenspoorMapContext): Mapped {
  try {
    // The guard passes only sessions the schema accepts; the others get zod's verdict and its reason.
    let session: SommenspoorSession;
    let parsed: () => SommenspoorSession;
    if (isSommenspoorSession(raw)) {
      session = raw;
      parsed = () => SommenspoorSession.parse(raw);
    } else {
      const checked = sommenspoorVerdict(raw);
      if (!checked.success) {
        const field = String(checked.issue.path[0] ?? '');
        return reject(raw, ctx, CODE_BY_FIELD.get(field) ?? 'invalid-record', issueDetailOf(checked.issue));
      }
      session = checked.data;
      parsed = () => checked.data;
    }
    if (!looksLikePseudonym(session.student.eckid)) {
      return reject(raw, ctx, 'not-a-pseudonym', 'student.eckid: geen pseudoniem (een naam of e-mailadres?)');
    }
    return toResult(session, ctx, parsed);
  } catch (error) {
    return reject(raw, ctx, 'invalid-record', `onverwerkbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}

/** A page of raw sessions, split into results and rejections, in order. */
export const mapSommenspoorSessions = (records: readonly unknown[], ctx: SommenspoorMapContext) => mapPage(records, ctx, mapSommenspoorSession);
