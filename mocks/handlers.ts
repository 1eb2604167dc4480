import type { RequestHandler } from 'msw';
import { blokkodoHandlers } from './suppliers/blokkodo/blokkodo.handlers';
import { leesvlinderHandlers } from './suppliers/leesvlinder/leesvlinder.handlers';
import { sommenspoorHandlers } from './suppliers/sommenspoor/sommenspoor.handlers';

/** Every mocked supplier's handlers: one list for the demo worker and the test server. */
export const handlers: RequestHandler[] = [...sommenspoorHandlers, ...leesvlinderHandlers, ...blokkodoHandlers];
