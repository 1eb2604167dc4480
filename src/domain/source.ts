import type { GoalId, SourceId } from './ids';
import type { PseudonymShape } from './pseudonym-shape';

/** The kinds of source Leerzicht can read. The first three are the demo's fictional suppliers. */
export const SOURCE_KINDS = ['sommenspoor', 'leesvlinder', 'blokkodo', 'xapi', 'caliper', 'oneroster', 'uwlr', 'csv'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Supplier code -> goals. Kept as data; a code that is absent is "unmapped" and reported. */
export type CodeMapping = Readonly<Record<string, readonly GoalId[]>>;

/** Goals for a supplier code; an unknown code gives [] and the result is kept, reported as unmapped. */
export function goalsFor(mapping: CodeMapping, code: string): readonly GoalId[] {
  return Object.prototype.hasOwnProperty.call(mapping, code) ? (mapping[code] ?? []) : [];
}

/** Which pupils Leerzicht reads from a source: everyone the source knows, or only the school's own rostered pupils with consent. */
export const SCOPE_PUPILS = ['all', 'our-groups'] as const;
export type ScopePupils = (typeof SCOPE_PUPILS)[number];

/**
 * What Leerzicht reads from a source (see docs/decisions/018-source-scope.md): a window of
 * calendar dates in the school's time zone (both inclusive, YYYY-MM-DD, either optional) and
 * which pupils. Plain data, stored on the Source row.
 */
export interface SourceScope {
  readonly since?: string;
  readonly until?: string;
  readonly pupils: ScopePupils;
}

export interface Source {
  readonly id: SourceId;
  readonly kind: SourceKind;
  /** Display name the ICT coordinator chose (e.g. the supplier's product name). */
  readonly name: string;
  readonly endpoint: string;
  readonly paused: boolean;
  readonly mapping: CodeMapping;
  readonly createdAt: string;
  /** Absent: every pupil, no time window (as before scopes existed). */
  readonly scope?: SourceScope;
  /** The form its pupil keys must have; absent (stored before the setting existed): the kind's default. */
  readonly pseudonym?: PseudonymShape;
}

/**
 * The pseudonym form a kind's real counterpart sends (decision 025): the ECK iD for the Dutch
 * sources (UWLR and OSO, the Dutch suppliers, a Dutch supplier's CSV), any form (the base check
 * only) for the international standards, whose pupil id is an account on the platform.
 */
const DEFAULT_PSEUDONYM: Readonly<Record<SourceKind, PseudonymShape>> = {
  sommenspoor: 'eck',
  leesvlinder: 'eck',
  blokkodo: 'eck',
  uwlr: 'eck',
  csv: 'eck',
  xapi: 'any',
  caliper: 'any',
  oneroster: 'any',
};

export const defaultPseudonymShape = (kind: SourceKind): PseudonymShape => DEFAULT_PSEUDONYM[kind];

/** The form a connector's pupil keys must have: its own setting, else its kind's default. */
export const pseudonymShapeOf = (source: Pick<Source, 'kind' | 'pseudonym'>): PseudonymShape =>
  source.pseudonym ?? defaultPseudonymShape(source.kind);

/** What the store remembers between syncs of one source. */
export interface SyncStatus {
  readonly source: SourceId;
  /** Opaque cursor from the adapter: the next sync resumes here. */
  readonly cursor: string | null;
  readonly lastSyncAt: string | null;
  readonly lastOutcome: 'done' | 'failed' | 'cancelled' | null;
  /** Error code of the last failure, for the sources view (translated there). */
  readonly lastError: string | null;
  /** The last few successful syncs (ISO, oldest first): their spacing is the source's usual interval. */
  readonly successes?: readonly string[];
}
