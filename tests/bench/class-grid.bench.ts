/**
 * The class grid from stored results, the whole path the class overview's hook runs
 * (store/group-mastery.ts useGroupMastery): readableResults (store/readable-results.ts, the group
 * query's queryFn) -> resolveResultGoals and deduplicate (store/curriculum.results.ts
 * useGroupResults) -> encodeResults (encodedResultsOf) -> groupContextEncoded as of contextInstant
 * (useGroupContext) -> keptMask and masteryGrid, with the default estimator and followGroup as the
 * view asks, no filter (the page's default). The rows come in the order and form the store hands
 * them over (support/class-year.ts asStored). Anchor: DuckDB (@duckdb/node-api, in memory, same
 * process) grouping the same rows per pupil x goal into count, weighted sums and latest result.
 * Prints one JSON line per figure: {"figure","ours_ms","anchor","anchor_ms","ratio"} (medians of 3),
 * and a second figure for the grid alone once the encoding and context are cached (a re-render,
 * a filter change: keptMask and masteryGrid).
 */
import { writeFileSync } from 'node:fs';
import { bench } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { resolveResultGoals } from '@/curriculum/slo-import/resolve-goals';
import { encodeResults } from '@/domain/progress/encoded-results';
import { masteryGrid } from '@/domain/progress/estimated-grid';
import { contextInstant, groupContextEncoded, latestTime } from '@/domain/progress/estimators/group-context';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { evidenceOf } from '@/domain/progress/mastery';
import { keptMask } from '@/domain/progress/result-filter';
import { deduplicate } from '@/domain/quality/duplicates';
import { readableResults } from '@/store/readable-results';
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
  const grid = (encoded: ReturnType<typeof encodeResults>, base: ReturnType<typeof groupContextEncoded>) => {
    const kept = keptMask(encoded, {}, { now: BENCH_NOW, lines: year.lines });
    return masteryGrid(encoded, year.pupils, year.lines, { ...base, now: BENCH_NOW, followGroup: true }, (l) => estimatorFor(l.id), kept);
  };
  const contextOf = (encoded: ReturnType<typeof encodeResults>) =>
    groupContextEncoded(encoded, new Date(contextInstant(latestTime(encoded), Date.parse(BENCH_NOW))));
  const path = () => {
    const encoded = encodeResults(deduplicate(resolveResultGoals(readableResults(stored).results, NO_LINKS)).kept);
    return grid(encoded, contextOf(encoded));
  };
  const ours = await timed(path);
  const encoded = encodeResults(deduplicate(readableResults(stored).results).kept);
  const context = contextOf(encoded);
  const gridOnly = await timed(() => grid(encoded, context));
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
  line(`class grid, encoding and context cached (${size})`, gridOnly, 'duckdb group-by', duck);
}

bench(
  'class grid against DuckDB',
  async () => {
    await measure(35, 80, 250_000);
    await measure(1000, 60, 1_000_000);
  },
  { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
);
