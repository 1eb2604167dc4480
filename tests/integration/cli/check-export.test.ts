// @vitest-environment node
/**
 * `npm run check-export` as a supplier runs it: a real Node process over real files from
 * ../shared/fixtures (read in place, never copied) and files written here.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../../support/cli-run';
import { tempDir } from '../../support/temp-dir';

const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const present = existsSync(path.join(FIXTURES, 'caliper/v1p2-errors')) && existsSync(path.join(FIXTURES, 'xapi/cmi5/scenarios'));
if (!present) console.warn(`integration/cli: fixture part SKIPPED, ${FIXTURES} is absent`);

interface Line {
  file: string;
  kind: string | null;
  accepted: number;
  rejected: number;
  skipped: number;
  reasons: Record<string, number>;
  error?: string;
}

/** `throughRunner`: the entry loaded through Vite's module runner as a user's command does, not built ahead (tests/cli-build.setup.ts). */
function checkExport(files: readonly string[], { cwd = ROOT, throughRunner = false } = {}) {
  return runCli<Line>('check-export.mjs', files, { cwd, env: throughRunner ? { LEERZICHT_CLI_BUILD: '' } : {} });
}

// Each case starts a Node process that loads the importers through Vite: slow on a busy machine, never timed.
describe('npm run check-export', { timeout: 120_000 }, () => {
  it('prints one JSON line per file and exits 0 when every file was read', () => {
    const dir = tempDir('check-export-');
    const good = path.join(dir, 'statements.json');
    writeFileSync(
      good,
      JSON.stringify({
        statements: [
          {
            id: '6f1c2b9e-7a1d-4a4f-9a43-00000000000a',
            actor: { account: { homePage: 'https://eckid.example', name: 'pseudo-0123456789abcdef' } },
            verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
            object: { id: 'https://x.example/toets' },
            result: { score: { scaled: 0.8 }, success: true },
            timestamp: '2026-06-01T09:00:00Z',
          },
        ],
        more: '',
      }),
    );
    const { status, lines } = checkExport([good], { throughRunner: true });
    expect(lines).toEqual([{ file: good, kind: 'xapi-statements', accepted: 1, rejected: 0, skipped: 0, reasons: {}, unmappedCodes: 1 }]);
    expect(status).toBe(0);
  });

  it('exits 2 when a file cannot be read at all, and still reports the others', () => {
    const dir = tempDir('check-export-');
    const broken = path.join(dir, 'kapot.json');
    writeFileSync(broken, '{"actor": {"mbox": "mailto:a@b.example"}, "verb": ');
    // Named relative to where it runs: each line names the file as given, not just its base name.
    const { status, lines } = checkExport(['kapot.json', path.join(dir, 'bestaat-niet.json')], { cwd: dir });
    expect(status).toBe(2);
    expect(lines.map((line) => [line.file, line.kind, line.reasons])).toEqual([
      ['kapot.json', 'xapi-statements', { unreadable: 1 }],
      [path.join(dir, 'bestaat-niet.json'), null, { unreadable: 1 }],
    ]);
  });

  it.skipIf(!present)('reads every cmi5 scenario statement and every Caliper error fixture with a reason for each record', () => {
    const scenarios = path.join(FIXTURES, 'xapi/cmi5/scenarios');
    const statements = readdirSync(scenarios).flatMap((dir) =>
      readdirSync(path.join(scenarios, dir))
        .filter((name) => name.endsWith('_statement.json'))
        .map((name) => path.join(scenarios, dir, name)),
    );
    const errors = readdirSync(path.join(FIXTURES, 'caliper/v1p2-errors'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join(FIXTURES, 'caliper/v1p2-errors', name));
    const { lines } = checkExport([...statements, ...errors]);
    expect(lines).toHaveLength(statements.length + errors.length);
    for (const line of lines) {
      const counted = Object.entries(line.reasons)
        .filter(([reason]) => reason !== 'unreadable')
        .reduce((sum, [, count]) => sum + count, 0);
      // every rejected or skipped record is counted under a reason
      expect(counted, line.file).toBe(line.rejected + line.skipped);
      if (line.error) expect(line.reasons, line.file).toEqual({ unreadable: 1 });
    }
    // a Caliper error fixture never becomes a clean result: each is rejected, skipped, unreadable or not recognised
    const caliperLines = lines.slice(statements.length);
    for (const line of caliperLines) expect(line.rejected + line.skipped + (line.error ? 1 : 0), line.file).toBeGreaterThan(0);
  });

  it('OneRoster 1.2 link files: picked up beside results.csv in its folder, and reported on their own line when given', () => {
    const dir = tempDir('check-export-');
    const pupil = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
    writeFileSync(
      path.join(dir, 'results.csv'),
      `sourcedId,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate\r\nr-1,li-1,${pupil},fully graded,4,2026-03-04\r\n`,
    );
    writeFileSync(path.join(dir, 'lineItems.csv'), 'sourcedId,title,resultValueMin,resultValueMax\r\nli-1,Blok 1,0,10\r\n');
    // lineItems.csv is not named on the command line: it is found beside results.csv
    writeFileSync(
      path.join(dir, 'lineItemLearningObjectiveIds.csv'),
      '\uFEFFsourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId\r\nl-1,,,li-1,Unknown,TP-1\r\nl-2,,,li-404,Unknown,TP-2\r\nl-3,,,li-1,,TP-3\r\n',
    );
    const { status, lines } = checkExport([path.join(dir, 'results.csv'), path.join(dir, 'lineItemLearningObjectiveIds.csv')]);
    expect(status).toBe(0);
    expect(lines.map((line) => [path.basename(line.file), line.kind, line.accepted, line.rejected, line.reasons])).toEqual([
      [
        'results.csv',
        'oneroster-results',
        1,
        1,
        { 'invalid-record': 1, 'skipped:lineItemLearningObjectiveIds.csv: koppeling naar onbekende lineItem': 1 },
      ],
      [
        'lineItemLearningObjectiveIds.csv',
        'oneroster-objective-links',
        0,
        1,
        {
          'invalid-record': 1,
          'skipped:lineItemLearningObjectiveIds.csv: koppeling naar onbekende lineItem': 1,
          'skipped:lineItemLearningObjectiveIds.csv: leerdoelkoppeling (geen resultaat; telt mee naast results.csv en lineItems.csv)': 1,
        },
      ],
    ]);
  });

  it('OneRoster 1.2 score scales: scoreScales.csv and lineItemScoreScales.csv beside results.csv score its textScores; named alone, a scale file gets its own line', () => {
    const dir = tempDir('check-export-');
    const pupil = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
    writeFileSync(
      path.join(dir, 'results.csv'),
      `sourcedId,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,textScore\r\nr-1,li-1,${pupil},fully graded,,2026-03-04,voldoende\r\nr-2,li-1,${pupil},fully graded,,2026-03-04,matig\r\n`,
    );
    writeFileSync(path.join(dir, 'lineItems.csv'), 'sourcedId,title,resultValueMin,resultValueMax\r\nli-1,Werkstuk,,\r\n');
    writeFileSync(
      path.join(dir, 'scoreScales.csv'),
      'sourcedId,status,dateLastModified,title,type,orgSourcedId,courseSourcedId,classSourcedId,scoreScaleValue\r\nss-1,,,O/V/G,beoordeling,o,k,c,"{onvoldoende:1},{voldoende:2},{goed:3}"\r\n',
    );
    writeFileSync(
      path.join(dir, 'lineItemScoreScales.csv'),
      'sourcedId,status,dateLastModified,title,lineItemSourcedId,scoreScaleSourcedId\r\nl-1,,,,li-1,ss-1\r\n',
    );
    // only results.csv and scoreScales.csv are named: lineItems.csv and lineItemScoreScales.csv are found beside results.csv
    const { status, lines } = checkExport([path.join(dir, 'results.csv'), path.join(dir, 'scoreScales.csv')]);
    expect(status).toBe(0);
    expect(lines.map((line) => [path.basename(line.file), line.kind, line.accepted, line.rejected, line.reasons])).toEqual([
      ['results.csv', 'oneroster-results', 1, 1, { 'invalid-score': 1 }],
      [
        'scoreScales.csv',
        'oneroster-score-scales',
        0,
        0,
        { 'skipped:scoreScales.csv: schaal (geen resultaat; telt mee naast results.csv en lineItems.csv)': 1 },
      ],
    ]);
  });

  describe('--columns: a supplier CSV whose columns the guess does not find', () => {
    const csv = 'tests/fixtures/files/toetsen-export.csv';

    it('without it, says which column is missing and how to name it on the command line (exit 2)', () => {
      const { status, lines } = checkExport([csv]);
      expect(status).toBe(2);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ file: csv, kind: 'csv-columns', reasons: { unreadable: 1 } });
      expect(lines[0]?.error).toMatch(/kolommen ontbreken of zijn niet herkend: max; geef ze op met --columns veld=Kolomkop/);
    });

    it('reads it with the missing column named (veld=Kolomkop), the rest guessed from the headers', () => {
      const { status, lines } = checkExport(['--columns', 'max=Uit', csv]);
      expect(status).toBe(0);
      expect(lines).toEqual([
        {
          file: csv,
          kind: 'csv-columns',
          accepted: 3,
          rejected: 3,
          skipped: 0,
          reasons: { 'not-a-pseudonym': 1, 'invalid-time': 1, 'invalid-score': 1 },
          unmappedCodes: 2,
        },
      ]);
    });

    it('reads the column choice the wizard saves, from a JSON file', () => {
      const dir = tempDir('check-export-');
      const choice = path.join(dir, 'kolommen.json');
      writeFileSync(
        choice,
        JSON.stringify({ pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Uit', workForm: 'Werkvorm' }),
      );
      const { status, lines } = checkExport([`--columns=${choice}`, csv]);
      expect(status).toBe(0);
      expect(lines[0]).toMatchObject({ file: csv, accepted: 3, rejected: 3 });
    });

    it('a column named that is not in the file makes the file unreadable, naming the header', () => {
      const { status, lines } = checkExport(['--columns', 'max=Uiterst', csv]);
      expect(status).toBe(2);
      expect(lines[0]?.error).toMatch(/niet herkend: max \("Uiterst"\)/);
    });

    it('refuses an unknown field or an unreadable choice file before reading anything (exit 2, message on stderr)', () => {
      const unknown = checkExport(['--columns', 'maxx=Uit', csv]);
      expect(unknown.status).toBe(2);
      expect(unknown.lines).toEqual([]);
      expect(unknown.stderr).toContain('onbekend veld "maxx"');
      const missing = checkExport(['--columns', 'bestaat-niet.json', csv]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('--columns bestaat-niet.json: niet te openen (ENOENT)');
      const usage = checkExport(['--columns']);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/Gebruik: npm run check-export -- \[--pseudonym VORM\] \[--columns KOLOMMEN\] BESTAND/);
    });
  });

  it('--pseudonym: a supplier CSV is judged by the ECK iD form by default, as a new connector of that kind; --pseudonym any keeps the name-like key', () => {
    const dir = tempDir('check-export-');
    const eck = `https://ketenid.nl/201703/${'3f9a2c71d04e8b65'.repeat(8)}`;
    const rows = [eck, 'JanDeVries2014Almere', '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c'].map((key) => `${key};02-03-2026;R-1;7;10`);
    writeFileSync(path.join(dir, 'toetsen.csv'), ['Leerling;Datum;Opdracht;Score;Max', ...rows].join('\n'));
    const byDefault = checkExport(['toetsen.csv'], { cwd: dir });
    expect(byDefault.status).toBe(0);
    expect(byDefault.lines[0]).toMatchObject({ accepted: 1, rejected: 2, reasons: { 'not-a-pseudonym': 2 } });
    const any = checkExport(['--pseudonym', 'any', 'toetsen.csv'], { cwd: dir });
    expect(any.lines[0]).toMatchObject({ accepted: 3, rejected: 0, reasons: {} });
  });
});
