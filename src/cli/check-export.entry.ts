/**
 * `npm run check-export -- [--columns ...] [--pseudonym eck|uuid|any] FILE...`: the app's importers, headless. Loaded by
 * check-export.mjs through Vite's module runner (so '@/...' imports resolve as in the app).
 */
import { resolveSloUuids } from '@/curriculum/slo-import';
import type { GoalId } from '@/domain/ids';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import type { CsvColumns } from '@/adapters/csv/csv.columns';
import { CSV_FIELDS } from '@/adapters/csv/csv.columns';
import { checkExport, isUnreadable, type CheckInput, type CheckLine } from '@/adapters/files/check-export';

export { parseColumns } from './check-export.columns';
export { parsePseudonym } from './report.options';

const resolveSloIds = (uuids: readonly string[]): readonly GoalId[] => resolveSloUuids(uuids);

export interface CheckRun {
  readonly lines: readonly CheckLine[];
  /** 0 when every file was read, 2 when one could not be read at all. */
  readonly exitCode: 0 | 2;
}

/** A file to check, named in the output as it was given on the command line. */
export type RunInput = (CheckInput & { readonly path: string }) | { readonly path: string; readonly error: string };

/** The reader's advice is for the wizard; on the command line the columns are named with --columns. */
const CLI_HINT = `geef ze op met --columns veld=Kolomkop,... of --columns kolommen.json (velden: ${CSV_FIELDS.join(', ')})`;
const forCli = (line: CheckLine): CheckLine =>
  line.kind === 'csv-columns' && line.error ? { ...line, error: line.error.replace('kies ze bij de kolomindeling', CLI_HINT) } : line;

export interface RunOptions {
  readonly now?: Date;
  readonly columns?: Partial<CsvColumns>;
  /** The pupil keys' form (--pseudonym); absent: each file's kind's default, as for a new connector. */
  readonly pseudonym?: PseudonymShape;
}

export function run(inputs: readonly RunInput[], { now = new Date(), columns, pseudonym }: RunOptions = {}): CheckRun {
  const context = { now: now.toISOString(), resolveSloIds, ...(columns ? { columns } : {}), ...(pseudonym ? { pseudonym } : {}) };
  const lines = inputs.map((input): CheckLine =>
    'error' in input
      ? { file: input.path, kind: null, accepted: 0, rejected: 0, skipped: 0, reasons: { unreadable: 1 }, unmappedCodes: 0, error: input.error }
      : { ...forCli(checkExport(input, context)), file: input.path },
  );
  return { lines, exitCode: lines.some(isUnreadable) ? 2 : 0 };
}
