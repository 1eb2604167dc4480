import * as Comlink from 'comlink';
import { afterEach } from 'vitest';
import { createClassGridApi, type ClassGridApi } from '@/store/class-grid.api';
import type { LeerzichtDb } from '@/store/db';

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** The compute worker's API on the far side of a MessageChannel (a structured clone both ways), reading `db` as the worker reads the page's database. */
export function computeOverChannel(db: LeerzichtDb): ClassGridApi {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  Comlink.expose(createClassGridApi({ dbOf: () => db }), port1);
  return Comlink.wrap<ClassGridApi>(port2) as unknown as ClassGridApi;
}
