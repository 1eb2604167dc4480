import type { RequestHandler } from 'msw';
import { CODEKLAS_LRS_DEMO } from './codeklas.demo';
import { codeklasData } from './codeklas.generator';
import { LRS_DEMO } from './lrs.demo';
import { lrsData } from './lrs.generator';
import { createLrsHandlers } from './lrs.server';

/**
 * Both demo learning record stores, each with its own endpoint, credentials and statements:
 * the board's LRS (Kompas Toetsen's arithmetic and reading tests) and Codeklas's LRS
 * (programming game). Neither store answers the other's credentials.
 */
export const lrsHandlers: RequestHandler[] = [
  ...createLrsHandlers({ endpoint: LRS_DEMO.endpoint, credentials: LRS_DEMO.credentials, data: lrsData }),
  ...createLrsHandlers({ endpoint: CODEKLAS_LRS_DEMO.endpoint, credentials: CODEKLAS_LRS_DEMO.credentials, data: codeklasData }),
];
