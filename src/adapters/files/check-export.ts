import { unmappedCodesOf } from '@/domain/unmapped-codes';
import { sourceId } from '@/domain/ids';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import { defaultPseudonymShape } from '@/domain/source';
import { rejectUnfit } from '../shared/pseudonym-fit';
import { completeColumns, REQUIRED_CSV_FIELDS, type CsvColumns } from '../csv/csv.columns';
import { csvRows } from '../csv/csv.reader';
import { countBy, textOf, type ExportFile, type FileKind, type FileRead, type FileReadContext } from './export-file';
import { detectReader } from './readers';

/** One line of `npm run check-export`: what the importers make of one file. */
export interface CheckLine {
  readonly file: string;
  /** The form detected from the content; null when no reader recognised it. */
  readonly kind: FileKind | null;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  /** Rejections by reason code, records skipped on purpose as `skipped:<reason>`, and `unreadable`. */
  readonly reasons: Readonly<Record<string, number>>;
  /** Accepted results whose supplier code has no goal yet (a school maps them in the wizard). */
  readonly unmappedCodes: number;
  /** Earlier results this file withdraws (xAPI voiding statements), when there are any. */
  readonly voids?: number;
  /** Why the file could not be read at all. */
  readonly error?: string;
}

export interface CheckInput {
  readonly file: ExportFile;
  /** Files read together with it (OneRoster's lineItems.csv beside results.csv). */
  readonly companions: readonly ExportFile[];
}

/** Whether a line means "this file could not be read at all" (the CLI then exits 2). */
export const isUnreadable = (line: CheckLine): boolean => line.error !== undefined;

const unreadableLine = (file: string, kind: FileKind | null, error: string): CheckLine => ({
  file,
  kind,
  accepted: 0,
  rejected: 0,
  skipped: 0,
  reasons: { unreadable: 1 },
  unmappedCodes: 0,
  error,
});

export interface CheckContext extends Omit<FileReadContext, 'source' | 'mapping'> {
  /** A supplier CSV's columns named by hand (`--columns`); the fields not named are guessed. */
  readonly columns?: Partial<CsvColumns>;
  /** The pupil keys' form (`--pseudonym`); absent: the default of the kind of source the file is (decision 025). */
  readonly pseudonym?: PseudonymShape;
}

/** One export read headless: the reader that recognised it and what it read, or why it could not be read. */
export type ExportRead =
  | { readonly ok: true; readonly kind: FileKind; readonly read: Extract<FileRead, { ok: true }> }
  | { readonly ok: false; readonly kind: FileKind | null; readonly error: string };

/**
 * Runs the app's own file readers over one export, headless, as the app imports it: the reader found
 * by the content, the columns named (or guessed), the code mapping given, keys not in the pseudonym
 * form rejected as a connector of that kind would. Nothing is stored.
 */
export function readExport(input: CheckInput, context: CheckContext & Pick<FileReadContext, 'source' | 'mapping'>): ExportRead {
  const { file, companions } = input;
  const reader = detectReader(file);
  if (!reader) return { ok: false, kind: null, error: 'onbekende vorm: geen xAPI, Caliper, OneRoster, UWLR, OSO of CSV met kopregel' };
  const { columns, pseudonym, ...rest } = context;
  const chosen = columns && reader.kind === 'csv-columns' ? completeColumns(csvRows(textOf(file)).headers, columns) : null;
  const missing = chosen ? REQUIRED_CSV_FIELDS.filter((field) => chosen[field] === undefined) : [];
  if (missing.length > 0)
    return { ok: false, kind: reader.kind, error: `kolommen ontbreken of zijn niet herkend: ${missing.join(', ')}; kies ze bij de kolomindeling` };
  const options = chosen ? { ...rest.options, columns: chosen } : rest.options;
  const read = reader.read(file, companions, { ...rest, ...(options ? { options } : {}) });
  if (!read.ok) return { ok: false, kind: reader.kind, error: read.detail };
  return { ok: true, kind: reader.kind, read: rejectUnfit(read, pseudonym ?? defaultPseudonymShape(reader.sourceKind), rest.now) };
}

/**
 * What the importers make of one export with an empty code mapping (every supplier code counts as
 * unmapped, which is what a school sees before mapping).
 */
export function checkExport(input: CheckInput, context: CheckContext): CheckLine {
  const name = input.file.name;
  const outcome = readExport(input, { ...context, source: sourceId('check-export'), mapping: {} });
  if (!outcome.ok) return unreadableLine(name, outcome.kind, outcome.error);
  const { read } = outcome;
  const reasons: Record<string, number> = countBy(read.rejections, (rejection) => rejection.code);
  for (const [reason, count] of Object.entries(read.skipped)) reasons[`skipped:${reason}`] = (reasons[`skipped:${reason}`] ?? 0) + count;
  return {
    file: name,
    kind: outcome.kind,
    accepted: read.results.length,
    rejected: read.rejections.length,
    skipped: Object.values(read.skipped).reduce((sum, count) => sum + count, 0),
    reasons,
    unmappedCodes: unmappedCodesOf(read.results).length,
    ...(read.voids.length > 0 ? { voids: read.voids.length } : {}),
  };
}
