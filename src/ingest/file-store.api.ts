/**
 * An import run where the file worker runs (decision 023): the file read in batches
 * (file-read.api.ts) and each batch stored by syncSource on the worker's own connection to the
 * same IndexedDB, one transaction per batch (consent read in it, scope, retention, rejections,
 * voids, status), so neither the parsing nor the writing takes the main thread. Outcomes are values
 * (comlink keeps only an Error's message): what was stored, or why not and what was kept.
 */
import { isAdapterError, type AdapterErrorCode } from '@/adapters/http/adapter-error';
import type { Source } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import type { FileReadApi, ReadJob } from './file-read.api';
import { workerFileAdapter, type FileReadProgress, type ImportProgress } from './file-pages';
import { syncSource, type SyncSummary } from './sync-source';

export interface StoreJob extends Pick<ReadJob, 'files' | 'now' | 'sloLinks' | 'batchRecords' | 'pieceBytes'> {
  /** The IndexedDB database the main thread uses (LeerzichtDb's name). */
  readonly dbName: string;
  readonly source: Source;
  /** The reader's options: a CSV's columns, an OSO dossier's pupil. */
  readonly options?: Readonly<Record<string, unknown>>;
}

export type StoreFailure = {
  readonly code: AdapterErrorCode;
  readonly detail: string;
  readonly status: number | null;
  readonly page: string | null;
};

export type Stored =
  | { readonly ok: true; readonly summary: SyncSummary }
  /** Not finished: cancelled, or a failure; `kept` is what the batches stored before it say (null: none). */
  | { readonly ok: false; readonly cancelled: boolean; readonly failure: StoreFailure; readonly kept: ImportProgress | null };

export interface FileStoreApi {
  importFile(job: StoreJob, onProgress?: (progress: ImportProgress) => void): Promise<Stored>;
  /** Stops the running import after the batch being stored (never half a batch). */
  cancelImport(): Promise<void>;
}

/** An error as a value that crosses comlink whole: its AdapterError code, detail, status and page. */
export const failureOf = (error: unknown): StoreFailure =>
  isAdapterError(error)
    ? { code: error.code, detail: error.detail, status: error.status, page: error.page }
    : { code: 'invalid-payload', detail: error instanceof Error ? error.message : String(error), status: null, page: null };

export function createFileStoreApi(deps: { readonly read: FileReadApi; readonly dbOf: (name: string) => LeerzichtDb }): FileStoreApi {
  let running: AbortController | null = null;
  return {
    async importFile(job, onProgress) {
      const abort = new AbortController();
      running = abort;
      let read: FileReadProgress | null = null;
      let kept: ImportProgress | null = null;
      const { files, now, sloLinks, batchRecords, pieceBytes } = job;
      const adapter = workerFileAdapter(
        { api: deps.read, stop: () => undefined },
        {
          kind: job.source.kind,
          files,
          now,
          ...(sloLinks ? { sloLinks } : {}),
          ...(batchRecords ? { batchRecords } : {}),
          ...(pieceBytes ? { pieceBytes } : {}),
        },
        (progress) => (read = progress),
      );
      try {
        const summary = await syncSource({
          db: deps.dbOf(job.dbName),
          adapter,
          source: job.source,
          credentials: { type: 'none' },
          signal: abort.signal,
          now: () => new Date(now),
          onProgress: (progress) => {
            kept = { read, added: progress.added, updated: progress.updated ?? 0, rejected: progress.rejected };
            // Not awaited: a progress message never holds up the import.
            void Promise.resolve(onProgress?.(kept)).catch(() => undefined);
          },
          ...(job.options ? { options: job.options } : {}),
        });
        return { ok: true, summary };
      } catch (error) {
        return { ok: false, cancelled: abort.signal.aborted, failure: failureOf(error), kept };
      } finally {
        if (running === abort) running = null;
      }
    },
    async cancelImport() {
      running?.abort();
    },
  };
}
