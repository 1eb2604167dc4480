/**
 * A supplier's CSV read piece by piece (decision 023): papaparse's own chunk parser (`Papa.Parser`,
 * the one its File streamer runs) over text already decoded and with every line ending as LF, so
 * a row split across two pieces is joined again, and each row is mapped by the same mapper as
 * `csvColumnsReader` (same ids, same line numbers, same rejections). Batches of `BATCH_RECORDS`.
 */
import Papa from 'papaparse';
import type { FileReadContext } from '../files/export-file';
import { BatchBuilder, BATCH_RECORDS, FileUnreadable, type FileBatch } from '../files/file-batch';
import type { TextPiece } from '../files/text-stream';
import { newlinesIn } from './csv.lines';
import { csvRowMapper } from './csv.reader';

const EXCEL_SEP = /^sep=([^\n])\n/i;
const DETECT_CHARS = 65_536;
/** Characters handed to papaparse at a time. */
const SLICE_CHARS = 65_536;

/** Whether any cell holds more than whitespace (blank rows are left out, but counted). */
function hasContent(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return true;
  return false;
}

interface RowParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: unknown[]; meta: { cursor: number } };
}

export async function* csvBatches(pieces: AsyncIterable<TextPiece>, ctx: FileReadContext, size = BATCH_RECORDS): AsyncGenerator<FileBatch> {
  let parser: RowParser | null = null;
  let mapper: ReturnType<typeof csvRowMapper> | null = null;
  let partial = '';
  let line = 1;
  let bytesRead = 0;
  const batch = new BatchBuilder(size);

  function* rowsOf(input: string, last: boolean): Generator<FileBatch> {
    if (!parser) return;
    const parsed = parser.parse(input, 0, !last);
    partial = last ? '' : input.slice(parsed.meta.cursor);
    // Without a quote no cell can hold a line end: a row is then one line.
    const quoted = input.includes('"');
    for (const row of parsed.data) {
      if (!Array.isArray(row)) continue;
      const cells = row as string[];
      if (hasContent(cells)) {
        if (mapper === null) {
          mapper = csvRowMapper(
            cells.map((cell) => cell.replace(/^\uFEFF/, '').trim()),
            ctx,
          );
          if ('unreadable' in mapper) throw new FileUnreadable(mapper.unreadable);
        } else if ('map' in mapper) {
          batch.add(mapper.map({ line, cells }));
          if (batch.full) yield batch.take(line, bytesRead);
        }
      }
      line += quoted ? 1 + newlinesIn(cells) : 1;
    }
  }

  // The delimiter is detected on the first rows (as csvRows does): wait until enough text has come.
  let head = '';
  const start = (text: string) => {
    text = text.replace(/^\uFEFF/, '');
    const sep = EXCEL_SEP.exec(text);
    if (sep) {
      text = text.slice(sep[0].length);
      line = 2;
    }
    const delimiter = sep?.[1] ?? Papa.parse<unknown>(text, { newline: '\n', skipEmptyLines: 'greedy', preview: 10 }).meta.delimiter;
    parser = new Papa.Parser({ delimiter, newline: '\n' }) as RowParser;
    return text;
  };
  // Papaparse gets the text in slices of about SLICE_CHARS that end at a line end (cut from the piece,
  // not joined to anything: joining costs more than the parse), so the rows of one slice die young where a
  // whole piece's rows lived through several collections. What a slice leaves unfinished (the piece's
  // last line, a quoted cell over several lines) waits in `pending`; a row longer than a slice is parsed
  // again only when its text has doubled, so even a huge quoted cell costs linear time.
  let pending = '';
  const feed = function* (text: string): Generator<FileBatch> {
    pending = pending === '' ? text : pending + text;
    if (pending.length < 2 * partial.length) return;
    yield* rowsOf(pending, false);
    pending = partial;
  };
  for await (const piece of pieces) {
    bytesRead = piece.bytesRead;
    let text = piece.text;
    if (parser === null) {
      head += text;
      if (head.length < DETECT_CHARS) continue;
      text = start(head);
    }
    for (let at = 0, end = 0; at < text.length; at = end) {
      end = at + SLICE_CHARS >= text.length ? text.length : text.lastIndexOf('\n', at + SLICE_CHARS) + 1;
      if (end <= at) end = at + SLICE_CHARS;
      yield* feed(text.slice(at, end));
    }
  }
  yield* rowsOf(parser === null ? start(head) : pending, true);
  if (mapper === null) throw new FileUnreadable('geen kopregel met kolomnamen gevonden');
  yield batch.take(line - 1, bytesRead);
}
