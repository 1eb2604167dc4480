/**
 * The file worker (decision 023): reads, checks and maps chosen export files off the main thread
 * (file-read.api.ts) and, for an import, stores them too, on its own connection to the app's
 * IndexedDB (file-store.api.ts); it also checks an OSO dossier before its import (dossier-check.api.ts),
 * and runs a connector's whole sync, from its supplier's pages to the store (connector-sync.api.ts,
 * decision 052). Started per read by file-read.client.ts (a cancel stops it), and for connector syncs
 * by connector-sync.client.ts.
 */
// First: zod is jitless before any module builds a schema (the CSP forbids eval).
import '@/adapters/shared/zod-jitless';
import * as Comlink from 'comlink';
// The worker's own start, as main.tsx is the page's: the one other place that wires the supplier kinds (decision 052).
// eslint-disable-next-line import-x/no-restricted-paths
import { adapterFor } from '@/adapters/registry';
import { resolveSloUuids, setSloLinks } from '@/curriculum/slo-import';
import { LeerzichtDb } from '@/store/db';
import { createConnectorSyncApi } from './connector-sync.api';
import { createDossierCheckApi } from './dossier-check.api';
import { createFileReadApi } from './file-read.api';
import { createFileStoreApi } from './file-store.api';
import { fetchThroughPage, type PageFetcher } from './page-fetch';

const read = createFileReadApi({ resolveSloIds: (uuids) => resolveSloUuids(uuids), setSloLinks });
const connections = new Map<string, LeerzichtDb>();
const dbOf = (name: string): LeerzichtDb => {
  const known = connections.get(name) ?? new LeerzichtDb(name);
  connections.set(name, known);
  return known;
};

Comlink.expose({
  ...read,
  ...createFileStoreApi({ read, dbOf }),
  ...createDossierCheckApi(),
  ...createConnectorSyncApi({ dbOf, adapterFor, setSloLinks }),
  /** Demo mode: this worker's requests are made by the page, which MSW answers also in a background tab (page-fetch.ts). */
  usePageFetch(page: Comlink.Remote<PageFetcher>): void {
    globalThis.fetch = fetchThroughPage(page);
  },
});
