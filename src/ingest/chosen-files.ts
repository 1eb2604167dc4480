/**
 * Files chosen in a file input, as ExportFiles (decision 023 on decision 017): a form read by
 * streaming (CSV, JSON Lines, UWLR and OSO XML: decisions 027 and 029) only by its first 64 kB here, whatever its size (the file worker reads
 * the rest from the File itself); a form read whole into memory up to WHOLE_FILE_BYTES, a larger
 * one refused. Nothing is read of a refused file beyond its first 64 kB.
 */
import type { ExportFile } from '@/adapters/files/export-file';
import { HEAD_BYTES, streamFormOf, WHOLE_FILE_BYTES } from '@/adapters/files/file-batches';
import { detectReader } from '@/adapters/files/readers';

/** The largest file read at all (by streaming): beyond a school year of results by far. */
export const STREAM_FILE_BYTES = 2_000_000_000;

export interface Refused {
  readonly name: string;
  /** Megabytes, rounded up to 0.1. */
  readonly size: number;
  readonly limit: number;
  /** 'whole': too large for a form that is read whole; 'any': too large for any form. */
  readonly reason: 'whole' | 'any';
}

const megabytes = (bytes: number) => Math.ceil(bytes / 100_000) / 10;

async function chosen(file: File): Promise<ExportFile | Refused> {
  const refuse = (limit: number, reason: Refused['reason']): Refused => ({
    name: file.name,
    size: megabytes(file.size),
    limit: megabytes(limit),
    reason,
  });
  if (file.size > STREAM_FILE_BYTES) return refuse(STREAM_FILE_BYTES, 'any');
  // A form read by streaming (CSV, JSON Lines, UWLR and OSO XML) is never held whole here: its first part tells its
  // form and header, the file worker reads the rest from the File. (A zip is recognised by its end: read whole.)
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const part: ExportFile = { name: file.name, bytes: head, blob: file };
  const reader = file.size > HEAD_BYTES ? detectReader(part) : null;
  // An OSO dossier too (decision 029): the file worker checks it (whose it is, its privacy category) by streaming.
  if (reader && streamFormOf(reader, head)) return part;
  if (file.size <= WHOLE_FILE_BYTES) return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), blob: file };
  return refuse(WHOLE_FILE_BYTES, 'whole');
}

/** The chosen files, or the first one refused (then none is kept: the files chosen before stay chosen). */
export async function readChosenFiles(files: Iterable<File> | null | undefined): Promise<{ files: ExportFile[] } | { refused: Refused }> {
  const out: ExportFile[] = [];
  for (const file of files ?? []) {
    const one = await chosen(file);
    if ('reason' in one) return { refused: one };
    out.push(one);
  }
  return { files: out };
}
