#!/usr/bin/env node
// `npm run report -- [--roster FILE] [--columns ...] [--pseudonym eck|uuid|any] [--mapping FILE] [--judgements FILE] [--now DATE] [--weeks N] [--group NAME] FILE...`:
// Leerzicht's judgement, headless. Prints JSON lines: one per pupil x goal, one per pupil (needs help
// or not, and why), and a last summary line. Pseudonyms as in the files; names never. Exit 0 when
// every file was read, 2 when one could not be (or the command line is wrong).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { columnsOption, loadEntry, openError, openInputs, startDir } from './cli-files.mjs';

const USAGE = `Gebruik: npm run report -- [--roster ROSTER] [--columns KOLOMMEN] [--pseudonym VORM] [--mapping KOPPELING] [--judgements OORDELEN] [--now DATUM] [--weeks N] [--group GROEP] BESTAND...
  BESTAND    exportbestanden (xAPI/Caliper JSON, OneRoster CSV of zip, UWLR/OSO XML, CSV van een leverancier);
             elk bestand is een bron, genoemd naar de bestandsnaam
  --roster   roster-export (CSV met pseudoniem en groep); alleen de groepen worden gebruikt, namen nooit
  --columns  kolommen van een leverancier-CSV, zoals bij check-export
  --pseudonym  vorm van het pseudoniem (eck, uuid of any), zoals bij check-export; standaard die van de soort bron
  --mapping  koppeling van codes aan doelen, zoals de wizard die bewaart (of geëxporteerd vanaf Bronnen)
  --judgements  oordelen van leerkrachten: het bestand van Alles exporteren (Wat is er opgeslagen);
             status en wie hulp nodig heeft volgen een oordeel tot nieuwere resultaten het tegenspreken
  --now      peildatum (2026-07-03 of 2026-07-03T14:00:00Z); standaard nu
  --weeks    hoeveel weken terug "wie heeft hulp nodig" kijkt (standaard 3)
  --group    alleen deze groep (met --roster); zonder roster de naam van de groep van alle leerlingen
Draai dit alleen op bestanden die de school mag verwerken: toestemmingen kent dit commando niet.`;

const fail = (message) => {
  console.error(message);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      roster: { type: 'string' },
      columns: { type: 'string' },
      pseudonym: { type: 'string' },
      mapping: { type: 'string' },
      judgements: { type: 'string' },
      now: { type: 'string' },
      weeks: { type: 'string' },
      group: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : 'onbekende optie'}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail(USAGE);

const module = await loadEntry('report.entry.ts');
const orFail = (outcome) => ('error' in outcome ? fail(outcome.error) : outcome.value);
const text = async (option, path) => {
  try {
    return await readFile(resolve(startDir(), path), 'utf8');
  } catch (error) {
    return fail(`--${option} ${path}: ${openError(error)}`);
  }
};

const options = { now: values.now === undefined ? new Date() : orFail(module.parseNow(values.now)) };
if (values.weeks !== undefined) options.weeks = orFail(module.parseWeeks(values.weeks));
if (values.group !== undefined) options.group = values.group;
if (values.columns !== undefined) options.columns = await columnsOption(module, values.columns);
if (values.pseudonym !== undefined) options.pseudonym = orFail(module.parsePseudonym(values.pseudonym));
if (values.mapping !== undefined) options.mapping = orFail(module.parseMapping(await text('mapping', values.mapping), values.mapping));
if (values.judgements !== undefined)
  options.judgements = orFail(module.parseJudgements(await text('judgements', values.judgements), values.judgements));
if (values.roster !== undefined) options.roster = orFail(module.parseRosterGroups(await text('roster', values.roster), values.roster));

const outcome = module.run(await openInputs(positionals), options);
if (outcome.exitCode !== 0) fail(outcome.errors.join('\n'));
for (const note of outcome.notes) console.error(note);
for (const line of outcome.lines) console.log(JSON.stringify(line));
