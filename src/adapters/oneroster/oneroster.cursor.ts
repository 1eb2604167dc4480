import { z } from 'zod';
import { AdapterError } from '../http/adapter-error';
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

export const encodeCursor = (cursor: OneRosterCursor): string => `or1.${JSON.stringify(cursor)}`;

export function decodeCursor(text: string | null): OneRosterCursor {
  if (text === null) return START;
  let value: unknown = null;
  try {
    if (text.startsWith('or1.')) value = JSON.parse(text.slice(4));
  } catch {
    value = null;
  }
  const parsed = Cursor.safeParse(value);
  if (!parsed.success) throw new AdapterError('config', 'onbekende OneRoster-cursor: start de synchronisatie opnieuw', null, text.slice(0, 80));
  return parsed.data;
}

export const pageLabel = (cursor: OneRosterCursor) => `pagina ${cursor.p} (offset ${cursor.o})`;

/** The sourcedIds of a page as one short fingerprint (null for an empty page). */
export function pageFingerprint(records: readonly unknown[]): string | null {
  if (records.length === 0) return null;
  return fingerprint(records.map((record) => looseId(record, 'sourcedId') ?? fingerprint(record)));
}
