/**
 * Per source its stored results and its unmapped codes, kept up to date in the transaction of every
 * write to `results` (decision 034): a Dexie DBCore middleware, so no write or delete path can forget
 * them, nor the per-pupil change stamps and counts that keep 043's kept columns honest (pupil-changes.ts)
 * (a sync page, a file batch, a void, a remap, a consent withdrawal, retention, forgetting a
 * pupil, removing a source, deleting everything). Each write reads the rows it replaces or deletes
 * (by key, the rows the database touches anyway), never a range of other rows.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { applyPupilDelta, clearPupilTables, hasPupilTables, PUPIL_TABLES, pupilDeltaOf } from './pupil-changes';
import { checkedCount, deltaOf, type CodeTally, type SourceTally, type Tallied, type TallyDelta } from './tally-delta';

export const RESULTS = 'results';
export const SOURCE_TALLIES = 'sourceTallies';
export const CODE_TALLIES = 'codeTallies';
const TALLY_TABLES = [SOURCE_TALLIES, CODE_TALLIES];

/** DBCoreRangeType.Any (a const enum, not importable under isolatedModules): the whole table, as `clear()` asks. */
const WHOLE_TABLE = 3;

/** The tally tables exist in this transaction (not in an upgrade step before the version that made them). */
const hasTallies = (trans: DBCoreTransaction) => {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return TALLY_TABLES.every((name) => names.contains(name));
};

/** Writes a delta into the tally tables, in the transaction of the write it follows. */
export async function applyDelta(core: Pick<DBCore, 'table'>, trans: DBCoreTransaction, delta: TallyDelta): Promise<void> {
  const sources = [...delta.results].filter(([, n]) => n !== 0);
  if (sources.length > 0) {
    const table = core.table(SOURCE_TALLIES);
    const stored = (await table.getMany({ trans, keys: sources.map(([source]) => source) })) as (SourceTally | undefined)[];
    const rows = sources.map(([source, n], i) => ({ source, results: checkedCount(stored[i]?.results ?? 0, n, `resultaten van ${source}`) }));
    await write(
      table,
      trans,
      rows,
      (row) => row.results === 0,
      (row) => row.source,
    );
  }
  const codes = delta.codeKeys();
  if (codes.length > 0) {
    const table = core.table(CODE_TALLIES);
    const stored = (await table.getMany({ trans, keys: codes })) as (CodeTally | undefined)[];
    const rows = codes.map(([source, code], i) => ({
      source,
      code,
      unmapped: checkedCount(stored[i]?.unmapped ?? 0, delta.unmapped.get(source)?.get(code) ?? 0, `code ${code} van ${source}`),
    }));
    await write(
      table,
      trans,
      rows,
      (row) => row.unmapped === 0,
      (row) => [row.source, row.code],
    );
  }
}

/** Puts the rows that still count and deletes those at zero; a failure aborts the write it belongs to. */
async function write<T>(table: DBCoreTable, trans: DBCoreTransaction, rows: T[], isZero: (row: T) => boolean, keyOf: (row: T) => unknown) {
  const gone = rows.filter(isZero).map(keyOf);
  const kept = rows.filter((row) => !isZero(row));
  const outcomes = await Promise.all([
    kept.length > 0 ? table.mutate({ trans, type: 'put', values: kept }) : null,
    gone.length > 0 ? table.mutate({ trans, type: 'delete', keys: gone }) : null,
  ]);
  const failure = outcomes.find((outcome) => outcome && outcome.numFailures > 0);
  if (failure) throw Object.values(failure.failures)[0] ?? new Error('telling niet opgeslagen');
}

const failedOf = (response: DBCoreMutateResponse) => new Set(Object.keys(response.failures).map(Number));

function talliedResults(core: DBCore, table: DBCoreTable): DBCoreTable {
  const { primaryKey } = table.schema;
  async function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const { trans } = req;
    if (!hasTallies(trans)) return table.mutate(req);
    const pupils = hasPupilTables(trans);
    if (req.type === 'deleteRange') {
      if (req.range.type === WHOLE_TABLE) {
        const response = await table.mutate(req);
        await Promise.all([
          ...TALLY_TABLES.map((name) => core.table(name).mutate({ trans, type: 'deleteRange', range: req.range })),
          pupils ? clearPupilTables(core, trans, req.range) : null,
        ]);
        return response;
      }
      const { result } = await table.query({ trans, values: true, query: { index: primaryKey, range: req.range } });
      const response = await table.mutate(req);
      const rows = result as Tallied[];
      const positions = rows.map((_, i) => i);
      await Promise.all([
        applyDelta(core, trans, deltaOf(positions, rows, null, new Set())),
        pupils ? applyPupilDelta(core, trans, pupilDeltaOf(positions, rows, null, new Set())) : null,
      ]);
      return response;
    }
    const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => primaryKey.extractKey?.(value)));
    const before = (await table.getMany({ trans, keys })) as (Tallied | undefined)[];
    const response = await table.mutate(req);
    const after = req.type === 'delete' ? null : (req.values as Tallied[]);
    const failed = failedOf(response);
    // Both begin in this tick, in the write's zone (a later start can find Dexie's transaction zone gone).
    await Promise.all([
      applyDelta(core, trans, deltaOf(keys, before, after, failed)),
      pupils ? applyPupilDelta(core, trans, pupilDeltaOf(keys, before, after, failed)) : null,
    ]);
    return response;
  }
  return { ...table, mutate };
}

/** The pupil tables when this version of the database has them (a store opened before v11 has not). */
const pupilTablesOf = (core: DBCore) => (PUPIL_TABLES.every((name) => core.schema.tables.some((table) => table.name === name)) ? PUPIL_TABLES : []);

/** The middleware: every read-write transaction over `results` includes the tally tables, and every write to it moves them. */
export const sourceTallies: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SourceTallies',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(RESULTS) ? [...new Set([...stores, ...TALLY_TABLES, ...pupilTablesOf(down)])] : stores,
        mode,
        options,
      ),
    table: (name) => (name === RESULTS ? talliedResults(down, down.table(name)) : down.table(name)),
  }),
};
