import type { GoalId, SourceId } from './ids';

/** The kinds of source Leerzicht can read. The first three are the demo's fictional suppliers. */
export const SOURCE_KINDS = [
  'sommenspoor',
  'leesvlinder',
  'blokkodo',
  'xapi',
  'caliper',
  'oneroster',
  'uwlr',
  'csv',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Supplier code -> goals. Kept as data; a code that is absent is "unmapped" and reported. */
export type CodeMapping = Readonly<Record<string, readonly GoalId[]>>;

export interface Source {
  readonly id: SourceId;
  readonly kind: SourceKind;
  /** Display name the ICT coordinator chose (e.g. the supplier's product name). */
  readonly name: string;
  readonly endpoint: string;
  readonly paused: boolean;
  readonly mapping: CodeMapping;
  readonly createdAt: string;
}

/** What the store remembers between syncs of one source. */
export interface SyncStatus {
  readonly source: SourceId;
  /** Opaque cursor from the adapter: the next sync resumes here. */
  readonly cursor: string | null;
  readonly lastSyncAt: string | null;
  readonly lastOutcome: 'done' | 'failed' | 'cancelled' | null;
  /** Error code of the last failure, for the sources view (translated there). */
  readonly lastError: string | null;
}
