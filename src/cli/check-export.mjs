#!/usr/bin/env node
// `npm run check-export -- FILE...`: prints one JSON line per file with what Leerzicht's
// importers accept, reject (by reason) and skip. Exit 0 when every file was read, 2 when a file
// could not be read at all. Runs the TypeScript importers through Vite's module runner.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('Gebruik: npm run check-export -- BESTAND...  (xAPI/Caliper JSON, OneRoster CSV of zip, UWLR/OSO XML, CSV)');
  process.exit(2);
}

const cwd = process.env.INIT_CWD ?? process.cwd();
const opened = new Map();
async function open(path) {
  if (!opened.has(path)) opened.set(path, readFile(path).then((buffer) => ({ name: basename(path), bytes: new Uint8Array(buffer) })));
  return opened.get(path);
}

/**
 * OneRoster: a results.csv is read with the lineItems.csv, the 1.2 learning-objective link files
 * (lineItemLearningObjectiveIds.csv, resultLearningObjectiveIds.csv) and score-scale files
 * (scoreScales.csv, lineItemScoreScales.csv, resultScoreScales.csv) beside it, given or not.
 */
async function siblings(path) {
  if (!/\.csv$/i.test(path)) return [];
  try {
    const names = await readdir(dirname(path));
    return names.filter((name) => /^(lineitems|lineitemlearningobjectiveids|resultlearningobjectiveids|scorescales|lineitemscorescales|resultscorescales)\.csv$/i.test(name)).map((name) => join(dirname(path), name)).filter((other) => other !== path);
  } catch {
    return [];
  }
}

const absolute = paths.map((path) => resolve(cwd, path));
const inputs = [];
for (const path of absolute) {
  try {
    const file = await open(path);
    const others = [...new Set([...absolute.filter((other) => other !== path), ...(await siblings(path))])];
    const companions = [];
    for (const other of others) {
      try {
        companions.push(await open(other));
      } catch {
        // a companion that cannot be opened is reported on its own line
      }
    }
    inputs.push({ file, companions });
  } catch (error) {
    inputs.push({ name: basename(path), error: `niet te openen: ${error && error.code ? error.code : 'onbekende fout'}` });
  }
}

const entry = fileURLToPath(new URL('./check-export.entry.ts', import.meta.url));
const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } } });
const { lines, exitCode } = module.run(inputs);
for (const line of lines) console.log(JSON.stringify(line));
process.exit(exitCode);
