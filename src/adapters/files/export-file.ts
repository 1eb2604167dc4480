import type { GoalId, SourceId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { CodeMapping, SourceKind } from '@/domain/source';
import { decodeBytes, encodingOf } from './decode';
import type { FileKind } from './file-kinds';

/** A file a school or supplier hands us: its name and its bytes (text is decoded by the reader). */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The chosen file itself, when the browser gave one: the import reads it from here (in a worker,
   * by streaming where the form allows, decision 023). A file too large to hold whole has only its
   * first part in `bytes` (enough to detect its form); readers never get such a file whole.
   */
  readonly blob?: Blob;
  /**
   * `bytes` as text, when the encoding check has already decoded them (readers.ts checks every file
   * before a read, with the one decode `textOf` would do again): `textOf` gives it.
   */
  readonly text?: string;
}

export { FILE_KINDS, type FileKind } from './file-kinds';

export interface FileReadContext {
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant, stamped on rejections. */
  readonly now: string;
  /** SLO UUIDs named in a record -> our goals (for codes the mapping lacks). */
  readonly resolveSloIds: (uuids: readonly string[]) => readonly GoalId[];
  /** Kind-specific options (e.g. the CSV column mapping), validated by the reader. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A file read: its results and rejections (with reasons) and what was skipped on purpose; or why it cannot be read at all. */
export type FileRead =
  | {
      readonly ok: true;
      readonly results: readonly Result[];
      readonly rejections: readonly Rejection[];
      /** Records skipped on purpose, counted by reason (e.g. an event type without a result). */
      readonly skipped: Readonly<Record<string, number>>;
      /** Ids of earlier results this file withdraws (xAPI voids). */
      readonly voids: readonly string[];
    }
  | { readonly ok: false; readonly detail: string };

export interface FileReader {
  readonly kind: FileKind;
  /** The kind of source a connector built from this file has. */
  readonly sourceKind: SourceKind;
  /** Whether this reader recognises the file, by its content (the name may help). Never throws. */
  detect(file: ExportFile): boolean;
  /**
   * Reads the file. `companions` are the other files handed over with it (OneRoster's
   * lineItems.csv beside results.csv). Never throws: a broken record is a rejection, a file
   * that cannot be read at all is `{ ok: false }` with a reason a person can act on.
   */
  read(file: ExportFile, companions: readonly ExportFile[], ctx: FileReadContext): FileRead;
}

/** The file as text: UTF-8, or UTF-16 with a byte-order mark; the mark removed (see decode.ts; invalid UTF-8 is refused before a read). */
export const textOf = (file: ExportFile): string => file.text ?? decodeBytes(file.bytes);

/** The first non-blank characters of a file, for detection, without decoding all of it. */
export function headOf(file: ExportFile, length = 2048): string {
  const bytes = encodingOf(file.bytes) === 'utf-8' ? length : length * 2;
  return decodeBytes(file.bytes, Math.min(bytes, file.bytes.length)).trimStart();
}

export const unreadable = (detail: string): FileRead => ({ ok: false, detail });

/** Counts how often each value occurs. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
