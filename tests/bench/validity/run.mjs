#!/usr/bin/env node
// `npm run bench:validity`: loads the TypeScript benchmark through Vite's module runner
// (so the '@' alias and extensionless imports resolve as in the app) and runs it.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = fileURLToPath(new URL('./validity.run.ts', import.meta.url));
const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } } });
module.main(process.argv.slice(2));
