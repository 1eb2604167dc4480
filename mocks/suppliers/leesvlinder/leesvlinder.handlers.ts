import type { RequestHandler } from 'msw';

/** Placeholder until the leesvlinder mock lands. */
export const leesvlinderHandlers: RequestHandler[] = [];
