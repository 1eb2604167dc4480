import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from './cli-run';
import { tempDir } from './temp-dir';

export { ROOT };

/** `npm run report` as a board or supplier runs it (a real Node process), and the files its tests judge. */
export const FILES = path.join(ROOT, 'tests/fixtures/files');
export const CMI5 = path.resolve(ROOT, '../shared/fixtures/xapi/cmi5/scenarios');
export const present = existsSync(CMI5);

export function report(args: readonly string[], cwd = ROOT) {
  return runCli<Record<string, unknown>>('report.mjs', args, { cwd });
}

export const summaryOf = (lines: readonly Record<string, unknown>[]) => (lines.at(-1) as { summary: Record<string, unknown> }).summary;

export function schoolFiles() {
  const dir = tempDir('report-');
  writeFileSync(
    path.join(dir, 'mapping.json'),
    JSON.stringify({
      format: 'leerzicht-mapping',
      mapping: { 'REKENEN-BREUKEN-1': ['rekenen.getallen.1f'], 'REKENEN-BREUKEN-2': ['rekenen.getallen.1f'] },
    }),
  );
  writeFileSync(
    path.join(dir, 'roster.csv'),
    'ECK iD;Voornaam;Tussenvoegsel;Achternaam;Groep\nhttps://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;Anouk;de;Vries;Groep 5A\nhttps://ketenid.nl/201703/a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17;Bilal;;Yilmaz;Groep 7B\nhttps://ketenid.nl/201703/00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001;Cas;;Nooitactief;Groep 5A\n',
  );
  return dir;
}
