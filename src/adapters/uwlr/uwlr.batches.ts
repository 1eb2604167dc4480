/**
 * UWLR leerresultaten and OSO dossiers in batches (decisions 023 and 027): the two passes of
 * uwlr.stream.ts over the file's text piece by piece, so only one toetsafname or leerling is held
 * at a time whatever the file's size. The first pass runs before the first batch: a file that
 * cannot be read (not well-formed, a DOCTYPE, another message) throws FileUnreadable, nothing stored.
 */
import { BatchBuilder, BATCH_RECORDS, FileUnreadable, type FileBatch } from '../files/file-batch';
import type { TextPiece } from '../files/text-stream';
import type { XmlReadPlan } from './uwlr.stream';
import { XmlCapture, XmlUnreadable, type CaptureRules } from './xml-capture';

/** Characters handed to saxes at a time: a batch is taken between two, so it stays near its size. */
const SLICE_CHARS = 65_536;

/** How far a read is: which pass (1 checks, 2 maps) and the bytes of the file it has parsed. */
export interface XmlPassProgress {
  readonly pass: 1 | 2;
  readonly bytesRead: number;
}

/** Called after every slice parsed; it may throw to stop the read (a cancel). */
export type XmlWatch = (progress: XmlPassProgress) => void;

/** Feeds every piece to a pass; after each slice `between` may hand out a batch. */
async function* pass(
  pieces: AsyncIterable<TextPiece>,
  rules: CaptureRules,
  between: (bytesRead: number) => FileBatch | null,
  watch: (bytesRead: number) => void,
): AsyncGenerator<FileBatch, number> {
  const capture = new XmlCapture(rules);
  let bytesRead = 0;
  for await (const piece of pieces) {
    bytesRead = piece.bytesRead;
    for (let at = 0; at < piece.text.length; at += SLICE_CHARS) {
      capture.write(piece.text.slice(at, at + SLICE_CHARS));
      watch(bytesRead);
      const batch = between(bytesRead);
      if (batch) yield batch;
    }
  }
  capture.close();
  return bytesRead;
}

/** `pieces` opens the file's text anew for each pass; `watch` sees every slice of both passes. */
export async function* xmlBatches(
  plan: XmlReadPlan,
  pieces: () => AsyncIterable<TextPiece>,
  size = BATCH_RECORDS,
  watch: XmlWatch = () => undefined,
): AsyncGenerator<FileBatch> {
  const batch = new BatchBuilder(size);
  const ready = (bytesRead: number): FileBatch | null => {
    batch.addAll(plan.take());
    return batch.full ? batch.take(null, bytesRead) : null;
  };
  try {
    let bytesRead = yield* pass(
      pieces(),
      plan.check,
      () => null,
      (read) => watch({ pass: 1, bytesRead: read }),
    );
    const mapping = plan.mapping();
    if ('unreadable' in mapping) throw new FileUnreadable(mapping.unreadable);
    if (mapping.rules) bytesRead = yield* pass(pieces(), mapping.rules, ready, (read) => watch({ pass: 2, bytesRead: read }));
    // The last batch, empty or not: it carries what was skipped and the progress to the end.
    batch.addAll(plan.take());
    yield batch.take(null, bytesRead);
  } catch (error) {
    if (error instanceof XmlUnreadable) throw new FileUnreadable(error.detail);
    throw error;
  }
}
