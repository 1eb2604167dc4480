import type { RejectionExcerpt } from './excerpt';
import type { GoalId, GroupId, LineId, PupilKey, PupilRef, ResultId, SourceId } from './ids';

/** Text the project writes itself, in both languages. Dutch first. */
export interface LocalText {
  readonly nl: string;
  readonly en: string;
}

export const WORK_FORMS = ['practice', 'test', 'instruction', 'project'] as const;
/** werkvorm: oefenen, toetsen, instructie, project */
export type WorkForm = (typeof WORK_FORMS)[number];

export const SUBJECTS = ['arithmetic', 'reading', 'programming', 'computational-thinking', 'digital-skills'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** A level on a line: a reference level (1F, 2F, 1S) or a bouw/year band, with its SLO niveau ids. */
export interface Level {
  readonly id: string;
  readonly label: LocalText;
  readonly sloIds: readonly string[];
  readonly order: number;
}

export interface Goal {
  readonly id: GoalId;
  /** SLO UUIDs this goal stands for (id and duplicate id), empty for project-only goals. */
  readonly sloIds: readonly string[];
  readonly line: LineId;
  readonly subject: Subject;
  /** Level id within the line (see LearningLine.levels). */
  readonly level: string;
  /** A strand of the line: for arithmetic the domain (getallen, ...), for programming the concept. */
  readonly strand: string;
  readonly order: number;
  readonly title: LocalText;
}

export interface Strand {
  readonly id: string;
  readonly title: LocalText;
  readonly sloIds: readonly string[];
}

export interface LearningLine {
  readonly id: LineId;
  readonly subject: Subject;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly levels: readonly Level[];
  readonly strands: readonly Strand[];
  readonly goals: readonly Goal[];
}

/** A pupil as the app knows it without a roster: only a pseudonym and a local number. */
export interface Pupil {
  readonly key: PupilKey;
  readonly ref: PupilRef;
  readonly group: GroupId;
  /** Position in the group (1..n), used for the placeholder "Leerling n". */
  readonly number: number;
  /** Set when a roster re-import no longer lists the pupil. */
  readonly leftAt?: string;
}

export interface Group {
  readonly id: GroupId;
  /** The group's name as the school calls it (groep 5, brugklas 1B). Roster data: local only. */
  readonly name: string;
  /** School year band, for choosing targets: 'groep-5', 'groep-7', 'brugklas'. */
  readonly yearLevel: string;
}

/** Names from the school's own roster. Never leaves the browser. */
export interface RosterEntry {
  readonly ref: PupilRef;
  readonly firstName: string;
  readonly prefix: string;
  readonly lastName: string;
  readonly group: GroupId;
}

export interface Score {
  readonly raw: number;
  readonly min: number;
  readonly max: number;
  /** (raw - min) / (max - min), clamped to 0..1. */
  readonly scaled: number;
}

/** The supplier's own judgement of a score, shown beside ours. */
export interface NormBand {
  readonly label: string;
  /** A CSS colour (hex). */
  readonly colour: string;
}

/** The canonical result every adapter maps to. Only the fields the product needs. */
export interface Result {
  readonly id: ResultId;
  readonly source: SourceId;
  /** The source's own id for the record. */
  readonly recordId: string;
  readonly pupil: PupilRef;
  /** The supplier's code for what was practised; kept so mappings can be changed later. */
  readonly code: string;
  /** Goals the code maps to; empty when the code has no mapping yet (reported, not dropped). */
  readonly goals: readonly GoalId[];
  /** The supplier's level label, when it gives one. */
  readonly level: string | null;
  readonly workForm: WorkForm;
  /** ISO 8601 instant (UTC) of the activity. */
  readonly time: string;
  readonly score: Score | null;
  readonly success: boolean | null;
  readonly completion: boolean | null;
  readonly durationSeconds: number | null;
  readonly attempt: number | null;
  readonly normBand: NormBand | null;
}

export const REJECTION_CODES = [
  'invalid-record',
  'missing-pupil',
  'not-a-pseudonym',
  'invalid-score',
  'invalid-time',
  'unsupported',
  'duplicate',
  'voided',
  'no-consent',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A record that could not become a Result: kept aside with its reason, never silently dropped. */
export interface Rejection {
  readonly id: string;
  readonly source: SourceId;
  readonly recordId: string | null;
  readonly code: RejectionCode;
  /** Technical detail for the ICT coordinator (the validation message). No personal data. */
  readonly detail: string;
  readonly at: string;
  /** A bounded excerpt of the raw record to find it at the supplier, personal fields removed (see excerptOf). */
  readonly excerpt?: RejectionExcerpt;
  /** For a record that failed its schema: which field and why, as a code the UI puts in words (detail keeps the technical text). */
  readonly issue?: RejectionIssue;
}

/** The first schema issue of a rejected record: the field's path, the validator's issue code and its one parameter. */
export interface RejectionIssue {
  readonly path: string;
  /** The issue code: invalid_type, invalid_format, too_small, too_big, invalid_value, unrecognized_keys, invalid_union, ... */
  readonly code: string;
  /** The expected type, the format, or the bound, as text; absent when the code needs none. */
  readonly param?: string;
}

/** A raw score on its scale; null when the scale is empty or the score lies outside it (never clamped into a plausible value). */
export function scaleScore(raw: number, min: number, max: number): Score | null {
  if (!Number.isFinite(raw) || !Number.isFinite(min) || !Number.isFinite(max) || max <= min || raw < min || raw > max) return null;
  const scaled = (raw - min) / (max - min);
  return { raw, min, max, scaled };
}
