/**
 * What the file worker does (decision 023), as plain functions: open a read of the chosen files
 * (choose the reader, start its batches), hand out the next batch, close. The worker
 * (file-read.worker.ts) exposes exactly this object through comlink; tests call it directly or
 * over a MessageChannel. Nothing here throws across the boundary: an error is a value (comlink
 * would keep only an Error's message), turned back into the app's errors by file-read.client.ts.
 */
import type { ExportFile } from '@/adapters/files/export-file';
import type { FileBatch } from '@/adapters/files/file-batch';
import { readBatches } from '@/adapters/files/file-batches';
import type { GoalId, SourceId } from '@/domain/ids';
import type { CodeMapping, SourceKind } from '@/domain/source';
import { chooseFiles, FileCheckError } from './file-choice';

export interface ReadJob {
  readonly kind: SourceKind | null;
  readonly files: readonly ExportFile[];
  readonly source: SourceId;
  readonly mapping: CodeMapping;
  /** ISO instant: the moment of the import (future results are refused against it). */
  readonly now: string;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly batchRecords?: number;
  readonly pieceBytes?: number;
  /** The main thread's SLO replacements and imported goals (curriculum/slo-import/slo-links.ts), for a worker that has none. */
  readonly sloLinks?: { readonly links: [string, readonly string[]][]; readonly imported: string[] };
}

export type ReadFailure =
  | { readonly kind: 'check'; readonly code: FileCheckError['code']; readonly detail: string }
  | { readonly kind: 'unreadable'; readonly file: string; readonly detail: string };

export type Opened =
  | { readonly ok: true; readonly session: number; readonly main: string; readonly size: { bytes: number; lines: number | null } }
  | { readonly ok: false; readonly failure: ReadFailure };

export type Next = { readonly ok: true; readonly batch: FileBatch | null } | { readonly ok: false; readonly failure: ReadFailure };

export interface FileReadApi {
  open(job: ReadJob): Promise<Opened>;
  /** The next batch; null when the file is read to its end (the read is then closed). */
  next(session: number): Promise<Next>;
  close(session: number): Promise<void>;
}

export function readFailureOf(error: unknown, file: string): ReadFailure {
  if (error instanceof FileCheckError) return { kind: 'check', code: error.code, detail: error.detail };
  const detail =
    typeof error === 'object' && error !== null && 'detail' in error
      ? String((error as { detail: unknown }).detail)
      : `bestand onleesbaar (${error instanceof Error ? error.name : 'fout'})`;
  return { kind: 'unreadable', file, detail };
}

export interface FileReadDeps {
  readonly resolveSloIds: (uuids: readonly string[]) => readonly GoalId[];
  /** In a worker: takes the main thread's SLO links before reading. */
  readonly setSloLinks?: (links: ReadonlyMap<string, readonly string[]>, imported: Iterable<string>) => void;
}

export function createFileReadApi(deps: FileReadDeps): FileReadApi {
  const reads = new Map<number, { batches: AsyncGenerator<FileBatch>; first: FileBatch | null; main: string }>();
  let last = 0;
  return {
    async open(job) {
      let main = job.files[0]?.name ?? '';
      try {
        if (job.sloLinks) deps.setSloLinks?.(new Map(job.sloLinks.links), job.sloLinks.imported);
        const chosen = chooseFiles(job.kind, job.files);
        main = chosen.files[0]?.name ?? main;
        let size = { bytes: 0, lines: null as number | null };
        const batches = readBatches(
          chosen.reader,
          chosen.files,
          {
            source: job.source,
            mapping: job.mapping,
            now: job.now,
            resolveSloIds: deps.resolveSloIds,
            ...(job.options ? { options: job.options } : {}),
          },
          {
            ...(job.batchRecords ? { batchRecords: job.batchRecords } : {}),
            ...(job.pieceBytes ? { pieceBytes: job.pieceBytes } : {}),
            onSize: (known) => (size = known),
          },
        );
        // The first batch is read here: a file that cannot be read at all fails on open, before anything is stored.
        const first = await batches.next();
        const session = (last += 1);
        reads.set(session, { batches, first: first.done ? null : first.value, main });
        return { ok: true, session, main, size };
      } catch (error) {
        return { ok: false, failure: readFailureOf(error, main) };
      }
    },
    async next(session) {
      const read = reads.get(session);
      if (!read) return { ok: true, batch: null };
      try {
        if (read.first) {
          const batch = read.first;
          read.first = null;
          return { ok: true, batch };
        }
        const step = await read.batches.next();
        if (step.done) reads.delete(session);
        return { ok: true, batch: step.done ? null : step.value };
      } catch (error) {
        reads.delete(session);
        return { ok: false, failure: readFailureOf(error, read.main) };
      }
    },
    async close(session) {
      const read = reads.get(session);
      reads.delete(session);
      await read?.batches.return(undefined);
    },
  };
}
