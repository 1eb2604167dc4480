// @vitest-environment node
/**
 * `npm run report` as a board or supplier runs it: a real Node process over the repository's export
 * fixtures and ../shared/fixtures (read in place), with a roster, a mapping and the settings.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, report, schoolFiles, summaryOf } from '../../support/report-cli';

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
});
