/**
 * The class grid from stored results, the whole path the class overview runs (its hook
 * features/class-overview/use-class-grid.ts -> store/class-grid.view.ts useClassGridView asks the
 * compute worker, store/class-grid.api.ts, which reads the group's rows from IndexedDB and calls
 * store/class-grid.path.ts): prepareGroup (readableResults -> resolveResultGoals -> deduplicate ->
 * encodeResults, once per group and data version) -> classGridOf (groupContextEncoded as of
 * contextInstant, keptMask, masteryGrid), with the default estimator and followGroup as the view
 * asks, no filter (the page's default). The rows come in the order and form the store hands them
 * over (support/class-year.ts asStored); reading them from IndexedDB is not timed. Anchor: DuckDB
 * (@duckdb/node-api, in memory, same process) grouping the same rows per pupil x goal into count,
 * weighted sums and latest result.
 * Prints one JSON line per figure: {"figure","ours_ms","anchor","anchor_ms","ratio"} (medians of 3),
 * and a second figure for a prepared group (another filter, column or minute: classGridOf alone;
 * the context is learnt once per group and instant, so it is cached too).
 */
import { writeFileSync } from 'node:fs';
import { bench } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { evidenceOf } from '@/domain/progress/mastery';
import { classGridOf, prepareGroup, type GridAsk } from '@/store/class-grid.path';
import { asStored, BENCH_NOW, classYear } from './support/class-year';
import { timed } from './support/timing';

/** The built-in curriculum replaces no goal (useCurriculum().links is empty). */
const NO_LINKS: ReadonlyMap<string, readonly string[]> = new Map();

const line = (figure: string, ours: number, anchor: string, anchorMs: number) =>
  console.log(
    JSON.stringify({ figure, ours_ms: Math.round(ours), anchor, anchor_ms: Math.round(anchorMs), ratio: Number((ours / anchorMs).toFixed(2)) }),
  );

async function measure(pupils: number, goals: number, results: number) {
  const year = classYear(pupils, goals, results, 2026 + pupils);
  const stored = asStored(year.rows);
  const ask: GridAsk = { pupils: year.pupils, lines: year.lines, curriculumLines: year.lines, filter: {}, now: BENCH_NOW, choices: {} };
  const ours = await timed(() => classGridOf(prepareGroup(stored, NO_LINKS), ask));
  const prepared = prepareGroup(stored, NO_LINKS);
  const gridOnly = await timed(() => classGridOf(prepared, ask));
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
  const duck = await timed(() =>
    db.runAndReadAll('SELECT pupil, goal, count(*) AS n, sum(w) AS sw, sum(w * v) AS swv, max(t) AS latest FROM r GROUP BY pupil, goal'),
  );
  const size = `${pupils} pupils x ${goals} goals, ${results.toLocaleString('en')} results`;
  line(`class grid from stored results (${size})`, ours, 'duckdb group-by', duck);
  line(`class grid, group prepared (${size})`, gridOnly, 'duckdb group-by', duck);
}

bench(
  'class grid against DuckDB',
  async () => {
    await measure(35, 80, 250_000);
    await measure(1000, 60, 1_000_000);
  },
  { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
);
