/**
 * A file read in batches (decision 023). CSV, JSON Lines (xAPI, Caliper) and UWLR/OSO XML
 * (decision 027) are streamed: read piece by piece, so memory stays flat whatever the file's size.
 * Whole-document forms (JSON documents, OneRoster CSV and zip) are read whole by their reader, up
 * to WHOLE_FILE_BYTES, and handed out in batches.
 * Either way a file that cannot be read at all (wrong encoding, no header, broken JSON) throws
 * FileUnreadable before the first batch, so nothing of it is stored.
 */
import { csvBatches } from '../csv/csv.stream';
import { xmlBatches, type XmlWatch } from '../uwlr/uwlr.batches';
import { xmlPlanOf } from '../uwlr/uwlr.reader';
import type { XmlReadPlan } from '../uwlr/uwlr.stream';
import { decodeBytes, invalidUtf8, isZip } from './decode';
import type { ExportFile, FileReadContext, FileReader } from './export-file';
import { BATCH_RECORDS, FileUnreadable, type FileBatch } from './file-batch';
import { jsonLinesBatches, looksLikeJsonLines } from './json-lines.stream';
import { headBytes, PIECE_BYTES, scanText, sizeOf, textPieces, type ByteSource } from './text-stream';

/** The largest file read whole (JSON documents, OneRoster; decision 017); larger files only by streaming. */
export const WHOLE_FILE_BYTES = 50_000_000;

/** The bytes of a chosen file: its Blob when it has one (never read whole on the main thread), else its bytes. */
export const sourceOf = (file: ExportFile): ByteSource => file.blob ?? file.bytes;

export type StreamForm = 'csv' | 'xapi-lines' | 'caliper-lines' | 'xml';

/** Whether this reader reads this file by streaming, judged from its first bytes (`head`: at least 64 kB, or all of it). */
export function streamFormOf(reader: FileReader, head: Uint8Array): StreamForm | null {
  if (reader.kind === 'csv-columns') return 'csv';
  if (reader.kind === 'uwlr-leerresultaten' || reader.kind === 'oso-dossier') return 'xml';
  if (reader.kind !== 'xapi-statements' && reader.kind !== 'caliper-events') return null;
  if (!looksLikeJsonLines(decodeBytes(head))) return null;
  return reader.kind === 'xapi-statements' ? 'xapi-lines' : 'caliper-lines';
}

export const HEAD_BYTES = 65_536;

function xmlPlan(reader: FileReader, ctx: FileReadContext): XmlReadPlan {
  const plan = xmlPlanOf(reader.kind === 'oso-dossier' ? 'oso-dossier' : 'uwlr-leerresultaten', ctx);
  if ('unreadable' in plan) throw new FileUnreadable(plan.unreadable);
  return plan;
}

export interface BatchOptions {
  readonly batchRecords?: number;
  readonly pieceBytes?: number;
  /** Called once before the first batch with the file's size and (for a UTF-8 text) its number of lines. */
  readonly onSize?: (size: { bytes: number; lines: number | null }) => void;
  /** UWLR/OSO XML: sees every slice of both passes (progress; it may throw to stop the read). */
  readonly watch?: XmlWatch;
}

/** Every file's text checked first (invalid UTF-8 refused with its line), so a refused file stores nothing. */
async function checkEncoding(files: readonly { name: string; source: ByteSource }[]): Promise<number | null> {
  let lines: number | null = null;
  for (const [index, { name, source }] of files.entries()) {
    if (isZip(name, await headBytes(source, 2))) continue;
    const scanned = await scanText(source);
    if (scanned.problem) throw new FileUnreadable(invalidUtf8(name, scanned.problem));
    if (index === 0) lines = scanned.lines;
  }
  return lines;
}

/** The batches of a file read by `reader` (its companions, e.g. OneRoster's lineItems.csv, read whole beside it). */
export async function* readBatches(
  reader: FileReader,
  files: readonly ExportFile[],
  ctx: FileReadContext,
  options: BatchOptions = {},
): AsyncGenerator<FileBatch> {
  const [main, ...companions] = files;
  if (!main) throw new FileUnreadable('geen bestand gekozen');
  const source = sourceOf(main);
  const size = options.batchRecords ?? BATCH_RECORDS;
  const form = streamFormOf(reader, await headBytes(source, HEAD_BYTES));
  if (form !== null) {
    const lines = await checkEncoding(files.map((file) => ({ name: file.name, source: sourceOf(file) })));
    options.onSize?.({ bytes: sizeOf(source), lines: form === 'xml' ? null : lines });
    const pieces = () => textPieces(source, options.pieceBytes ?? PIECE_BYTES);
    if (form === 'xml') yield* xmlBatches(xmlPlan(reader, ctx), pieces, size, options.watch);
    else if (form === 'csv') yield* csvBatches(pieces(), ctx, size);
    else yield* jsonLinesBatches(pieces(), form === 'xapi-lines' ? 'xapi' : 'caliper', ctx, size);
    return;
  }
  if (sizeOf(source) > WHOLE_FILE_BYTES)
    throw new FileUnreadable(
      `${main.name}: te groot om in één keer te lezen (meer dan ${WHOLE_FILE_BYTES / 1_000_000} MB); alleen CSV, JSON Lines, UWLR-leerresultaten en OSO-dossiers worden in delen gelezen. Splits de export (per periode of groep) en lees de delen na elkaar in`,
    );
  options.onSize?.({ bytes: sizeOf(source), lines: null });
  const whole = async (file: ExportFile): Promise<ExportFile> =>
    file.blob ? { name: file.name, bytes: new Uint8Array(await file.blob.arrayBuffer()) } : file;
  const read = reader.read(await whole(main), await Promise.all(companions.map(whole)), ctx);
  if (!read.ok) throw new FileUnreadable(read.detail);
  const bytesRead = sizeOf(source);
  const records = [...read.results.map((result) => ({ result })), ...read.rejections.map((rejection) => ({ rejection }))];
  // Skips and voids go with the first batch; an empty file still gives one (it carries them and the progress).
  for (let at = 0; at === 0 || at < records.length; at += size) {
    const part = records.slice(at, at + size);
    yield {
      results: part.flatMap((item) => ('result' in item ? [item.result] : [])),
      rejections: part.flatMap((item) => ('rejection' in item ? [item.rejection] : [])),
      skipped: at === 0 ? read.skipped : {},
      voids: at === 0 ? read.voids : [],
      line: null,
      bytesRead,
    };
  }
}
