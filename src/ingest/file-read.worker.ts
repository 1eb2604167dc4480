/**
 * The file worker (decision 023): reads, checks and maps chosen export files off the main thread
 * (file-read.api.ts) and, for an import, stores them too, on its own connection to the app's
 * IndexedDB (file-store.api.ts); it also checks an OSO dossier before its import (dossier-check.api.ts).
 * Started per read by file-read.client.ts; a cancel stops it.
 */
// First: zod is jitless before any module builds a schema (the CSP forbids eval).
import '@/adapters/shared/zod-jitless';
import * as Comlink from 'comlink';
import { resolveSloUuids, setSloLinks } from '@/curriculum/slo-import';
import { LeerzichtDb } from '@/store/db';
import { createDossierCheckApi } from './dossier-check.api';
import { createFileReadApi } from './file-read.api';
import { createFileStoreApi } from './file-store.api';

const read = createFileReadApi({ resolveSloIds: (uuids) => resolveSloUuids(uuids), setSloLinks });
const connections = new Map<string, LeerzichtDb>();
const dbOf = (name: string): LeerzichtDb => {
  const known = connections.get(name) ?? new LeerzichtDb(name);
  connections.set(name, known);
  return known;
};

Comlink.expose({ ...read, ...createFileStoreApi({ read, dbOf }), ...createDossierCheckApi() });
