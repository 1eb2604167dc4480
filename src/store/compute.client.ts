/**
 * The main thread's side of the compute worker, started with comlink the way the file worker is
 * (decision 023) but once per session and kept: a view's computation is short and asked often. Calls
 * are answered in the order they are made. Without `Worker` (node and jsdom tests) the same
 * functions run inline.
 */
import * as Comlink from 'comlink';
import { computeApi, type ComputeApi } from './compute.api';

let remote: ComputeApi | null = null;

export function computeWorker(): ComputeApi {
  if (typeof Worker === 'undefined') return computeApi;
  remote ??= Comlink.wrap<ComputeApi>(
    new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'leerzicht-rekenen' }),
  ) as unknown as ComputeApi;
  return remote;
}
