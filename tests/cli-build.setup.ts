import { rmSync } from 'node:fs';
import { buildForNode, REPO_ROOT } from './support/node-build';

/** In the repository (gitignored), so the built entries import their libraries from its node_modules as the CLI does. */
const outDir = `${REPO_ROOT}.cache/cli-build-${process.pid}`;

/**
 * Once per test run: the two command-line entries (src/cli/*.entry.ts) built from the same source as
 * Vite's module runner would load them, so the tests' `npm run report` and `npm run check-export`
 * processes start in a fraction of the time (src/cli/cli-files.mjs loadEntry reads LEERZICHT_CLI_BUILD).
 * tests/integration/cli/mapping-export-roundtrip.test.tsx runs the commands without it, through the runner.
 */
export default async function buildCliEntries(): Promise<() => void> {
  await buildForNode({ 'report.entry': 'src/cli/report.entry.ts', 'check-export.entry': 'src/cli/check-export.entry.ts' }, outDir);
  process.env['LEERZICHT_CLI_BUILD'] = outDir;
  return () => rmSync(outDir, { recursive: true, force: true });
}
