/**
 * The sources overview at a class year's volume (issue 12, item 4): `sourceQueries.overview(db).queryFn`
 * (src/store/sources.queries.ts), the very query the Bronnen page (features/sources/sources-page.tsx)
 * and the edit-connector page run through `useQuery`: per source its status, stored count and
 * unmapped codes with their counts (the tallies kept at every write, store/source-tallies.ts, decision
 * 034), newest result and rejections by reason.
 * Store: 250,000 results of one class year (support/class-year.ts: four sources, 2% unmapped with 40 codes) in
 * IndexedDB (fake-indexeddb in Node). Anchor: DuckDB (@duckdb/node-api, in memory, same process)
 * grouping the same rows by source, and the unmapped ones by source and code.
 * Prints one JSON line: {"figure","ours_ms","anchor","anchor_ms","ratio","load"} (medians of 5).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { bench } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { SourceId } from '@/domain/ids';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';
import { sourceQueries } from '@/store/sources.queries';
import { fakeSource } from '../support/fake-adapter';
import { classYear } from './support/class-year';
import { timed } from './support/timing';

const COUNT = 250_000;

async function measure() {
  // Unmapped results (2%) carry one of 40 supplier codes, as a source with a partial mapping has.
  const rows = classYear(35, 80, COUNT, 2061).rows.map((row, n) => (row.goals.length === 0 ? { ...row, code: `ONBEKEND-${n % 40}` } : row));
  const db = new LeerzichtDb(`bench-sources-${crypto.randomUUID()}`);
  for (let at = 0; at < rows.length; at += 10_000) await db.results.bulkPut(rows.slice(at, at + 10_000));
  const sources = [...new Set(rows.map((row) => row.source))] as SourceId[];
  for (const id of sources) await saveSource(db, fakeSource({ id }));
  const query = sourceQueries.overview(db).queryFn as () => Promise<unknown[]>;
  const overview = (await query()) as { unmapped: unknown[] }[];
  if (overview.length !== sources.length || overview.every((item) => item.unmapped.length === 0))
    throw new Error('bench store has no unmapped codes');
  const ours = await timed(query, 5);

  const csv = ['source,code,goals', ...rows.map((row) => `${row.source},${row.code},${row.goals.length}`)];
  const file = '/tmp/leerzicht-bench-sources.csv';
  writeFileSync(file, csv.join('\n'));
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  await duck.run(`CREATE TABLE r AS SELECT * FROM read_csv('${file}', header = true, all_varchar = false)`);
  const anchor = await timed(async () => {
    await duck.runAndReadAll('SELECT source, count(*) AS n FROM r GROUP BY source');
    await duck.runAndReadAll('SELECT source, code, count(*) AS n FROM r WHERE goals = 0 GROUP BY source, code');
  }, 5);
  const load = loadavg().map((value) => Number(value.toFixed(2)));
  console.log(
    JSON.stringify({
      figure: `sources overview (${COUNT.toLocaleString('en')} stored results, ${sources.length} sources)`,
      ours_ms: Math.round(ours),
      anchor: 'duckdb group-by source, code',
      anchor_ms: Math.round(anchor),
      ratio: Number((ours / anchor).toFixed(2)),
      load,
    }),
  );
  db.close();
}

bench('sources overview against DuckDB', measure, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
