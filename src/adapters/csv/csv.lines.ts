import Papa from 'papaparse';

/** Every line ending (CRLF, LF or a lone CR, in any mix within one file) as LF. */
export const unifyLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n');

/** A row of a delimited text and the line of the file it starts on (1-based). */
export interface CsvLine {
  readonly line: number;
  readonly cells: string[];
}

/** Line ends inside a row's cells (a quoted cell may span lines), counted without splitting the cells. */
export function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * The rows of a delimited text, whatever mix of line endings it has (a supplier export that mixes
 * CRLF, LF and CR loses no row), each with the line it starts on: a quoted cell may span lines, and
 * blank rows are left out but still counted. `delimiter` '' detects it; `firstLine` is the line the
 * text starts on in its file (after an Excel "sep=" line: 2).
 */
export function csvLines(text: string, delimiter: string, firstLine = 1): CsvLine[] {
  const body = unifyLineEndings(text.replace(/^\uFEFF/, ''));
  // Detected on the first rows without blank lines (a blank line would make every guess look uneven).
  const chosen = delimiter || Papa.parse<unknown>(body, { newline: '\n', skipEmptyLines: 'greedy', preview: 10 }).meta.delimiter;
  const parsed = Papa.parse<unknown>(body, { delimiter: chosen, newline: '\n', skipEmptyLines: false });
  const out: CsvLine[] = [];
  let line = firstLine;
  for (const row of parsed.data) {
    if (!Array.isArray(row)) continue;
    const cells = row.map((cell) => String(cell));
    if (cells.some((cell) => cell.trim() !== '')) out.push({ line, cells });
    line += 1 + newlinesIn(cells);
  }
  return out;
}
