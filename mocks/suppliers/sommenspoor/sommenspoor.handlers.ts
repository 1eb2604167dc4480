import type { RequestHandler } from 'msw';

/** Placeholder until the sommenspoor mock lands. */
export const sommenspoorHandlers: RequestHandler[] = [];
