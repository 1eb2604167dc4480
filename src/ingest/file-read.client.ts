/**
 * The main thread's side of the file worker (decision 023): one worker per read (the wizard's
 * preview) or import (read and stored in the worker, file-store.api.ts), terminated when done or
 * cancelled. Without `Worker` (node and jsdom tests) the same functions run inline on this thread.
 */
import * as Comlink from 'comlink';
import type { LeerzichtDb } from '@/store/db';
import { createDossierCheckApi, type DossierCheckApi } from './dossier-check.api';
import { createFileReadApi, type FileReadApi, type FileReadDeps } from './file-read.api';
import { createFileStoreApi, type FileStoreApi } from './file-store.api';

export * from './file-pages';

/** What the file worker serves: reading (preview), importing (read and stored in the worker) and checking an OSO dossier. */
export type FileWorkerApi = FileReadApi & FileStoreApi & DossierCheckApi;

export interface FileWorkerHandle {
  readonly api: FileWorkerApi;
  /** Ends everything at once: the worker is terminated (a transaction it had open is aborted, so nothing half is stored). */
  stop(): void;
}

/** The file worker's functions run inline, on this thread (tests; a browser without workers), writing to `db`. */
export function inlineFileWorker(inline: FileReadDeps & { readonly db: LeerzichtDb }): FileWorkerHandle {
  const read = createFileReadApi(inline);
  return { api: { ...read, ...createFileStoreApi({ read, dbOf: () => inline.db }), ...createDossierCheckApi() }, stop: () => undefined };
}

/** A file worker: a Web Worker when the browser has them, else the same functions inline (tests). */
export function startFileRead(inline: FileReadDeps & { readonly db: LeerzichtDb }): FileWorkerHandle {
  if (typeof Worker === 'undefined') return inlineFileWorker(inline);
  const worker = new Worker(new URL('./file-read.worker.ts', import.meta.url), { type: 'module', name: 'leerzicht-bestand' });
  const remote = Comlink.wrap<FileWorkerApi>(worker);
  let stopped = false;
  return {
    api: remote as unknown as FileWorkerApi,
    // Once: a cancel that ends a busy worker stops it, and the import's own end then stops it again
    // (comlink throws on a second release, which would replace the cancel's message with its own).
    stop: () => {
      if (stopped) return;
      stopped = true;
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
