import { z } from 'zod';
import { cursorCodec } from '../http/cursor-codec';

/**
 * The opaque Blokkodo cursor, stored by the sync between runs:
 * - `next`: the links.next URL still to read (a sync in progress), or null;
 * - `since`: the updated_since of this run's query (null = everything);
 * - `latest`: the newest completed_at seen in this run so far.
 * When a run has read its last page, the cursor becomes { next: null, since: latest }:
 * the next run asks only for completions after that instant.
 */
const CursorState = z.object({
  v: z.literal(1),
  next: z.string().max(2000).nullable(),
  since: z.iso.datetime().nullable(),
  latest: z.iso.datetime().nullable(),
});
export type BlokkodoCursor = Omit<z.infer<typeof CursorState>, 'v'>;

const PREFIX = 'bk1.';
export const START: BlokkodoCursor = { next: null, since: null, latest: null };

const codec = cursorCodec(CursorState, { prefix: PREFIX, base64: true, invalid: 'ongeldige Blokkodo-cursor' });

export const encodeCursor = (cursor: BlokkodoCursor): string => codec.encode({ v: 1, next: cursor.next, since: cursor.since, latest: cursor.latest });

/** null = start from the beginning. A cursor this adapter did not write is a config error. */
export function decodeCursor(cursor: string | null): BlokkodoCursor {
  if (cursor === null) return START;
  const { next, since, latest } = codec.decode(cursor);
  return { next, since, latest };
}

/** The later of two ISO instants (null counts as "none"). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
