/**
 * The file worker (decision 023): reads, checks and maps chosen export files off the main thread
 * and hands out batches (file-read.api.ts). Started per import by file-read.client.ts; a cancel
 * terminates it.
 */
import * as Comlink from 'comlink';
import { resolveSloUuids, setSloLinks } from '@/curriculum/slo-import';
import { createFileReadApi } from './file-read.api';

Comlink.expose(createFileReadApi({ resolveSloIds: (uuids) => resolveSloUuids(uuids), setSloLinks }));
