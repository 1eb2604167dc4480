/**
 * Which reader reads the chosen files, and which file is the main one: pure (no store), so the
 * file worker (file-read.worker.ts) and the main thread choose alike.
 */
import type { ExportFile, FileReader } from '@/adapters/files/export-file';
import { detectReader, isCompanionKind } from '@/adapters/files/readers';
import type { SourceKind } from '@/domain/source';

/** A file problem the wizard explains: no reader knows it, or it is another kind of export than chosen. */
export class FileCheckError extends Error {
  constructor(
    readonly code: 'file-unreadable' | 'file-wrong-kind' | 'file-none' | 'file-pupil-unknown',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** The file a reader of this kind reads first (others go along as companions), or an error that says what is wrong. */
export function chooseFiles(kind: SourceKind | null, files: readonly ExportFile[]): { reader: FileReader; files: ExportFile[] } {
  if (files.length === 0) throw new FileCheckError('file-none', '');
  const detected = files.map((file) => ({ file, reader: detectReader(file) }));
  const matching = detected.filter((item): item is { file: ExportFile; reader: FileReader } => item.reader?.sourceKind === kind);
  const main = matching.find((item) => !isCompanionKind(item.reader.kind)) ?? matching[0];
  if (!main) {
    const other = detected.find((item) => item.reader);
    if (other?.reader) throw new FileCheckError('file-wrong-kind', other.reader.sourceKind);
    throw new FileCheckError('file-unreadable', files.map((file) => file.name).join(', '));
  }
  return { reader: main.reader, files: [main.file, ...files.filter((file) => file !== main.file)] };
}
