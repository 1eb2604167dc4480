// @vitest-environment node
/**
 * `npm run report` with more than export files: the teachers' judgements from the app's export, the same attempt
 * in two files, and the cmi5 scenario statements of ../shared/fixtures (a real Node process, as report.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMI5, FILES, present, report, ROOT, schoolFiles, summaryOf } from '../../support/report-cli';

// Each case starts Node processes (Vite's module runner): slow on a busy machine, not a speed claim.
describe('npm run report with judgements and more files', { timeout: 120_000 }, () => {
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
