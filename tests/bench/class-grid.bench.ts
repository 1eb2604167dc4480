/**
 * The class grid from stored results, the whole path the class overview runs (its hook
 * features/class-overview/use-class-grid.ts -> store/class-grid.view.ts useClassGridView asks the
 * compute worker, store/class-grid.api.ts createClassGridApi().classGrid, which reads the group's
 * pupils and their kept columns from IndexedDB (store/kept-columns.repo.ts keptGroupColumns,
 * decision 043), builds those of pupils whose rows changed, merges them and computes the grid
 * (store/class-grid.path.ts classGridOf: groupContextEncoded as of contextInstant, keptMask,
 * masteryGrid), with the default estimator and followGroup as the view asks, no filter (the page's
 * default). Timed here through that same function over a real (fake-)IndexedDB store holding the
 * rows (written through the app's middleware, so the per-pupil stamps are in place), at a new data
 * version each time (the worker's in-memory cache is not what is measured):
 * - "from kept columns": the page opened again, every pupil's columns kept;
 * - "cold": no kept columns (the first visit after a sync touched every pupil, or the v11 upgrade):
 *   the answer from the group's rows, then every pupil's columns built and kept (api.idle(): the worker
 *   keeps them once no grid was asked for 5 s; without it the next figure would read rows, not columns);
 * - "from stored rows read from the store": the worker's path before 043 (resultsForPupils ->
 *   prepareGroup -> classGridOf), for the before/after in one process; and "in memory": the same
 *   over the rows as resultsForPupils hands them over, the read not timed (as this bench did before 043);
 * - "group prepared": classGridOf alone over the merged columns (another filter, column or minute).
 * Anchor: DuckDB (@duckdb/node-api, in memory, same process) grouping the same rows per pupil x goal
 * into count, weighted sums and latest result. fake-indexeddb is slower than a browser's IndexedDB
 * at reading objects and about as fast at typed arrays (a structured clone either way).
 * Prints one JSON line per figure: {"figure","ours_ms","anchor","anchor_ms","ratio"} (medians of 3, of 9 for the
 * kept columns and the grid alone; the cold path and the read from the store at 1M results once).
 */
import { writeFileSync } from 'node:fs';
import { bench } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { groupId, type GroupId } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import { evidenceOf } from '@/domain/progress/mastery';
import { createClassGridApi, type ClassGridInput } from '@/store/class-grid.api';
import { classGridOf, prepareGroup } from '@/store/class-grid.path';
import { LeerzichtDb } from '@/store/db';
import { keptGroupColumns, keptPartsOf } from '@/store/kept-columns.repo';
import { resultsForPupils } from '@/store/results.repo';
import { asStored, BENCH_NOW, classYear, type ClassYear } from './support/class-year';
import { timed } from './support/timing';

/** The built-in curriculum replaces no goal (useCurriculum().links is empty). */
const NO_LINKS: ReadonlyMap<string, readonly string[]> = new Map();
const WRITE_CHUNK = 20_000;

const line = (figure: string, ours: number, anchor: string, anchorMs: number) =>
  console.log(
    JSON.stringify({ figure, ours_ms: Math.round(ours), anchor, anchor_ms: Math.round(anchorMs), ratio: Number((ours / anchorMs).toFixed(2)) }),
  );

/** A store holding the year's pupils in one group and their results, written as a sync writes them (through the middleware). */
async function storeOf(year: ClassYear, group: GroupId): Promise<LeerzichtDb> {
  const db = new LeerzichtDb(`bench-${crypto.randomUUID()}`);
  await db.groups.put({ id: group, yearLevel: '5', sealed: null });
  await db.pupils.bulkPut(year.pupils.map((pupil, n): Pupil => ({ key: pupil.key, ref: pupil.ref, group, number: n + 1 })));
  for (let at = 0; at < year.rows.length; at += WRITE_CHUNK) await db.results.bulkPut(year.rows.slice(at, at + WRITE_CHUNK));
  return db;
}

