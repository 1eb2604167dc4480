/**
 * Per pupil a change stamp and a count of stored results, moved in the transaction of every write to
 * `results` (decision 043, as 034's tallies are), and the pupil's kept columns (kept-columns.repo.ts)
 * deleted in that same transaction: a kept encoding is used only while its pupil's stamp is the one
 * it was built at. A stamp is random, never a counter that could come back to an old value after a
 * pupil's rows were all deleted and written again. A pupil whose last result goes has no row left
 * (forgetting a pupil leaves no pseudonym behind here).
 */
import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import type { PupilRef } from '@/domain/ids';
import { checkedCount } from './tally-delta';

export const PUPIL_CHANGES = 'pupilChanges';
export const KEPT_COLUMNS = 'keptColumns';
export const PUPIL_TABLES = [PUPIL_CHANGES, KEPT_COLUMNS];

/** A pupil's stored results and the stamp of their last change. */
export interface PupilChange {
  readonly pupil: PupilRef;
  readonly results: number;
  readonly stamp: string;
}

/** A stored result as a change reads it (its `pupil`, when it has one): any stored row. */
export type Pupiled = object;

const pupilOf = (row: Pupiled | undefined): unknown => (row ? (row as { readonly pupil?: unknown }).pupil : undefined);

/** A new stamp: 128 random bits in hex. */
export function newStamp(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Per pupil, how many results a write adds (+) or removes (-); a pupil whose rows a write touches is in it, with 0 if the count stays. */
export class PupilDelta {
  readonly results = new Map<PupilRef, number>();

  /** Counts a row in or out; a row without a pupil (never readable as one's) is no one's. */
  count(row: Pupiled | undefined, sign: 1 | -1): void {
    const pupil = pupilOf(row);
    if (typeof pupil !== 'string') return;
    this.results.set(pupil as PupilRef, (this.results.get(pupil as PupilRef) ?? 0) + sign);
  }
}

/** The delta of writing `after[i]` where `before[i]` was (tally-delta.ts deltaOf's rules: a key written twice counts once, failed positions not at all). */
export function pupilDeltaOf(
  keys: readonly unknown[],
  before: readonly (Pupiled | undefined)[],
  after: readonly (Pupiled | undefined)[] | null,
  failed: ReadonlySet<number>,
): PupilDelta {
  const delta = new PupilDelta();
  const current = new Map<unknown, Pupiled | undefined>();
  keys.forEach((key, i) => {
    if (failed.has(i)) return;
    delta.count(current.has(key) ? current.get(key) : before[i], -1);
    const next = after ? after[i] : undefined;
    delta.count(next, 1);
    current.set(key, next);
  });
  return delta;
}

/** The pupil tables exist in this transaction (not in an upgrade step before the version that made them). */
export const hasPupilTables = (trans: DBCoreTransaction): boolean => {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return PUPIL_TABLES.every((name) => names.contains(name));
};

/** Moves the touched pupils' counts, gives each a new stamp and deletes their kept columns, in the write's transaction. */
export async function applyPupilDelta(core: Pick<DBCore, 'table'>, trans: DBCoreTransaction, delta: PupilDelta): Promise<void> {
  const pupils = [...delta.results.keys()];
  if (pupils.length === 0) return;
  const table = core.table(PUPIL_CHANGES);
  const stored = (await table.getMany({ trans, keys: pupils })) as (PupilChange | undefined)[];
  const rows = pupils.map((pupil, i) => ({
    pupil,
    results: checkedCount(stored[i]?.results ?? 0, delta.results.get(pupil) ?? 0, `resultaten van leerling ${pupil}`),
    stamp: newStamp(),
  }));
  const gone = rows.filter((row) => row.results === 0).map((row) => row.pupil);
  const kept = rows.filter((row) => row.results > 0);
  const outcomes = await Promise.all([
    kept.length > 0 ? table.mutate({ trans, type: 'put', values: kept }) : null,
    gone.length > 0 ? table.mutate({ trans, type: 'delete', keys: gone }) : null,
    core.table(KEPT_COLUMNS).mutate({ trans, type: 'delete', keys: pupils }),
  ]);
  const failure = outcomes.find((outcome) => outcome && outcome.numFailures > 0);
  if (failure) throw Object.values(failure.failures)[0] ?? new Error('wijziging per leerling niet opgeslagen');
}

/** `results` cleared (`range`: the whole table): every count, stamp and kept encoding goes with it. */
export async function clearPupilTables(core: Pick<DBCore, 'table'>, trans: DBCoreTransaction, range: DBCoreKeyRange): Promise<void> {
  await Promise.all(PUPIL_TABLES.map((name) => core.table(name).mutate({ trans, type: 'deleteRange', range })));
}
