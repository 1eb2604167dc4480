import type { RequestHandler } from 'msw';

/** Every mocked supplier's handlers: one list for the demo worker and the test server. */
export const handlers: RequestHandler[] = [];
