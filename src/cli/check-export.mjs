#!/usr/bin/env node
// `npm run check-export -- [--columns COLUMNS] [--pseudonym eck|uuid|any] FILE...`: prints one JSON line per file with what
// Leerzicht's importers accept, reject (by reason) and skip. Exit 0 when every file was read, 2
// when a file could not be read at all (or the command line is wrong). Runs the TypeScript
// importers through Vite's module runner.
import { columnsOption, loadEntry, openInputs } from './cli-files.mjs';

const USAGE = `Gebruik: npm run check-export -- [--pseudonym VORM] [--columns KOLOMMEN] BESTAND...
  BESTAND    xAPI/Caliper JSON, OneRoster CSV of zip, UWLR/OSO XML, CSV van een leverancier
  --columns  welke kolom van een leverancier-CSV welk veld is, zoals de wizard het bewaart:
             een JSON-bestand ({"pupil":"Leerling","time":"Datum","code":"Opdracht","score":"Punten","max":"Uit"})
             of veld=Kolomkop,... (bijvoorbeeld --columns "max=Uit,score=Behaalde punten").
             Velden: pupil, time, code, score, max (verplicht), min, success, duration, level, workForm.
             Niet genoemde velden worden uit de kopregel geraden.
  --pseudonym  de vorm van het pseudoniem, zoals bij de koppeling: eck (ECK iD), uuid of any (alleen de
             basiscontrole). Standaard die van de soort bron: eck voor UWLR/OSO en CSV van een leverancier,
             any voor xAPI, Caliper en OneRoster. Een leerling in een andere vorm telt als not-a-pseudonym.`;

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const paths = [];
let columnsArg = null;
let pseudonymArg = null;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--columns' || arg.startsWith('--columns=')) {
    columnsArg = arg === '--columns' ? (args[(i += 1)] ?? '') : arg.slice('--columns='.length);
  } else if (arg === '--pseudonym' || arg.startsWith('--pseudonym=')) {
    pseudonymArg = arg === '--pseudonym' ? (args[(i += 1)] ?? '') : arg.slice('--pseudonym='.length);
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

const inputs = await openInputs(paths);
const module = await loadEntry('check-export.entry.ts');
const columns = columnsArg !== null ? await columnsOption(module, columnsArg) : undefined;
let pseudonym;
if (pseudonymArg !== null) {
  const parsed = module.parsePseudonym(pseudonymArg);
  if ('error' in parsed) {
    console.error(parsed.error);
    process.exit(2);
  }
  pseudonym = parsed.value;
}
const { lines, exitCode } = module.run(inputs, { columns, pseudonym });
// Set the exit code and let Node end by itself: process.exit() can cut off output still queued for a pipe.
process.stdout.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
process.exitCode = exitCode;
