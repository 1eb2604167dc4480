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
  /** Each header name in lower case -> the first column of that name. */
  readonly columns: ReadonlyMap<string, number>;
  /** The rows after the header as papaparse gives them (cells untrimmed), with the line each starts on. */
  readonly lines: readonly CsvLine[];
  /** Each row as a record of its trimmed cells by lower-case header name (made on first use). */
  readonly rows: readonly { readonly row: number; readonly cells: Readonly<Record<string, string>> }[];
}

/** A row's trimmed cells by lower-case header name, in the header's order: what `CsvTable.rows` holds for it. */
export function cellsOf(columns: ReadonlyMap<string, number>, cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, column] of columns) record[name] = (cells[column] ?? '').trim();
  return record;
}

export function readCsvTable(text: string): CsvTable {
  const [first, ...lines] = csvLines(text, ',');
  const headers = (first?.cells ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const columns = new Map<string, number>();
  headers.forEach((header, at) => {
    if (!columns.has(header.toLowerCase())) columns.set(header.toLowerCase(), at);
  });
  let rows: { row: number; cells: Record<string, string> }[] | null = null;
  return {
    headers,
    columns,
    lines,
    get rows() {
      rows ??= lines.map(({ line, cells }) => ({ row: line, cells: cellsOf(columns, cells) }));
      return rows;
    },
  };
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

/** Learning objective ids in the two objective cells: separated by spaces, commas, semicolons or |. */
function objectivesOf(ids: string, set: string): { learningObjectiveIds: string[] }[] | undefined {
  // Most exports have neither column (or leave it blank): nothing to split.
  if (ids === '' && set === '') return undefined;
  const found = [ids, set].flatMap((cell) => cell.split(/[\s,;|]+/)).filter((id) => id !== '');
  return found.length > 0 ? [{ learningObjectiveIds: found.slice(0, 200) }] : undefined;
}

/**
 * Reads results.csv rows (papaparse's cells) in the REST shape, by the columns of `table`'s header
 * (worked out once): the record `cellsOf` would give, made straight from the cells. A blank score or
 * textScore stays null (fine unless fully graded).
 */
export function resultRecordReader(table: CsvTable): (cells: readonly string[]) => Record<string, unknown> {
  const at = (name: string) => table.columns.get(name) ?? -1;
  const [id, status, student, lineItem, scoreStatus, score, textScore, scoreDate, modified, objectiveIds, objectiveSet] = [
    'sourcedid',
    'status',
    'studentsourcedid',
    'lineitemsourcedid',
    'scorestatus',
    'score',
    'textscore',
    'scoredate',
    'datelastmodified',
    'learningobjectiveids',
    'learningobjectiveset',
  ].map(at) as [number, number, number, number, number, number, number, number, number, number, number];
  const cell = (cells: readonly string[], column: number) => (column < 0 ? '' : (cells[column] ?? '').trim());
  return (cells) => ({
    sourcedId: cell(cells, id),
    status: blankToUndefined(cell(cells, status)),
    student: { sourcedId: cell(cells, student) },
    lineItem: { sourcedId: cell(cells, lineItem) },
    scoreStatus: cell(cells, scoreStatus),
    score: blankToUndefined(cell(cells, score)) ?? null,
    textScore: blankToUndefined(cell(cells, textScore)) ?? null,
    scoreDate: blankToUndefined(cell(cells, scoreDate)) ?? null,
    dateLastModified: blankToUndefined(cell(cells, modified)) ?? null,
    learningObjectiveSet: objectivesOf(cell(cells, objectiveIds), cell(cells, objectiveSet)),
  });
}

/** A lineItems.csv row in the REST shape; a blank range stays null (optional in 1.2 when a score scale is linked). */
export function lineItemRecordOf(cells: Readonly<Record<string, string>>): Record<string, unknown> {
  return {
    sourcedId: cells['sourcedid'] ?? '',
    status: blankToUndefined(cells['status']),
    resultValueMin: blankToUndefined(cells['resultvaluemin']) ?? null,
    resultValueMax: blankToUndefined(cells['resultvaluemax']) ?? null,
    learningObjectiveSet: objectivesOf(cells['learningobjectiveids'] ?? '', cells['learningobjectiveset'] ?? ''),
  };
}
