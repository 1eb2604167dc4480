import { z } from 'zod';
import { cursorCodec } from '../http/cursor-codec';
import { fingerprint, looseId } from '../shared/map-helpers';

/**
 * Our cursor: the offset of the next results page, its number (to name it in errors) and a
 * fingerprint of the page before it (a server that serves the same page again is looping).
 * After the last page the sync keeps the cursor that read it: the next sync re-reads that page
 * (stored once, by sourcedId) and whatever came after it (results are sorted by dateLastModified).
 */
const Cursor = z.object({
  v: z.literal(1),
  o: z.number().int().nonnegative(),
  p: z.number().int().positive(),
  h: z.string().max(64).nullable(),
});
export type OneRosterCursor = z.infer<typeof Cursor>;
export const START: OneRosterCursor = { v: 1, o: 0, p: 1, h: null };

const codec = cursorCodec(Cursor, { prefix: 'or1.', invalid: 'onbekende OneRoster-cursor: start de synchronisatie opnieuw' });
export const encodeCursor = (cursor: OneRosterCursor): string => codec.encode(cursor);
export const decodeCursor = (text: string | null): OneRosterCursor => (text === null ? START : codec.decode(text));

export const pageLabel = (cursor: OneRosterCursor) => `pagina ${cursor.p} (offset ${cursor.o})`;

/** The sourcedIds of a page as one short fingerprint (null for an empty page). */
export function pageFingerprint(records: readonly unknown[]): string | null {
  if (records.length === 0) return null;
  return fingerprint(records.map((record) => looseId(record, 'sourcedId') ?? fingerprint(record)));
}
