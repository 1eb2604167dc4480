#!/usr/bin/env node
// `node tests/sim/dump-oracle.mjs SET OUT.jsonl`: loads the oracle dump (dump-oracle.ts) through Vite's
// module runner, as tests/bench/validity/run.mjs does for the benchmark, and runs it.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('./dump-oracle.ts', import.meta.url));
const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } } });
module.main(process.argv.slice(2));
