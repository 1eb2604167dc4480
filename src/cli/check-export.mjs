#!/usr/bin/env node
// `npm run check-export -- [--columns COLUMNS] FILE...`: prints one JSON line per file with what
// Leerzicht's importers accept, reject (by reason) and skip. Exit 0 when every file was read, 2
// when a file could not be read at all (or the command line is wrong). Runs the TypeScript
// importers through Vite's module runner.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const USAGE = `Gebruik: npm run check-export -- [--columns KOLOMMEN] BESTAND...
  BESTAND    xAPI/Caliper JSON, OneRoster CSV of zip, UWLR/OSO XML, CSV van een leverancier
  --columns  welke kolom van een leverancier-CSV welk veld is, zoals de wizard het bewaart:
             een JSON-bestand ({"pupil":"Leerling","time":"Datum","code":"Opdracht","score":"Punten","max":"Uit"})
             of veld=Kolomkop,... (bijvoorbeeld --columns "max=Uit,score=Behaalde punten").
             Velden: pupil, time, code, score, max (verplicht), min, success, duration, level, workForm.
             Niet genoemde velden worden uit de kopregel geraden.`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const paths = [];
let columnsArg = null;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--columns' || arg.startsWith('--columns=')) {
    columnsArg = arg === '--columns' ? (args[(i += 1)] ?? '') : arg.slice('--columns='.length);
  } else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`Onbekende optie ${arg}\n${USAGE}`);
    process.exit(2);
  } else paths.push(arg);
}
if (paths.length === 0 || columnsArg === '') {
  console.error(USAGE);
  process.exit(2);
}

const cwd = process.env.INIT_CWD ?? process.cwd();
const opened = new Map();
async function open(path) {
  if (!opened.has(path))
    opened.set(
      path,
      readFile(path).then((buffer) => ({ name: basename(path), bytes: new Uint8Array(buffer) })),
    );
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
    return names
      .filter((name) =>
        /^(lineitems|lineitemlearningobjectiveids|resultlearningobjectiveids|scorescales|lineitemscorescales|resultscorescales)\.csv$/i.test(name),
      )
      .map((name) => join(dirname(path), name))
      .filter((other) => other !== path);
  } catch {
    return [];
  }
}

const absolute = paths.map((path) => resolve(cwd, path));
const inputs = [];
for (const [i, path] of absolute.entries()) {
  // Each line names the file as it was given on the command line, not only its base name.
  const label = paths[i];
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
    inputs.push({ path: label, file, companions });
  } catch (error) {
    inputs.push({ path: label, error: `niet te openen: ${error && error.code ? error.code : 'onbekende fout'}` });
  }
}

const entry = fileURLToPath(new URL('./check-export.entry.ts', import.meta.url));
const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } } });
let columns;
if (columnsArg !== null) {
  // A value with "=" names the columns; otherwise it is a JSON file (as the wizard saves the choice).
  let spec;
  if (columnsArg.includes('=')) spec = { pairs: columnsArg };
  else {
    try {
      spec = { json: await readFile(resolve(cwd, columnsArg), 'utf8'), from: columnsArg };
    } catch (error) {
      console.error(
        `--columns ${columnsArg}: niet te openen (${error && error.code ? error.code : 'onbekende fout'}); geef een JSON-bestand of veld=Kolomkop,...`,
      );
      process.exit(2);
    }
  }
  const parsed = module.parseColumns(spec);
  if ('error' in parsed) {
    console.error(`--columns: ${parsed.error}`);
    process.exit(2);
  }
  columns = parsed.columns;
}
const { lines, exitCode } = module.run(inputs, { columns });
for (const line of lines) console.log(JSON.stringify(line));
process.exit(exitCode);
