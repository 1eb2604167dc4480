import { csvLines, type CsvLine } from '../csv/csv.lines';
import type { Rejection, RejectionCode } from '@/domain/model';
import type { FileReadContext } from '../files/export-file';
import { fingerprint, rejectionOf } from '../shared/map-helpers';

/**
 * OneRoster bulk CSV (1.1/1.2): comma-separated, header row, optional BOM, any mix of CRLF, LF and CR, quoted
 * fields. Rows become objects in the REST shape so one mapper judges both.
 */
export interface CsvTable {
  /** Header names as written, trimmed. */
  readonly headers: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: Readonly<Record<string, string>> }[];
}

export function readCsvTable(text: string): CsvTable {
  const lines = csvLines(text, ',');
  const headers = (lines[0]?.cells ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());
  // Each name (lower case) once, with the first column of that name.
  const names: string[] = [];
  const columns: number[] = [];
  headers.forEach((header, at) => {
    const name = header.toLowerCase();
    if (names.includes(name)) return;
    names.push(name);
    columns.push(at);
  });
  const rows: { row: number; cells: Record<string, string> }[] = [];
  for (let at = 1; at < lines.length; at += 1) {
    const { line, cells } = lines[at] as CsvLine;
    const record: Record<string, string> = {};
    for (let name = 0; name < names.length; name += 1) record[names[name] as string] = (cells[columns[name] as number] ?? '').trim();
    rows.push({ row: line, cells: record });
  }
  return { headers, rows };
}

const hasColumns = (table: CsvTable, names: readonly string[]): string[] => {
  const present = new Set(table.headers.map((header) => header.toLowerCase()));
  return names.filter((name) => !present.has(name.toLowerCase()));
};

/** Why a table cannot be read as `file`: the header lacks some of `names` (null when it has them all). */
export const missingColumns = (table: CsvTable, names: readonly string[], file: string): string | null => {
  const missing = hasColumns(table, names);
  return missing.length > 0 ? `${file}: kolom(men) ${missing.join(', ')} ontbreken in de kopregel` : null;
};

/** A companion file's text as a table with the `required` columns, or why it cannot be read. Never throws. */
export function readRequiredTable(
  text: string,
  file: string,
  required: readonly string[],
): { readonly table: CsvTable } | { readonly unreadable: string } {
  let table;
  try {
    table = readCsvTable(text);
  } catch (error) {
    return { unreadable: `${file}: onleesbaar CSV-bestand (${error instanceof Error ? error.name : typeof error})` };
  }
  const missing = missingColumns(table, required, file);
  return missing ? { unreadable: missing } : { table };
}

/** A rejected CSV row, named by file and row number (and its sourcedId when it has one). */
export function csvRowRejection(
  ctx: FileReadContext,
  file: string,
  row: number,
  cells: Readonly<Record<string, string>>,
  code: RejectionCode,
  reason: string,
): Rejection {
  const id = cells['sourcedid'] || null;
  return rejectionOf(
    ctx.source,
    `oneroster-${file}-${id ?? fingerprint(Object.values(cells).join('\u001f'))}`,
    code,
    `${file} rij ${row}: ${reason}`,
    ctx.now,
    id ?? `${file} rij ${row}`,
  );
}

const blankToUndefined = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/**
 * Columns a results.csv and a lineItems.csv header must hold. A results row must fill them except
 * score (a textScore on a scale will do); a line item may leave the range blank when
 * lineItemScoreScales.csv gives it a score scale.
 */
export const RESULT_COLUMNS = ['sourcedId', 'lineItemSourcedId', 'studentSourcedId', 'scoreStatus', 'score', 'scoreDate'] as const;
export const LINE_ITEM_COLUMNS = ['sourcedId', 'resultValueMin', 'resultValueMax'] as const;

/** Learning objective ids in one cell: separated by spaces, commas, semicolons or |. */
function objectivesOf(cells: Readonly<Record<string, string>>): { learningObjectiveIds: string[] }[] | undefined {
  const ids = cells['learningobjectiveids'] ?? '';
  const set = cells['learningobjectiveset'] ?? '';
  // Most exports have neither column (or leave it blank): nothing to split.
  if (ids === '' && set === '') return undefined;
  const found = [ids, set].flatMap((cell) => cell.split(/[\s,;|]+/)).filter((id) => id !== '');
  return found.length > 0 ? [{ learningObjectiveIds: found.slice(0, 200) }] : undefined;
}

/** A results.csv row in the REST shape. A blank score or textScore stays null (fine unless fully graded). */
export function resultRecordOf(cells: Readonly<Record<string, string>>): Record<string, unknown> {
  return {
    sourcedId: cells['sourcedid'] ?? '',
    status: blankToUndefined(cells['status']),
    student: { sourcedId: cells['studentsourcedid'] ?? '' },
    lineItem: { sourcedId: cells['lineitemsourcedid'] ?? '' },
    scoreStatus: cells['scorestatus'] ?? '',
    score: blankToUndefined(cells['score']) ?? null,
    textScore: blankToUndefined(cells['textscore']) ?? null,
    scoreDate: blankToUndefined(cells['scoredate']) ?? null,
    dateLastModified: blankToUndefined(cells['datelastmodified']) ?? null,
    learningObjectiveSet: objectivesOf(cells),
  };
}

/** A lineItems.csv row in the REST shape; a blank range stays null (optional in 1.2 when a score scale is linked). */
export function lineItemRecordOf(cells: Readonly<Record<string, string>>): Record<string, unknown> {
  return {
    sourcedId: cells['sourcedid'] ?? '',
    status: blankToUndefined(cells['status']),
    resultValueMin: blankToUndefined(cells['resultvaluemin']) ?? null,
    resultValueMax: blankToUndefined(cells['resultvaluemax']) ?? null,
    learningObjectiveSet: objectivesOf(cells),
  };
}
