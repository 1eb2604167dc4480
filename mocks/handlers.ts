import type { RequestHandler } from 'msw';
import { blokkodoHandlers } from './suppliers/blokkodo/blokkodo.handlers';
import { caliperHandlers } from './suppliers/caliper/caliper.handlers';
import { lrsHandlers } from './suppliers/lrs/lrs.handlers';
import { leesvlinderHandlers } from './suppliers/leesvlinder/leesvlinder.handlers';
import { oneRosterHandlers } from './suppliers/oneroster/oneroster.handlers';
import { sommenspoorHandlers } from './suppliers/sommenspoor/sommenspoor.handlers';

/** Every mocked supplier's handlers: one list for the demo worker and the test server. */
export const handlers: RequestHandler[] = [
  ...sommenspoorHandlers,
  ...leesvlinderHandlers,
  ...blokkodoHandlers,
  ...lrsHandlers,
  ...caliperHandlers,
  ...oneRosterHandlers,
];
