import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, waitFor } from 'xstate';
import { AdapterError } from '@/adapters/http/adapter-error';
import { syncMachine, syncWorker, type RunSync } from '@/ingest/sync.machine';
import type { SyncSummary } from '@/ingest/sync-source';

const summary: SyncSummary = { pages: 2, fetched: 10, total: 10, added: 9, rejected: 1, updated: 0, voided: 0, skipped: 0, skippedBy: {} };

function deferred() {
  let resolve!: (value: SyncSummary) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<SyncSummary>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** The machine with its work supplied the way the hub supplies it. */
const withWork = (run: RunSync) => syncMachine.provide({ actors: { runSync: syncWorker(run) } });

describe('sync machine', () => {
  it('goes idle -> syncing (with progress) -> done', async () => {
    const work = deferred();
    let report: Parameters<RunSync>[1] = () => {};
    const actor = createActor(withWork((_signal, onProgress) => ((report = onProgress), work.promise))).start();
    expect(actor.getSnapshot().matches('idle')).toBe(true);
    actor.send({ type: 'SYNC' });
    expect(actor.getSnapshot().matches('syncing')).toBe(true);
    report({ pages: 1, fetched: 5, total: 10, added: 5, rejected: 0 });
    expect(actor.getSnapshot().context.progress).toEqual({ pages: 1, fetched: 5, total: 10, added: 5, rejected: 0 });
    work.resolve(summary);
    await waitFor(actor, (snapshot) => snapshot.matches('done'));
    expect(actor.getSnapshot().context.summary).toEqual(summary);
  });

  it('fails with the error code, and RETRY runs the sync again', async () => {
    let calls = 0;
    const run: RunSync = async () => {
      calls += 1;
      if (calls === 1) throw new AdapterError('unauthorized', 'HTTP 401 /sessions', 401);
      return summary;
    };
    const actor = createActor(withWork(run)).start();
    actor.send({ type: 'SYNC' });
    await waitFor(actor, (snapshot) => snapshot.matches('failed'));
    expect(actor.getSnapshot().context.error).toEqual({ code: 'unauthorized', detail: 'HTTP 401 /sessions' });
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (snapshot) => snapshot.matches('done'));
    expect(calls).toBe(2);
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('CANCEL aborts the running work and ends in cancelled; SYNC starts again', async () => {
    let seen: AbortSignal | null = null;
    const run: RunSync = (signal) => {
      seen = signal;
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new AdapterError('aborted', 'afgebroken'))));
    };
    const actor = createActor(withWork(run)).start();
    actor.send({ type: 'SYNC' });
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().matches('cancelled')).toBe(true);
    expect((seen as AbortSignal | null)?.aborted).toBe(true);
    actor.send({ type: 'SYNC' });
    expect(actor.getSnapshot().matches('syncing')).toBe(true);
  });

  it('can be driven with a provided actor in place of the real work (I/O swapped out)', async () => {
    const machine = syncMachine.provide({ actors: { runSync: fromCallback(({ sendBack }) => sendBack({ type: 'FINISHED', summary })) } });
    const actor = createActor(machine).start();
    actor.send({ type: 'SYNC' });
    await waitFor(actor, (snapshot) => snapshot.matches('done'));
    expect(actor.getSnapshot().context.summary?.added).toBe(9);
  });
});
