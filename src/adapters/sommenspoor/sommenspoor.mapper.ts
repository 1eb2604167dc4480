import { resultIdOf, pupilRef, type SourceId } from '@/domain/ids';
import { scaleScore, type NormBand, type Rejection, type RejectionCode, type Result } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { type Detail, fingerprint, goalsFor, inFuture, issueDetail, looksLikePseudonym, looseId, mapPage, rejectionOf } from '../shared/map-helpers';
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

const levelOf = (code: string) => {
  const digit = /-(\d)$/.exec(code)?.[1];
  return digit === undefined ? null : `niveau ${digit}`;
};

function normBandOf(session: SommenspoorSession): NormBand | null {
  const band = session.ability?.band;
  const colour = band === undefined ? undefined : SOMMENSPOOR_BAND_COLOURS[band];
  return band === undefined || colour === undefined ? null : { label: band, colour };
}

function toResult(session: SommenspoorSession, ctx: SommenspoorMapContext): Mapped {
  const time = Date.parse(session.started_at);
  if (Number.isNaN(time)) return reject(session, ctx, 'invalid-time', 'started_at: geen geldig tijdstip');
  const future = inFuture('started_at', new Date(time).toISOString(), ctx.now);
  if (future) return reject(session, ctx, 'invalid-time', future);
  const { total, correct } = session.items;
  const score = correct <= total ? scaleScore(correct, 0, total) : null;
  if (score === null) return reject(session, ctx, 'invalid-score', `items.correct: meer goed (${correct}) dan opgaven (${total})`);
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
      time: new Date(time).toISOString(),
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
    const parsed = SommenspoorSession.safeParse(raw);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      return reject(raw, ctx, CODE_BY_FIELD.get(field) ?? 'invalid-record', issueDetail(parsed.error));
    }
    if (!looksLikePseudonym(parsed.data.student.eckid)) {
      return reject(raw, ctx, 'not-a-pseudonym', 'student.eckid: geen pseudoniem (een naam of e-mailadres?)');
    }
    return toResult(parsed.data, ctx);
  } catch (error) {
    return reject(raw, ctx, 'invalid-record', `onverwerkbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}

/** A page of raw sessions, split into results and rejections, in order. */
export const mapSommenspoorSessions = (records: readonly unknown[], ctx: SommenspoorMapContext) => mapPage(records, ctx, mapSommenspoorSession);
