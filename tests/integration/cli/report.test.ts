// @vitest-environment node
/**
 * `npm run report` as a board or supplier runs it: a real Node process over the repository's export
 * fixtures and ../shared/fixtures (read in place), with a roster, a mapping and the settings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const FILES = path.join(ROOT, 'tests/fixtures/files');
const CMI5 = path.resolve(ROOT, '../shared/fixtures/xapi/cmi5/scenarios');
const present = existsSync(CMI5);

function report(args: readonly string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/report.mjs'), ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

const summaryOf = (lines: readonly Record<string, unknown>[]) => (lines.at(-1) as { summary: Record<string, unknown> }).summary;

function schoolFiles() {
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

// Each case starts Node processes (Vite's module runner): slow on a busy machine, not a speed claim.
describe('npm run report', { timeout: 120_000 }, () => {
  it('prints a line per pupil x goal, a line per pupil of the roster and a summary; names never', () => {
    const dir = schoolFiles();
    const csv = path.join(FILES, 'toetsen-export.csv');
    const { status, lines, stderr } = report(
      ['--roster', 'roster.csv', '--mapping', 'mapping.json', '--columns', 'max=Uit', '--now', '2026-03-05', csv],
      dir,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const goals = lines.filter((line) => 'goal' in line);
    expect(goals.length).toBeGreaterThan(0);
    for (const line of goals) {
      expect(Object.keys(line).sort()).toEqual(
        ['estimate', 'goal', 'high', 'lastResult', 'line', 'low', 'pupil', 'results', 'sources', 'status'].sort(),
      );
      expect(line.sources).toEqual(['toetsen-export']);
      expect(line.low as number).toBeLessThanOrEqual(line.estimate as number);
      expect(line.high as number).toBeGreaterThanOrEqual(line.estimate as number);
    }
    const pupils = lines.filter((line) => 'needsHelp' in line);
    // Every rostered pupil, with or without results; the one without any is not yet "no activity yet" three
    // days after the group's first result (decision 006: only once the group has practised for the rule's
    // inactive school days), and is two weeks later (below).
    expect(pupils.map((line) => [line.pupil, line.group])).toEqual(
      expect.arrayContaining([
        [
          'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
          'Groep 5A',
        ],
        [
          'https://ketenid.nl/201703/00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001',
          'Groep 5A',
        ],
        [
          'https://ketenid.nl/201703/a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17',
          'Groep 7B',
        ],
      ]),
    );
    expect(
      pupils.find(
        (line) =>
          line.pupil ===
          'https://ketenid.nl/201703/00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001',
      ),
    ).toMatchObject({ needsHelp: false, dataGap: null, reasons: [], lines: {} });
    const later = report(['--roster', 'roster.csv', '--mapping', 'mapping.json', '--columns', 'max=Uit', '--now', '2026-03-20', csv], dir);
    expect(
      later.lines.find(
        (line) =>
          line.pupil ===
          'https://ketenid.nl/201703/00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001',
      ),
    ).toMatchObject({
      // listed for no result at all: a gap in the data, shown apart on the page, not among who needs help
      needsHelp: false,
      dataGap: 'no-results-yet',
      reasons: [{ kind: 'inactive', days: null, lastAt: null }],
      lines: {},
    });
    // the summary counts them apart too
    const laterPupils = later.lines.filter((line) => 'needsHelp' in line);
    expect(summaryOf(later.lines)).toMatchObject({
      noResultsYet: 1,
      needsHelp: laterPupils.filter((line) => line.needsHelp === true).length,
      noResultsLately: laterPupils.filter((line) => line.dataGap === 'no-results-lately').length,
    });
    for (const name of ['Anouk', 'Vries', 'Bilal', 'Yilmaz', 'Nooitactief']) expect(JSON.stringify(lines)).not.toContain(name);
    const summary = summaryOf(lines);
    expect(summary).toMatchObject({ files: 1, rejected: 3, settings: { now: '2026-03-05T23:59:59.999Z', weeks: 3, roster: true, mappedCodes: 2 } });
    expect(summary.results).toBe(3);
  });

  it('--group keeps one group of the roster; --weeks sets the look-back of the needs-help rule', () => {
    const dir = schoolFiles();
    const csv = path.join(FILES, 'toetsen-export.csv');
    const { status, lines } = report(['--roster', 'roster.csv', '--columns', 'max=Uit', '--group', 'Groep 7B', '--weeks', '6', csv], dir);
    expect(status).toBe(0);
    expect(lines.filter((line) => 'needsHelp' in line).map((line) => line.group)).toEqual(['Groep 7B']);
    expect(summaryOf(lines)).toMatchObject({ groups: [{ name: 'Groep 7B', yearLevel: 'groep-7', pupils: 1 }], settings: { weeks: 6 } });
    // Unmapped codes give no goal lines: the report judges what the mapping says, nothing more.
    expect(lines.filter((line) => 'goal' in line)).toEqual([]);
  });

  it('says so when the files end long before the day judged (everyone then lacks recent results)', () => {
    const dir = schoolFiles();
    const csv = path.join(FILES, 'toetsen-export.csv');
    const args = ['--roster', 'roster.csv', '--columns', 'max=Uit', '--group', 'Groep 7B'];
    const onTime = report([...args, '--now', '2026-03-20', csv], dir);
    expect(onTime.stderr).toBe('');
    const newest = summaryOf(onTime.lines).newestResult as string;
    expect(newest).toMatch(/^2026-03-0\dT/);
    const late = report([...args, '--now', '2026-06-30', csv], dir);
    expect(late.status).toBe(0);
    const days = Math.floor((Date.parse('2026-06-30T23:59:59.999Z') - Date.parse(newest)) / 86_400_000);
    expect(late.stderr).toContain(
      `Let op: het nieuwste resultaat in de bestanden is van ${newest.slice(0, 10)}, ${days} dagen voor de dag van het oordeel (2026-06-30).`,
    );
    expect(late.stderr).toContain('Geef met --now de dag waarop de bestanden zijn gemaakt.');
  });

  it('refuses to judge part of the data: an unreadable file, a wrong number or mapping exits 2 with a reason', () => {
    const dir = schoolFiles();
    writeFileSync(path.join(dir, 'kapot.json'), '{"actor": ');
    const broken = report(['kapot.json', path.join(FILES, 'xapi-statements.json')], dir);
    expect(broken.status).toBe(2);
    expect(broken.lines).toEqual([]);
    expect(broken.stderr).toContain('kapot.json');
    expect(report(['--weeks', '0', 'kapot.json'], dir).stderr).toContain('--weeks 0: geef een heel aantal weken van 1 tot 52');
    expect(report(['--now', 'gisteren', 'kapot.json'], dir).stderr).toContain('--now gisteren: geen datum');
    writeFileSync(path.join(dir, 'bad-mapping.json'), '{"REK-1": "rekenen.getallen.1f"}');
    expect(report(['--mapping', 'bad-mapping.json', 'kapot.json'], dir).stderr).toContain('moet een lijst doelen zijn');
    expect(report(['--roster', 'roster.csv', '--group', 'Groep 9Z', path.join(FILES, 'xapi-statements.json')], dir).stderr).toContain(
      'die groep staat niet in het roster',
    );
  });

  it("--judgements follows a teacher's judgement (from the app's export) until newer results disagree, and refuses a wrong row", () => {
    const dir = schoolFiles();
    const judgement = (pupil: string, date: string, id: string) => ({
      id,
      pupil,
      goal: 'rekenen.getallen.1f',
      status: 'working',
      date,
      note: '',
      role: 'teacher',
      recordedAt: `${date}T12:00:00.000Z`,
      replaces: null,
    });
    writeFileSync(
      path.join(dir, 'export.json'),
      JSON.stringify({
        format: 'leerzicht-export',
        version: 1,
        tables: {
          // Anouk's two results (75% and 80%) came after 1 March: they disagree with "mee bezig", so it is outdated.
          // Bilal's one result is from before 4 March: nothing newer, so the judgement is followed.
          judgements: [
            judgement(
              'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
              '2026-03-01',
              'j1',
            ),
            judgement(
              'https://ketenid.nl/201703/a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17',
              '2026-03-04',
              'j2',
            ),
          ],
          roster: [{ ref: 'x', sealed: { iv: { $bytes: 'AA==' } } }],
        },
      }),
    );
    const csv = path.join(FILES, 'toetsen-export.csv');
    const args = ['--roster', 'roster.csv', '--mapping', 'mapping.json', '--columns', 'max=Uit', '--now', '2026-03-05'];
    const { status, lines, stderr } = report([...args, '--judgements', 'export.json', csv], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const goalOf = (pupil: string) => lines.find((line) => line.pupil === pupil && line.goal === 'rekenen.getallen.1f')!;
    const without = report([...args, csv], dir).lines.find(
      (line) =>
        line.pupil ===
          'https://ketenid.nl/201703/a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17' &&
        line.goal === 'rekenen.getallen.1f',
    )!;
    expect(
      goalOf(
        'https://ketenid.nl/201703/a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17a81c55e0b2d94f17',
      ),
    ).toMatchObject({
      status: 'working',
      estimateStatus: without.status,
      judgement: { status: 'working', date: '2026-03-04', role: 'teacher', outdated: false },
    });
    expect(without.status).not.toBe('working');
    expect(
      goalOf(
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
      ),
    ).toMatchObject({ judgement: { status: 'working', outdated: true } });
    expect(
      goalOf(
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
      ).status,
    ).not.toBe('working');
    expect(
      goalOf(
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
      ),
    ).not.toHaveProperty('estimateStatus');
    expect(summaryOf(lines)).toMatchObject({ settings: { judgements: 2 } });

    writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify([
        {
          ...judgement(
            'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
            '2026-02-30',
            'j3',
          ),
        },
      ]),
    );
    const bad = report([...args, '--judgements', 'bad.json', csv], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.json: oordeel 1, veld date: geen datum jjjj-mm-dd');
  });

  it('counts the same attempt reported in two files (within a minute, same score) once, and says how many it left out', () => {
    const dir = schoolFiles();
    const head = 'Leerling;Datum;Opdracht;Behaalde punten;Uit;Werkvorm';
    writeFileSync(
      path.join(dir, 'direct.csv'),
      [
        head,
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;02-03-2026 09:15;REKENEN-BREUKEN-1;7,5;10;toets',
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;03-03-2026 10:00;REKENEN-BREUKEN-2;4;5;oefenen',
      ].join('\n'),
    );
    // The same attempts as the LRS passes them on: one with the same time and score, one with another score.
    writeFileSync(
      path.join(dir, 'via-lrs.csv'),
      [
        head,
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;02-03-2026 09:15;REKENEN-BREUKEN-1;7,5;10;toets',
        'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;03-03-2026 10:00;REKENEN-BREUKEN-2;5;5;oefenen',
      ].join('\n'),
    );
    const { status, lines } = report(
      ['--mapping', 'mapping.json', '--columns', 'max=Uit', '--now', '2026-03-05', '--group', 'Groep 5A', 'direct.csv', 'via-lrs.csv'],
      dir,
    );
    expect(status).toBe(0);
    const summary = summaryOf(lines);
    expect(summary).toMatchObject({ results: 3, duplicates: 1 });
    const goal = lines.find(
      (line) =>
        line.goal === 'rekenen.getallen.1f' &&
        line.pupil ===
          'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
    );
    expect(goal).toMatchObject({ results: 3, sources: ['direct', 'via-lrs'] });
  });

  it.skipIf(!present)('reads the cmi5 scenario statements of ../shared/fixtures as the importers do', () => {
    const statements = readdirSync(CMI5).flatMap((dir) =>
      readdirSync(path.join(CMI5, dir))
        .filter((name) => name.endsWith('_statement.json'))
        .map((name) => path.join(CMI5, dir, name)),
    );
    const check = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/check-export.mjs'), ...statements], { cwd: ROOT, encoding: 'utf8' });
    const accepted = check.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { accepted: number; error?: string });
    const { status, lines } = report(['--now', '2026-07-03', ...statements.filter((_, i) => !accepted[i]?.error)]);
    expect(status).toBe(0);
    const summary = summaryOf(lines);
    // Results are kept once per id, as the store keeps them: never more than the importers accept.
    // (the scenarios are years old: outside the retention period they count as expired, as the store drops them)
    expect((summary.results as number) + (summary.expired as number)).toBeGreaterThan(0);
    expect((summary.results as number) + (summary.expired as number)).toBeLessThanOrEqual(accepted.reduce((sum, line) => sum + line.accepted, 0));
    expect(lines.filter((line) => 'needsHelp' in line).length).toBe(summary.pupils);
  });
});
