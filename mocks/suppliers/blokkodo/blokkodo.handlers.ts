import type { RequestHandler } from 'msw';

/** Placeholder until the blokkodo mock lands. */
export const blokkodoHandlers: RequestHandler[] = [];
