import Dexie from 'dexie';
import type { PupilRef, SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { goalsFor, type CodeMapping } from '@/domain/source';
import type { UnmappedCode } from '@/domain/unmapped-codes';
import type { LeerzichtDb } from './db';

/** Idempotent: a result with an id already stored replaces it; `added` counts only new ids. */
export async function upsertResults(db: LeerzichtDb, results: readonly Result[]): Promise<{ added: number; updated: number }> {
  if (results.length === 0) return { added: 0, updated: 0 };
  const unique = [...new Map(results.map((result) => [result.id, result])).values()];
  return db.transaction('rw', db.results, async () => {
    const existing = await db.results.bulkGet(unique.map((result) => result.id));
    const added = existing.filter((found) => found === undefined).length;
    await db.results.bulkPut(unique);
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

export const resultsForPupils = (db: LeerzichtDb, refs: readonly PupilRef[]): Promise<Result[]> =>
  refs.length === 0
    ? Promise.resolve([])
    : db.results
        .where('pupil')
        .anyOf([...refs])
        .toArray();

export const resultsForPupil = (db: LeerzichtDb, ref: PupilRef): Promise<Result[]> =>
  db.results.where('[pupil+time]').between([ref, ''], [ref, '\uffff']).toArray();

/** Stored results of one source, counted by the source index (no stored result read). */
export const countResultsOf = (db: LeerzichtDb, source: SourceId): Promise<number> => db.results.where('source').equals(source).count();

/** The index that holds, per stored result, its source, how many goals it has and its code (decision 022). */
const BY_SOURCE_GOALS_CODE = '[source+goals.length+code]';

/**
 * Supplier codes of a source that map to no goal yet, with how many results carry them, most frequent
 * first (ties by code). Read from the index alone: per distinct code one step to the next code (a
 * range read of one row, not a cursor walking the duplicates) and one count, however many results
 * the source holds.
 */
export async function unmappedCodes(db: LeerzichtDb, source: SourceId): Promise<UnmappedCode[]> {
  const upper = [source, 0, Dexie.maxKey];
  const codes: Result['code'][] = [];
  for (let after: unknown[] | null = null; ;) {
    const next: Result | undefined = await db.results
      .where(BY_SOURCE_GOALS_CODE)
      .between(after ?? [source, 0, Dexie.minKey], upper, after === null, true)
      .first();
    if (!next) break;
    codes.push(next.code);
    after = [source, 0, next.code];
  }
  const counts = await Promise.all(codes.map((code) => db.results.where(BY_SOURCE_GOALS_CODE).equals([source, 0, code]).count()));
  return codes
    .map((code, i) => ({ code: String(code), count: counts[i] ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
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