async function duckGroupBy(year: ClassYear, pupils: number): Promise<number> {
  // The same rows for DuckDB, one per result x goal with its value and weight.
  const csv = ['pupil,goal,t,v,w'];
  for (const r of year.rows) {
    const v = evidenceOf(r);
    if (v === null) continue;
    for (const goal of new Set(r.goals)) csv.push(`${r.pupil},${goal},${Date.parse(r.time)},${v},${r.workForm === 'test' ? 2 : 1}`);
  }
  const file = `/tmp/leerzicht-bench-${pupils}.csv`;
  writeFileSync(file, csv.join('\n'));
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE r AS SELECT * FROM read_csv('${file}', header = true)`);
  return timed(() =>
    db.runAndReadAll('SELECT pupil, goal, count(*) AS n, sum(w) AS sw, sum(w * v) AS swv, max(t) AS latest FROM r GROUP BY pupil, goal'),
  );
}

async function measure(pupils: number, goals: number, results: number) {
  const year = classYear(pupils, goals, results, 2026 + pupils);
  const group = groupId('bench-group');
  const db = await storeOf(year, group);
  const api = createClassGridApi({ dbOf: () => db });
  let version = 0;
  const ask = (): ClassGridInput => ({
    dbName: db.name,
    group,
    version: `v${(version += 1)}`,
    links: NO_LINKS,
    pupils: year.pupils,
    lines: year.lines,
    curriculumLines: year.lines,
    filter: {},
    now: BENCH_NOW,
    choices: {},
  });
  const refs = year.pupils.map((pupil) => pupil.ref);
  // The answer from the rows, then the columns kept (idle(): at once, not after KEEP_WHEN_QUIET_MS), so
  // that the next figure reads kept columns.
  const cold = await timed(
    async () => {
      await db.keptColumns.clear();
      await api.classGrid(ask());
      await api.idle();
    },
    pupils > 100 ? 1 : 3,
  );
  if ((await keptPartsOf(db, refs, NO_LINKS)).stale.length > 0) throw new Error('the pupils’ columns were not kept: the next figure would read rows');
  // Nine runs: the garbage of the cold runs is collected during the first ones (a few hundred ms each).
  const kept = await timed(() => api.classGrid(ask()), 9);
  const fromStore = await timed(async () => classGridOf(prepareGroup(await resultsForPupils(db, refs), NO_LINKS), ask()), pupils > 100 ? 1 : 3);
  const stored = asStored(year.rows);
  const fromRows = await timed(() => classGridOf(prepareGroup(stored, NO_LINKS), ask()));
  const columns = await keptGroupColumns(db, refs, NO_LINKS);
  const gridOnly = await timed(() => classGridOf(columns, ask()), 9);
  const duck = await duckGroupBy(year, pupils);
  await db.delete();
  const size = `${pupils} pupils x ${goals} goals, ${results.toLocaleString('en')} results`;
  line(`class grid from kept columns, the page's path (${size})`, kept, 'duckdb group-by', duck);
  line(`class grid, cold: no kept columns (${size})`, cold, 'duckdb group-by', duck);
  line(`class grid from stored rows read from the store, the path before 043 (${size})`, fromStore, 'duckdb group-by', duck);
  line(`class grid from stored rows in memory, as timed before 043 (${size})`, fromRows, 'duckdb group-by', duck);
  line(`class grid, group prepared (${size})`, gridOnly, 'duckdb group-by', duck);
}

bench(
  'class grid against DuckDB',
  async () => {
    // CLASS_GRID_SIZES=250k or 1m runs one size (1M takes many minutes: 1M rows written into fake-indexeddb).
    const sizes = process.env['CLASS_GRID_SIZES'] ?? '250k,1m';
    if (sizes.includes('250k')) await measure(35, 80, 250_000);
    if (sizes.includes('1m')) await measure(1000, 60, 1_000_000);
  },
  { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
);
