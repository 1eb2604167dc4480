import { assign, fromCallback, setup, type EventObject } from 'xstate';
import { isAdapterError } from '@/adapters/http/adapter-error';
import type { SyncProgress, SyncSummary } from './sync-source';

export type RunSync = (signal: AbortSignal, onProgress: (progress: SyncProgress) => void) => Promise<SyncSummary>;

export interface SyncError {
  readonly code: string;
  readonly detail: string;
}

export interface SyncContext {
  readonly progress: SyncProgress | null;
  readonly summary: SyncSummary | null;
  readonly error: SyncError | null;
}

export type SyncEvent =
  | { type: 'SYNC' }
  | { type: 'RETRY' }
  | { type: 'CANCEL' }
  | { type: 'PROGRESS'; progress: SyncProgress }
  | { type: 'FINISHED'; summary: SyncSummary }
  | { type: 'FAILED'; error: SyncError };

/**
 * The `runSync` actor for a work function: runs one sync; stopping the actor (CANCEL leaves the
 * state) aborts the work. The hub supplies it per source with `syncMachine.provide`.
 */
export const syncWorker = (run: RunSync) =>
  fromCallback<EventObject>(({ sendBack }) => {
    const controller = new AbortController();
    run(controller.signal, (progress) => sendBack({ type: 'PROGRESS', progress }))
      .then((summary) => sendBack({ type: 'FINISHED', summary }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = isAdapterError(error)
          ? { code: error.code, detail: error.detail }
          : { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };
        sendBack({ type: 'FAILED', error: failure });
      });
    return () => controller.abort();
  });

/** Until the hub provides the work, a sync fails and says so. */
const noWork = syncWorker(() => Promise.reject(new Error('no sync work provided')));

/** The state of one source's sync: idle, syncing (with progress), done, failed (retry), cancelled. */
export const syncMachine = setup({
  types: {
    context: {} as SyncContext,
    events: {} as SyncEvent,
  },
  actors: { runSync: noWork },
}).createMachine({
  id: 'sync',
  context: { progress: null, summary: null, error: null },
  initial: 'idle',
  states: {
    idle: { on: { SYNC: 'syncing' } },
    syncing: {
      entry: assign({ progress: null, error: null }),
      invoke: { src: 'runSync' },
      on: {
        PROGRESS: { actions: assign({ progress: ({ event }) => event.progress }) },
        FINISHED: { target: 'done', actions: assign({ summary: ({ event }) => event.summary }) },
        FAILED: { target: 'failed', actions: assign({ error: ({ event }) => event.error }) },
        CANCEL: 'cancelled',
      },
    },
    done: { on: { SYNC: 'syncing' } },
    failed: { on: { RETRY: 'syncing', SYNC: 'syncing' } },
    cancelled: { on: { SYNC: 'syncing' } },
  },
});
