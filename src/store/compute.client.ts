/**
 * The main thread's side of the compute worker, started with comlink the way the file worker is
 * (decision 023) but once per session and kept: a view's computation is short and asked often. Calls
 * are answered in the order they are made. Without `Worker` (node and jsdom tests) the same
 * functions run inline, loaded on first use: the computations stay out of the first page's code
 * in the browser, where the worker runs them (decision 035).
 */
import * as Comlink from 'comlink';
import type { ClassGridApi } from './class-grid.api';
import type { LeerzichtDb } from './db';

let remote: ClassGridApi | null = null;

/** What the compute worker serves (compute.worker.ts). */
function worker(): ClassGridApi {
  remote ??= Comlink.wrap<ClassGridApi>(
    new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'leerzicht-rekenen' }),
  ) as unknown as ClassGridApi;
  return remote;
}

/** Inline, per database: its prepared groups are kept as the worker keeps them. */
const inline = new WeakMap<LeerzichtDb, Promise<ClassGridApi>>();

function inlineGrid(db: LeerzichtDb): Promise<ClassGridApi> {
  let api = inline.get(db);
  if (!api) inline.set(db, (api = import('./class-grid.api').then(({ createClassGridApi }) => createClassGridApi({ dbOf: () => db }))));
  return api;
}

/** The class overview's and needs-help's computation: in the compute worker, which reads `db` by its name; inline on `db` without Worker. */
export function classGridWorker(db: LeerzichtDb): ClassGridApi {
  if (typeof Worker !== 'undefined') return worker();
  return {
    classGrid: async (input) => (await inlineGrid(db)).classGrid(input),
    cellEvidence: async (input) => (await inlineGrid(db)).cellEvidence(input),
    needsHelp: async (input) => (await inlineGrid(db)).needsHelp(input),
  };
}
