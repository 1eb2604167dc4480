import { resultIdOf, type GoalId, type PupilRef, type SourceId } from '@/domain/ids';
import type { NormBand, Rejection, RejectionCode, Result, Score } from '@/domain/model';
import type { CodeMapping } from '@/domain/source';
import { goalsFor, looksLikePseudonym, rejectionOf, type Detail } from '../shared/map-helpers';

/** What the UWLR and OSO mappers need: no roster, no store, no raw XML kept. */
export interface UwlrMapContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
}

export interface UwlrMapped {
  readonly results: Result[];
  readonly rejections: Rejection[];
  readonly skipped: Record<string, number>;
}

export const emptyMapped = (): UwlrMapped => ({ results: [], rejections: [], skipped: {} });

/** A toets with a toetsonderdeel is reported under "toetscode#onderdeelcode". */
export const codeOf = (toetscode: string, onderdeel: string | null) => (onderdeel ? `${toetscode}#${onderdeel}` : toetscode);

/** Goals for a code; a toetsonderdeel without its own mapping counts towards its toets's goals. */
export function goalsOfCode(mapping: CodeMapping, toetscode: string, onderdeel: string | null): readonly GoalId[] {
  const code = codeOf(toetscode, onderdeel);
  if (Object.prototype.hasOwnProperty.call(mapping, code) || onderdeel === null) return goalsFor(mapping, code);
  return goalsFor(mapping, toetscode);
}

/** An ECK iD as a pseudonym: opaque, but not plainly something else (a name, an e-mail address, a short number). */
export const isEckId = (value: string | null): value is string => value !== null && looksLikePseudonym(value);

export interface ResultParts {
  readonly recordId: string;
  readonly pupil: PupilRef;
  readonly toetscode: string;
  readonly onderdeel: string | null;
  readonly time: string;
  readonly score: Score | null;
  readonly level: string | null;
  readonly normBand: NormBand | null;
  readonly durationSeconds?: number | null;
}

export function resultOf(ctx: UwlrMapContext, parts: ResultParts): Result {
  return {
    id: resultIdOf(ctx.source, parts.recordId),
    source: ctx.source,
    recordId: parts.recordId,
    pupil: parts.pupil,
    code: codeOf(parts.toetscode, parts.onderdeel),
    goals: goalsOfCode(ctx.mapping, parts.toetscode, parts.onderdeel),
    level: parts.level,
    workForm: 'test',
    time: parts.time,
    score: parts.score,
    success: null,
    completion: true,
    durationSeconds: parts.durationSeconds ?? null,
    attempt: null,
    normBand: parts.normBand,
  };
}

/** What a rejection keeps to find the record at the supplier: its key, the toets code and the day. Never the XML. */
export interface RejectionFacts {
  readonly id?: string | null;
  readonly toetscode?: string | null;
  readonly date?: string | null;
}

export function rejectionFor(ctx: UwlrMapContext, key: string, code: RejectionCode, detail: Detail, facts: RejectionFacts): Rejection {
  const excerpt: Record<string, string> = {};
  for (const [name, value] of Object.entries(facts)) if (typeof value === 'string') excerpt[name] = value.slice(0, 256);
  return rejectionOf(ctx.source, key, code, detail, ctx.now, facts.id ?? null, excerpt);
}
