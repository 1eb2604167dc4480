/**
 * Normalising a supplier's JSON page (issue 12 goal 2): for each supplier format's reader, the work
 * its adapter's pullPage does per page, on pages at the supplier's maximum page size, against
 * TextDecoder + JSON.parse of the same bytes. Zod runs jitless, as the app runs it under its CSP
 * (src/adapters/shared/zod-jitless.ts, imported first by the measured program and by tests/setup.node.ts
 * before any schema is built).
 *
 * The code is measured as the app runs it: built by Vite (Rolldown) into one module, as the app's
 * own build does, and run by plain node (support/json-readers.run.ts). Under vitest's module runner
 * every call to an imported function goes through a getter on a module object it keeps in
 * dictionary mode, which no built app has: there the per-record calls of these readers cost 0.3-0.6x
 * JSON.parse more (decision 041). JSON_READERS_RUNNER=vitest measures them in this process, under
 * the runner, as before 041.
 *
 * Per page, "ours" is what fetchJsonWithHeaders (src/adapters/http/fetch-json.ts) does with the
 * response: TextDecoder (response.text()), parseJsonText (src/adapters/shared/json-text.ts), the
 * envelope schema's safeParse; then the mapper the adapter's pullPage calls
 * (support/json-formats.ts names each):
 * - Sommenspoor: sommenspoorSessionsPage (guarded SommenspoorSessionsPage), mapSommenspoorSessions (500 sessions a page);
 * - xAPI: xapiStatementResult (guarded XapiStatementResult), mapStatements (xapi.page.ts; 500 statements a page, the demo LRS's limit);
 * - Caliper: caliperEnvelopesPage (guarded CaliperEnvelopesPage), eventsOfEnvelope per envelope, mapCaliperEvents (500 envelopes a page);
 * - Blokkodo: blokkodoCompletionsPage (guarded BlokkodoCompletionsPage), blokkodoToResult per completion (250 a page);
 * - Leesvlinder: leesvlinderPage (guarded LeesvlinderPage), mapLeesvlinderSummaries (250 weekly summaries a page);
 * - OneRoster: oneRosterResultsPage (guarded OneRosterResultsPage), pageFingerprint, mapOneRosterResults with the demo's line items
 *   and score scales known, as loadLineItems reads them before the first results page (500 a page).
 * The pages are the demo's own records (mocks/suppliers/...), with the few broken ones the demo has,
 * repeated with distinct ids. Prints one JSON line per format: {"figure","ours_ms","anchor","anchor_ms","ratio","load"}
 * (medians of 11 alternating runs in process CPU time, each run reading 8 MB of pages as often as
 * makes the anchor's run 100 ms or more here).
 */
import '@/adapters/shared/zod-jitless';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, bench } from 'vitest';
import { compareWithJsonParse } from './support/json-pages';
import { JSON_FORMATS } from './support/json-formats';
import { buildForNode, REPO_ROOT } from '../support/node-build';

const OPTIONS = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const outDir = `${REPO_ROOT}.cache/json-readers-bench-${process.pid}`;
const inRunner = process.env['JSON_READERS_RUNNER'] === 'vitest';

/** The measured program, built once as the app's code is built (tests/support/node-build.ts). */
let built: Promise<string> | null = null;
function program(): Promise<string> {
  built ??= buildForNode({ 'json-readers.run': 'tests/bench/support/json-readers.run.ts' }, outDir).then(() => `${outDir}/json-readers.run.mjs`);
  return built;
}
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

for (const format of JSON_FORMATS) {
  // Measured once: the bench runner may call a task more than once; the figure is the median inside.
  let measured = false;
  bench(
    `${format.name} JSON page against JSON.parse`,
    async () => {
      if (measured) return;
      measured = true;
      if (inRunner) compareWithJsonParse(`${format.figure} [vitest module runner]`, format.pages(), format.pageSize, format.read);
      else
        process.stdout.write(
          execFileSync(process.execPath, [await program(), format.name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
        );
    },
    OPTIONS,
  );
}
