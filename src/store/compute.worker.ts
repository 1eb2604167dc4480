/**
 * The compute worker: a view's heavy computation off the main thread, so the page keeps answering
 * while it runs: the class overview's grid and Wie heeft hulp nodig, from the results it reads itself
 * on its own connection to the app's IndexedDB (class-grid.api.ts). One per session, started on first
 * use by compute.client.ts.
 */
// First: zod is jitless before any module builds a schema (the CSP forbids eval).
import '@/adapters/shared/zod-jitless';
import * as Comlink from 'comlink';
import { createClassGridApi } from './class-grid.api';
import { LeerzichtDb } from './db';

const connections = new Map<string, LeerzichtDb>();
const dbOf = (name: string): LeerzichtDb => {
  const known = connections.get(name) ?? new LeerzichtDb(name);
  connections.set(name, known);
  return known;
};

Comlink.expose(createClassGridApi({ dbOf }));
