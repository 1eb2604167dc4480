import Dexie from 'dexie';
import type { PupilRef, SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { goalsFor, type CodeMapping } from '@/domain/source';
import type { UnmappedCode } from '@/domain/unmapped-codes';
import type { LeerzichtDb } from './db';

/** The stored results of these sources, as their tallies say (decision 034). */
async function storedOf(db: LeerzichtDb, sources: readonly SourceId[]): Promise<number> {
  return (await db.sourceTallies.bulkGet([...sources])).reduce((sum, tally) => sum + (tally?.results ?? 0), 0);
}

/**
 * Idempotent: a result with an id already stored replaces it; `added` counts only new ids, read from
 * the tallies the write moved (source-tallies.ts reads the rows it replaces, so they are read once).
 */
export async function upsertResults(db: LeerzichtDb, results: readonly Result[]): Promise<{ added: number; updated: number }> {
  if (results.length === 0) return { added: 0, updated: 0 };
  const unique = [...new Map(results.map((result) => [result.id, result])).values()];
  const sources = [...new Set(unique.map((result) => result.source))];
  return db.transaction('rw', db.results, db.sourceTallies, async () => {
    const before = await storedOf(db, sources);
    await db.results.bulkPut(unique);
    const added = (await storedOf(db, sources)) - before;
    return { added, updated: unique.length - added };
  });
}

export async function deleteResults(db: LeerzichtDb, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const keys = ids as readonly Result['id'][];
  const existing = await db.results.bulkGet([...keys]);
  await db.results.bulkDelete([...keys]);
  return existing.filter(Boolean).length;
}

/** Pupils read per transaction by resultsForPupils (and by kept-columns.repo.ts, in the same order). */
export const PUPILS_PER_READ = 5;

/**
 * The order in which resultsForPupils hands over the pupils' rows (and kept-columns.repo.ts merges their
 * columns): each pupil once, in IndexedDB's key order (UTF-16 code units, as a plain sort).
 */
export const pupilReadOrder = (refs: readonly PupilRef[]): PupilRef[] => [...new Set(refs)].sort();

/**
 * The stored results of these pupils, a few pupils per read transaction, one after another: a
 * sync's writes wait for every read of the results store that started before them, so one read of
 * a whole group (tens of thousands of results) held each page of a sync back for its length, every
 * time a view read the group again while results came in. Each read sees whole pages (a page is
 * written in one transaction); a page written between two reads is in the group's next version.
 * Each pupil is one range of the pupil index read whole (IDBIndex.getAll), in the order `anyOf`
 * gave (pupils in key order, each pupil's results by id): `anyOf` walks a cursor, one callback per
 * result, a quarter of the compute worker's time on the demo's class overview.
 */
export async function resultsForPupils(db: LeerzichtDb, refs: readonly PupilRef[]): Promise<Result[]> {
  const found: Result[] = [];
  const pupils = pupilReadOrder(refs);
  for (let at = 0; at < pupils.length; at += PUPILS_PER_READ) {
    const chunk = pupils.slice(at, at + PUPILS_PER_READ);
    const reads = await db.transaction('r', db.results, () => Promise.all(chunk.map((ref) => db.results.where('pupil').equals(ref).toArray())));
    for (const rows of reads) for (const row of rows) found.push(row);
  }
  return found;
}

export const resultsForPupil = (db: LeerzichtDb, ref: PupilRef): Promise<Result[]> =>
  db.results.where('[pupil+time]').between([ref, ''], [ref, '\uffff']).toArray();

/** Stored results of one source, from its tally (decision 034: kept by every write, no index range counted). */
export const countResultsOf = async (db: LeerzichtDb, source: SourceId): Promise<number> => (await db.sourceTallies.get(source))?.results ?? 0;

/**
 * Supplier codes of a source that map to no goal yet, with how many results carry them, most frequent
 * first (ties by code): the source's code tallies, one row per code (decision 034).
 */
export async function unmappedCodes(db: LeerzichtDb, source: SourceId): Promise<UnmappedCode[]> {
  const rows = await db.codeTallies.where('[source+code]').between([source, Dexie.minKey], [source, Dexie.maxKey]).toArray();
  return rows
    .map(({ code, unmapped }) => ({ code, count: unmapped }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The time of a source's latest stored result (null without any): one step on the [source+time] index. */
export async function lastResultAt(db: LeerzichtDb, source: SourceId): Promise<string | null> {
  const key = await db.results.where('[source+time]').between([source, Dexie.minKey], [source, Dexie.maxKey]).reverse().limit(1).keys();
  return (key[0] as [SourceId, string] | undefined)?.[1] ?? null;
}

/**
 * After a source's mapping changed from `before` to `after`: each stored result loses the goals its
 * code had in `before` and gains those it has in `after`; goals it got otherwise (an SLO id in the
 * record itself, a per-objective result) stay. Only results whose goals change are written.
 */
export async function remapSource(db: LeerzichtDb, source: SourceId, before: CodeMapping, after: CodeMapping): Promise<number> {
  let changed = 0;
  await db.transaction('rw', db.results, async () => {
    await db.results
      .where('source')
      .equals(source)
      .modify((result) => {
        const old = new Set<string>(goalsFor(before, result.code));
        const goals = [...new Set([...result.goals.filter((goal) => !old.has(goal)), ...goalsFor(after, result.code)])];
        if (goals.join('\n') !== result.goals.join('\n')) {
          (result as { goals: readonly string[] }).goals = goals;
          changed += 1;
        }
      });
  });
  return changed;
}

/** Every goal some stored result carries, each once; read from the goals index (no walk over the results). */
export const goalsOnResults = async (db: LeerzichtDb): Promise<string[]> => (await db.results.orderBy('goals').uniqueKeys()).map(String);
