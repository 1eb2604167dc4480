/**
 * A file read as pages (decision 023): the batches of `file-read.api.ts` as the pages of a
 * SourceAdapter, so syncSource stores them like any sync's pages; with how far the read is.
 * Used on the main thread for the wizard's preview and in the file worker for an import.
 */
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Page, PullRequest, SourceAdapter } from '@/adapters/port';
import { currentSloLinks } from '@/curriculum/slo-import';
import type { FileReadApi, ReadFailure, ReadJob } from './file-read.api';
import { FileCheckError } from './file-choice';

/** A read in progress: the functions of file-read.api.ts (in a worker or inline), and how to end it at once. */
export interface FileReadHandle {
  readonly api: FileReadApi;
  /** Ends the read at once: the worker is terminated (a batch it was reading is dropped). */
  stop(): void;
}

/** The worker's answer as the app's errors: a file check the wizard explains, or an unreadable file (AdapterError). */
export function errorOf(failure: ReadFailure): Error {
  return failure.kind === 'check'
    ? new FileCheckError(failure.code, failure.detail)
    : new AdapterError('invalid-payload', `${failure.file}: ${failure.detail}`, null, failure.file);
}

const aborted = () => new AdapterError('aborted', 'afgebroken');

/** A promise that rejects as 'aborted' when the signal fires (a terminated worker never answers). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** How far a file import has read: bytes of the main file, and lines where the form has them. */
export interface FileReadProgress {
  readonly bytesRead: number;
  readonly bytes: number;
  readonly line: number | null;
  readonly lines: number | null;
}

/** How far an import is: the file read so far, and what the store has taken of it. */
export interface ImportProgress {
  readonly read: FileReadProgress | null;
  readonly added: number;
  readonly updated: number;
  readonly rejected: number;
}

/** Progress as the view shows it: the file read so far and the results stored (new or again). */
export const progressValue = (progress: ImportProgress) => ({
  bytesRead: progress.read?.bytesRead ?? 0,
  bytes: progress.read?.bytes ?? 0,
  line: progress.read?.line ?? null,
  lines: progress.read?.lines ?? null,
  added: progress.added + progress.updated,
});

/** The job with the main thread's SLO links, so the worker resolves SLO ids as the main thread would. */
export const withSloLinks = <T extends object>(job: T): T & Pick<ReadJob, 'sloLinks'> => ({ ...job, sloLinks: currentSloLinks() });

/**
 * A SourceAdapter over a worker read: each batch is a page. While the store writes one page the
 * worker reads the next. The last page is empty and says so (nextCursor null); page cursors are
 * unique to this read, so a cursor left by an earlier import never looks like a loop.
 */
export function workerFileAdapter(
  handle: FileReadHandle,
  files: Pick<ReadJob, 'kind' | 'files' | 'now' | 'sloLinks' | 'batchRecords' | 'pieceBytes'>,
  onRead?: (progress: FileReadProgress) => void,
): SourceAdapter {
  const nonce = Math.random().toString(36).slice(2, 10);
  let opened: { session: number; main: string; size: { bytes: number; lines: number | null } } | null = null;
  let pending: ReturnType<FileReadApi['next']> | null = null;
  let pages = 0;

  async function pullPage({ config, signal, fetchedSoFar }: PullRequest): Promise<Page> {
    if (opened === null) {
      // What to read with comes from the sync (the source's mapping, the CSV columns, the dossier's pupil).
      const job: ReadJob = { ...files, source: config.source, mapping: config.mapping, ...(config.options ? { options: config.options } : {}) };
      const open = await unlessAborted(handle.api.open(job), signal);
      if (!open.ok) throw errorOf(open.failure);
      opened = open;
      pending = handle.api.next(open.session);
    }
    const next = await unlessAborted(pending ?? handle.api.next(opened.session), signal);
    if (!next.ok) throw errorOf(next.failure);
    const batch = next.batch;
    pending = batch ? handle.api.next(opened.session) : null;
    pages += 1;
    if (!batch) return { results: [], rejections: [], nextCursor: null, progress: { fetched: fetchedSoFar, total: fetchedSoFar } };
    onRead?.({ bytesRead: batch.bytesRead, bytes: opened.size.bytes, line: batch.line, lines: opened.size.lines });
    const skipped = Object.values(batch.skipped).reduce((sum, count) => sum + count, 0);
    return {
      results: batch.results,
      rejections: batch.rejections,
      skipped: batch.skipped,
      voids: batch.voids,
      nextCursor: `bestand:${nonce}:${pages}`,
      progress: { fetched: fetchedSoFar + batch.results.length + batch.rejections.length + skipped, total: null },
    };
  }

  return {
    kind: files.kind ?? 'csv',
    testConnection: async () => ({ ok: true, detail: { code: 'file', params: { name: files.files[0]?.name ?? '' } } }),
    pullPage,
  };
}
