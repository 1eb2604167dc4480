/**
 * A OneRoster bulk export read from files (issue 12 goal 2: CSV readers at <= 3x papaparse alone):
 * results.csv with its lineItems.csv, about 100,000 results (the demo gradebook's, with its few
 * broken ones, repeated with distinct ids), through the reader the file worker runs for this form
 * (`readerOfKind('oneroster-results').read`, as readBatches calls it: results.csv is read whole,
 * decision 017), against papaparse alone on the same bytes (TextDecoder + Papa.parse of both files,
 * no checks, no mapping). Prints one JSON line: {"figure","ours_ms","anchor","anchor_ms","ratio","load"}
 * (medians of 7 alternating runs in this process's CPU time; wall-time ratio beside it).
 *
 * The code is measured as the app runs it: built by Vite (Rolldown) into one module and run by plain
 * node (support/oneroster-csv.run.ts), as the JSON readers' bench does (decision 041: under vitest's
 * module runner every call to an imported function is a getter on a module object, which no built app
 * has). ONEROSTER_CSV_RUNNER=vitest measures in this process, under the runner, as before.
 */
import '@/adapters/shared/zod-jitless';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, bench } from 'vitest';
import { readerOfKind } from '@/adapters/files/readers';
import { compareWithPapaparse, FIGURE } from './support/oneroster-csv';
import { buildForNode, REPO_ROOT } from '../support/node-build';

const outDir = `${REPO_ROOT}.cache/oneroster-csv-bench-${process.pid}`;
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Measured once: the bench runner may call a task more than once; the figure is the median inside.
let measured = false;
bench(
  'OneRoster CSV files against papaparse alone',
  async () => {
    if (measured) return;
    measured = true;
    if (process.env['ONEROSTER_CSV_RUNNER'] === 'vitest') {
      const reader = readerOfKind('oneroster-results');
      if (reader === null) throw new Error('no OneRoster results reader');
      compareWithPapaparse(`${FIGURE} [vitest module runner]`, { '': reader });
      return;
    }
    await buildForNode({ 'oneroster-csv.run': 'tests/bench/support/oneroster-csv.run.ts' }, outDir);
    process.stdout.write(
      execFileSync(process.execPath, [`${outDir}/oneroster-csv.run.mjs`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
    );
  },
  { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
);
