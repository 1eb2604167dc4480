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
 * The one line ending a text uses throughout ('\n', '\r\n' or '\r'; '\n' when it has none), or null
 * when it mixes them. Counted with indexOf, without building a new text.
 */
export function lineEndingOf(text: string): '\n' | '\r\n' | '\r' | null {
  const firstReturn = text.indexOf('\r');
  if (firstReturn === -1) return '\n';
  let feeds = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at - 1) !== 13) return null;
    feeds += 1;
  }
  let returns = 0;
  for (let at = firstReturn; at !== -1; at = text.indexOf('\r', at + 1)) returns += 1;
  // Every LF follows a CR: the text is all CRLF when there are as many CRs, all CR when there is no LF.
  return feeds === returns ? '\r\n' : feeds === 0 ? '\r' : null;
}

/** Whether any cell holds more than whitespace. */
function hasContent(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return true;
  return false;
}

/**
 * The rows of a delimited text, whatever mix of line endings it has (a supplier export that mixes
 * CRLF, LF and CR loses no row), each with the line it starts on: a quoted cell may span lines (its
 * line ends read as LF), and blank rows are left out but still counted. `delimiter` '' detects it;
 * `firstLine` is the line the text starts on in its file (after an Excel "sep=" line: 2). A text
 * with one kind of line ending is parsed as it is; only a mixed one is rewritten with LF first.
 */
export function csvLines(text: string, delimiter: string, firstLine = 1): CsvLine[] {
  const bare = text.replace(/^\uFEFF/, '');
  const ending = lineEndingOf(bare);
  const body = ending === null ? unifyLineEndings(bare) : bare;
  const newline = ending ?? '\n';
  // Detected on the first rows without blank lines (a blank line would make every guess look uneven).
  const chosen = delimiter || Papa.parse<unknown>(body, { newline, skipEmptyLines: 'greedy', preview: 10 }).meta.delimiter;
  const parsed = Papa.parse<unknown>(body, { delimiter: chosen, newline, skipEmptyLines: false });
  // Without a quote no cell can hold a line end; with one, a cell's CRLF or CR is read as LF.
  const quoted = body.includes('"');
  const out: CsvLine[] = [];
  let line = firstLine;
  for (const row of parsed.data) {
    if (!Array.isArray(row)) continue;
    // Papaparse gives every cell as text (no dynamicTyping).
    const cells = row as string[];
    if (quoted)
      for (let at = 0; at < cells.length; at += 1) if ((cells[at] as string).includes('\r')) cells[at] = unifyLineEndings(cells[at] as string);
    if (hasContent(cells)) out.push({ line, cells });
    line += quoted ? 1 + newlinesIn(cells) : 1;
  }
  return out;
}
