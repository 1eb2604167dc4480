/**
 * The main thread's side of the compute worker, started with comlink the way the file worker is
 * (decision 023) but once per session and kept: a view's computation is short and asked often. Calls
 * are answered in the order they are made. Comlink loads with the first call (it is not needed to
 * draw the first page). Without `Worker` (node and jsdom tests) the same functions run inline, loaded
 * on first use: the computations stay out of the first page's code in the browser, where the worker
 * runs them (decision 035).
 */
import type { ClassGridApi } from './class-grid.api';
import type { LeerzichtDb } from './db';

/** In an object: a comlink proxy answers `then` itself, so it is never a promise's value. */
interface Served {
  readonly api: ClassGridApi;
}

let remote: Promise<Served> | null = null;

/** What the compute worker serves (compute.worker.ts). */
function worker(): Promise<Served> {
  remote ??= import('comlink').then((Comlink) => ({
    api: Comlink.wrap<ClassGridApi>(
      new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'leerzicht-rekenen' }),
    ) as unknown as ClassGridApi,
  }));
  // A failed load is tried again at the next call.
  void remote.catch(() => (remote = null));
  return remote;
}

/** Inline, per database: its prepared groups are kept as the worker keeps them. */
const inline = new WeakMap<LeerzichtDb, Promise<Served>>();

function inlineGrid(db: LeerzichtDb): Promise<Served> {
  let served = inline.get(db);
  if (!served)
    inline.set(db, (served = import('./class-grid.api').then(({ createClassGridApi }) => ({ api: createClassGridApi({ dbOf: () => db }) }))));
  return served;
}

/** The class overview's and needs-help's computation: in the compute worker, which reads `db` by its name; inline on `db` without Worker. */
export function classGridWorker(db: LeerzichtDb): ClassGridApi {
  const served = () => (typeof Worker !== 'undefined' ? worker() : inlineGrid(db));
  return {
    classGrid: async (input) => (await served()).api.classGrid(input),
    cellEvidence: async (input) => (await served()).api.cellEvidence(input),
    needsHelp: async (input) => (await served()).api.needsHelp(input),
    groupContext: async (input) => (await served()).api.groupContext(input),
    goalResults: async (input) => (await served()).api.goalResults(input),
    lineOverTime: async (input) => (await served()).api.lineOverTime(input),
    idle: async () => (await served()).api.idle(),
  };
}
