// What `npm run check-export` and `npm run report` share: opening the export files named on the
// command line (with OneRoster's companion files beside them) and loading a TypeScript entry
// through Vite's module runner (so '@/...' imports resolve as in the app).
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the command was started (npm sets INIT_CWD), so relative paths mean what the user typed. */
export const startDir = () => process.env.INIT_CWD ?? process.cwd();

/** Why a file could not be opened, in words for the output. */
export const openError = (error) => `niet te openen: ${error && error.code ? error.code : 'onbekende fout'}`;

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

/**
 * Each path as `{ path, file, companions }` (the other files given and OneRoster companions beside it)
 * or `{ path, error }`; `path` as given on the command line, not only its base name.
 */
export async function openInputs(paths, cwd = startDir()) {
  const opened = new Map();
  const open = (path) => {
    if (!opened.has(path))
      opened.set(
        path,
        readFile(path).then((buffer) => ({ name: basename(path), bytes: new Uint8Array(buffer) })),
      );
    return opened.get(path);
  };
  const absolute = paths.map((path) => resolve(cwd, path));
  const inputs = [];
  for (const [i, path] of absolute.entries()) {
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
      inputs.push({ path: paths[i], file, companions });
    } catch (error) {
      inputs.push({ path: paths[i], error: openError(error) });
    }
  }
  return inputs;
}

/**
 * Loads src/cli/<name> (TypeScript) through Vite's module runner. LEERZICHT_CLI_BUILD names a folder
 * with the entries built ahead (`<name>.mjs`, as tests/cli-build.setup.ts builds them from the same
 * source for the test run): about 2 CPU-s less per command, most of a short command's time.
 */
export async function loadEntry(name) {
  const built = process.env.LEERZICHT_CLI_BUILD;
  if (built) return import(pathToFileURL(join(built, name.replace(/\.ts$/, '.mjs'))).href);
  const entry = fileURLToPath(new URL(`./${name}`, import.meta.url));
  // Vite only here: a built entry starts without it (loading vite was about 0.25 CPU-s of a command's 0.6).
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(entry, { root, configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src` } } });
  return module;
}

/**
 * The value of `--columns`: "veld=Kolomkop,..." or a JSON file as the wizard saves the choice;
 * exits 2 with a message when it cannot be read or parsed.
 */
export async function columnsOption(module, columnsArg, cwd = startDir()) {
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
  return parsed.columns;
}
