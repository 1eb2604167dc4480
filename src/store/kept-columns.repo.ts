/**
 * The class grid's kept encodings (issue 12 goal 1, decision 043): per pupil the columns of their
 * prepared results (readable, goals resolved, second reports left out: prepareGroup over the pupil's
 * own rows), kept in `keptColumns` with the pupil's change stamp (pupil-changes.ts) and the SLO
 * links they were resolved by. A group's columns are the pupils' kept columns merged (encoded-merge.ts),
 * so a page opened later reads typed arrays, not a result object per result. A kept entry whose
 * stamp is not the pupil's now, or is missing, is built again from the pupil's rows and kept; other
 * SLO links drop every kept entry. Only pseudonyms, codes and numbers are kept: no roster data.
 */
import type { PupilRef } from '@/domain/ids';
import { mergeColumns, pupilColumnsOf, type PupilColumns } from '@/domain/progress/encoded-merge';
import type { EncodedColumns } from '@/domain/progress/encoded-results';
import { prepareGroup } from './class-grid.path';
import type { LeerzichtDb } from './db';
import { pupilReadOrder, PUPILS_PER_READ } from './results.repo';

/** One pupil's kept columns, with what they were built from. */
export interface KeptColumns extends PupilColumns {
  /** The pupil's change stamp when their rows were read (pupilChanges). */
  readonly stamp: string;
  /** The SLO links' digest the goals were resolved by (linksDigest). */
  readonly links: string;
  /** The pupil's stored rows that cannot be read, and second reports left out. */
  readonly skipped: number;
  readonly duplicates: number;
}

/** A group's columns from its pupils' kept (or rebuilt) columns. */
export interface GroupColumns {
  readonly encoded: EncodedColumns;
  readonly skipped: number;
  readonly duplicates: number;
  /** Pupils whose columns were built from their rows in this read (none kept or kept at another stamp or links). */
  readonly rebuilt: number;
}

const digests = new WeakMap<ReadonlyMap<string, readonly string[]>, Promise<string>>();

/** A digest of SLO's replacement links (old goal -> successors), the same for the same links in any order (SHA-256, hex). */
export function linksDigest(links: ReadonlyMap<string, readonly string[]>): Promise<string> {
  let found = digests.get(links);
  if (!found) {
    const text = JSON.stringify([...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    found = crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(text))
      .then((hash) => Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join(''));
    digests.set(links, found);
  }
  return found;
}

/** Builds these pupils' columns from their rows, each with the stamp read in the same transaction, and keeps them. */
async function rebuilt(
  db: LeerzichtDb,
  refs: readonly PupilRef[],
  links: ReadonlyMap<string, readonly string[]>,
  digest: string,
): Promise<KeptColumns[]> {
  const read = await db.transaction('r', db.results, db.pupilChanges, () =>
    Promise.all(
      refs.map(async (ref) => ({ ref, rows: await db.results.where('pupil').equals(ref).toArray(), change: await db.pupilChanges.get(ref) })),
    ),
  );
  const built = read.map(({ ref, rows, change }) => {
    const prepared = prepareGroup(rows, links);
    const columns = pupilColumnsOf(ref, prepared.encoded);
    return { ...columns, stamp: change?.stamp ?? '', links: digest, skipped: prepared.skipped, duplicates: prepared.duplicates };
  });
  await keep(
    db,
    built.filter((entry) => entry.stamp !== ''),
  );
  return built;
}

/** Keeps entries whose pupil's stamp is still the one they were built at (a write since then changed it: not kept). */
export async function keep(db: LeerzichtDb, entries: readonly KeptColumns[]): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction('rw', db.pupilChanges, db.keptColumns, async () => {
    const now = await db.pupilChanges.bulkGet(entries.map((entry) => entry.pupil));
    const current = entries.filter((entry, i) => now[i]?.stamp === entry.stamp);
    if (current.length > 0) await db.keptColumns.bulkPut(current);
  });
}

/** The part of a pupil without stored results (never kept: no row may name a pupil without results). */
function emptyPart(ref: PupilRef, links: ReadonlyMap<string, readonly string[]>, digest: string): KeptColumns {
  return { ...pupilColumnsOf(ref, prepareGroup([], links).encoded), stamp: '', links: digest, skipped: 0, duplicates: 0 };
}

/** What the store keeps for these pupils now: each pupil's entry where it is current, and who has none. */
export interface KeptParts {
  /** The pupils in read order (pupilReadOrder). */
  readonly order: readonly PupilRef[];
  readonly digest: string;
  /** Per pupil in `order`: their kept columns, where the stamp and links are those they were built at. */
  readonly parts: readonly (KeptColumns | undefined)[];
  /** Pupils without current columns (their results changed since, or never kept). */
  readonly stale: readonly PupilRef[];
}

/** Reads these pupils' stamps and kept columns; entries resolved by other SLO links are dropped for everyone. */
export async function keptPartsOf(db: LeerzichtDb, refs: readonly PupilRef[], links: ReadonlyMap<string, readonly string[]>): Promise<KeptParts> {
  const order = pupilReadOrder(refs);
  const digest = await linksDigest(links);
  const [changes, kept] = await db.transaction('r', db.pupilChanges, db.keptColumns, () =>
    Promise.all([db.pupilChanges.bulkGet(order), db.keptColumns.bulkGet(order)]),
  );
  // Other SLO links: every kept encoding was resolved by old ones.
  if (kept.some((entry) => entry && entry.links !== digest)) await db.keptColumns.where('links').notEqual(digest).delete();
  const parts = order.map((ref, i) => {
    const entry = kept[i];
    // A pupil without results has no change row: nothing to read, their part is empty.
    if (!changes[i]) return emptyPart(ref, links, digest);
    return entry && entry.links === digest && entry.stamp === changes[i]?.stamp ? entry : undefined;
  });
  return { order, digest, parts, stale: order.filter((_, i) => parts[i] === undefined) };
}

/** Builds these pupils' columns from their rows, five pupils per read, and keeps those whose stamp held. */
export async function keepColumns(
  db: LeerzichtDb,
  refs: readonly PupilRef[],
  links: ReadonlyMap<string, readonly string[]>,
  digest: string,
): Promise<Map<PupilRef, KeptColumns>> {
  const fresh = new Map<PupilRef, KeptColumns>();
  for (let at = 0; at < refs.length; at += PUPILS_PER_READ)
    for (const entry of await rebuilt(db, refs.slice(at, at + PUPILS_PER_READ), links, digest)) fresh.set(entry.pupil, entry);
  return fresh;
}

/** A group's columns from its pupils' current kept columns (every part present). */
export function mergedGroupColumns(parts: readonly KeptColumns[], rebuiltCount = 0): GroupColumns {
  return {
    encoded: mergeColumns(parts),
    skipped: parts.reduce((sum, part) => sum + part.skipped, 0),
    duplicates: parts.reduce((sum, part) => sum + part.duplicates, 0),
    rebuilt: rebuiltCount,
  };
}

/**
 * The group's columns (these pupils' prepared results, merged in read order): kept columns where the
 * pupil's stamp and the links are those they were built at, the others built from the rows and kept.
 */
export async function keptGroupColumns(
  db: LeerzichtDb,
  refs: readonly PupilRef[],
  links: ReadonlyMap<string, readonly string[]>,
): Promise<GroupColumns> {
  const { order, digest, parts, stale } = await keptPartsOf(db, refs, links);
  const fresh = await keepColumns(db, stale, links, digest);
  return mergedGroupColumns(
    order.map((ref, i) => parts[i] ?? (fresh.get(ref) as KeptColumns)),
    stale.length,
  );
}
