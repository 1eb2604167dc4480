/** What an SLO open-data file holds, once read: plain data, ready to plan an import from. */

/** A parent of a goal in the same file (a domain, a core topic), by id and cleaned title. */
export interface SloParent {
  readonly id: string;
  readonly title: string;
}

export interface SloGoal {
  /** The SLO UUID, lower case. */
  readonly id: string;
  /** Zero-width characters removed. */
  readonly title: string;
  /** The collection it came from: doel, kerndoel, ldk_vakinhoud, ... */
  readonly collection: string;
  readonly prefix: string | null;
  /** SLO niveau UUIDs (niveau_id, or via doelniveau links in the same file). */
  readonly levels: readonly string[];
  readonly parents: readonly SloParent[];
}

/** An SLO UUID that was replaced, with its successors (one, or several when SLO split it). */
export interface SloDeprecation {
  readonly id: string;
  readonly replacedBy: readonly string[];
  /** The deprecated entity's own title when the file carries it. */
  readonly title: string | null;
  /** The original type(s) SLO lists for a deprecated entity. */
  readonly types: readonly string[];
  /** Whether a goal was replaced: its types say so, or a successor is a goal (or is not in the file). A vakleergebied or domein replaced by a newer one is not. */
  readonly ofGoal: boolean;
}

export type SloInvalidReason = 'not-object' | 'no-id' | 'bad-id' | 'no-title' | 'bad-field';

/** One entity that could not be read; the rest of the file still counts. */
export interface SloInvalidEntity {
  readonly collection: string;
  /** Position in its collection, from 1. */
  readonly position: number;
  readonly id: string | null;
  readonly reason: SloInvalidReason;
  readonly field: string | null;
}

export interface SloSkipped {
  readonly id: string;
  readonly title: string | null;
  readonly collection: string;
}

export interface SloFile {
  readonly collections: ReadonlyArray<{ readonly name: string; readonly entities: number }>;
  readonly goals: readonly SloGoal[];
  readonly deprecations: readonly SloDeprecation[];
  /** Entities marked `unreleased: true`: their UUIDs are not to be used yet. */
  readonly unreleased: readonly SloSkipped[];
  readonly invalid: readonly SloInvalidEntity[];
  /** Entities read that are not goals (niveaus, vakleergebieden, domeinen, ...). */
  readonly others: number;
}

export type SloFileProblem = 'not-json' | 'json-schema' | 'not-slo-data';

export type SloReadResult =
  { readonly ok: true; readonly file: SloFile } | { readonly ok: false; readonly problem: SloFileProblem; readonly detail: string };
