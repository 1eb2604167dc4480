/**
 * `npm run report` and the app agree: the demo school's suppliers are synced into IndexedDB
 * (fake-indexeddb, MSW), the class overview and the needs-help page are rendered over it, the same
 * results are exported as one CSV per source with the mapping and the roster, and the report (a real
 * Node process) must show the same mastery per pupil x line and the same pupils needing help.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBlokkodoAdapter } from '@/adapters/blokkodo/blokkodo.adapter';
import { createLeesvlinderAdapter } from '@/adapters/leesvlinder/leesvlinder.adapter';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import { defaultMappingFor } from '@/adapters/registry';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { createSommenspoorAdapter } from '@/adapters/sommenspoor/sommenspoor.adapter';
import { sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import type { SourceKind } from '@/domain/source';
import { syncSource } from '@/ingest/sync-source';
import { importRoster } from '@/store/roster.repo';
import { saveSource } from '@/store/sources.repo';
import { createVault, unlock } from '@/store/vault';
import { demoRosterCsv } from '../../../mocks/demo-school/roster';
import { BLOKKODO_DEMO } from '../../../mocks/suppliers/blokkodo/blokkodo.demo';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { cellsIn } from '../../support/grid-cells';
import { TEST_PASSPHRASE } from '../../support/seed';
import { tempDir } from '../../support/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const GROUP = 'Groep 7B';
const SINCE = '2026-05-18';
const fetchOptions = { sleep: async () => {}, timeoutMs: 5_000 };
const SUPPLIERS: [SourceKind, SourceAdapter, { endpoint: string; credentials: Credentials }][] = [
  ['sommenspoor', createSommenspoorAdapter({ fetchOptions }), SOMMENSPOOR_DEMO],
  ['leesvlinder', createLeesvlinderAdapter({ fetchOptions }), LEESVLINDER_DEMO],
  ['blokkodo', createBlokkodoAdapter({ fetchOptions }), BLOKKODO_DEMO],
];

/** A source's stored results as a supplier CSV the report reads (every field the estimators use). */
function resultsCsv(results: readonly Result[]): string {
  const rows = results.map((result) => {
    if (!result.score) throw new Error(`result ${result.id} has no score: a CSV cannot carry it`);
    const { raw, min, max } = result.score;
    const success = result.success === null ? '' : result.success ? 'ja' : 'nee';
    return [result.pupil, result.time, result.code, raw, min, max, result.workForm, success, result.level ?? ''].join(',');
  });
  return ['Leerling,Datum,Opdracht,Punten,Min,Max,Werkvorm,Geslaagd,Niveau', ...rows].join('\n');
}

interface ReportLine {
  pupil?: string;
  line?: string;
  goal?: string;
  needsHelp?: boolean;
  dataGap?: 'no-results-yet' | 'no-results-lately' | null;
  reasons?: { kind: string; goal?: string }[];
  lines?: Record<string, { value: number; status: string }>;
  summary?: { pupils: number; results: number };
}

const percent = (value: number) => `${Math.round(Number((value * 100).toPrecision(12)))}%`;
const STATUS_NL: Record<string, string> = { working: 'mee bezig', nearly: 'bijna', mastered: 'beheerst' };

describe('npm run report agrees with the views', () => {
  it('shows the same mastery per pupil and line as the class overview, and the same pupils needing help', { timeout: 400_000 }, async () => {
    const db = freshDb();
    const roster = parseRosterCsv(demoRosterCsv()).rows;
    const key = await createVault(db, TEST_PASSPHRASE, 1_000);
    await importRoster(db, roster, { now: DEMO_NOW, key });
    const inGroup = new Set<string>(roster.filter((row) => row.groupName === GROUP).map((row) => row.ref));
    const dir = tempDir('report-agrees-');
    const files: string[] = [];
    const mapping: Record<string, readonly string[]> = {};
    for (const [kind, adapter, demo] of SUPPLIERS) {
      const source = {
        id: sourceId(kind),
        kind,
        name: kind,
        endpoint: demo.endpoint,
        paused: false,
        mapping: defaultMappingFor(kind),
        createdAt: DEMO_NOW.toISOString(),
      };
      await saveSource(db, source);
      await syncSource({ db, adapter, source, credentials: demo.credentials, signal: new AbortController().signal });
      const all = await db.results.where('source').equals(source.id).toArray();
      // One group's last weeks are compared: a group's whole year takes minutes to read from fake-indexeddb
      // (Dexie's anyOf over its cursor), so the rest is dropped from the store and left out of the files alike.
      const kept = (result: Result) => inGroup.has(result.pupil) && result.time >= SINCE;
      const stored = all.filter(kept);
      await db.results.bulkDelete(all.filter((result) => !kept(result)).map((result) => result.id));
      for (const result of stored) {
        // The mapping file as the wizard keeps it: each code with the goals it stands for.
        const known = mapping[result.code];
        if (known) expect(known).toEqual(result.goals);
        else mapping[result.code] = result.goals;
      }
      const file = path.join(dir, `${kind}.csv`);
      writeFileSync(file, resultsCsv(stored));
      files.push(file);
    }
    writeFileSync(path.join(dir, 'mapping.json'), JSON.stringify(mapping));
    writeFileSync(path.join(dir, 'roster.csv'), demoRosterCsv());

    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'src/cli/report.mjs'),
        '--roster',
        'roster.csv',
        '--mapping',
        'mapping.json',
        '--now',
        DEMO_NOW.toISOString(),
        '--group',
        GROUP,
        ...files,
      ],
      { cwd: dir, env: { ...process.env, INIT_CWD: dir }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ReportLine);
    const pupils = lines.filter((line) => line.needsHelp !== undefined);
    // Pseudonyms only: no name from the roster leaves through the report.
    const names = new Map(roster.map((row) => [[row.firstName, row.prefix, row.lastName].filter(Boolean).join(' '), row.ref] as const));
    for (const row of roster) expect(run.stdout).not.toContain(`"${row.firstName}`);
    expect(pupils.map((line) => line.pupil).sort()).toEqual([...inGroup].sort());

    // The class overview, for the same group.
    unlock(key, 'ict-coordinator');
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Groep'), await screen.findByRole('option', { name: GROUP }));
    // The class overview is a WAI-ARIA grid (role grid, gridcell).
    const table = await screen.findByRole('grid', { name: new RegExp(`${GROUP}: beheersing per leerling en leerlijn`, 'i') }, { timeout: 150_000 });
    const headers = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim().toLowerCase());
    const byRef = new Map(pupils.map((line) => [line.pupil, line]));
    let compared = 0;
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const ref = names.get(within(row).getByRole('rowheader').textContent ?? '');
      const report = byRef.get(ref);
      expect(report, `report line for ${ref}`).toBeDefined();
      cellsIn(row).forEach((cell, i) => {
        const line = report?.lines?.[headers[i] as string];
        const shown = line ? `${percent(line.value)}${STATUS_NL[line.status]}` : null;
        if (shown) compared += 1;
        expect(cell.textContent, `${ref} ${headers[i]}`).toBe(shown ?? cell.textContent);
        if (!line) expect(cell.textContent).not.toMatch(/\d%/);
      });
    }
    expect(compared).toBeGreaterThan(inGroup.size);

    // The needs-help page: the same pupils, with as many reasons each.
    await user.click(screen.getByRole('link', { name: /hulp nodig/i }));
    await user.selectOptions(await screen.findByLabelText('Groep'), await screen.findByRole('option', { name: GROUP }));
    const helpTable = await screen.findByRole('table', { name: new RegExp(`${GROUP}: leerlingen die hulp nodig hebben`, 'i') }, { timeout: 150_000 });
    const listed = within(helpTable)
      .getAllByRole('row')
      .slice(1)
      .map((row) => names.get(within(row).getByRole('rowheader').textContent ?? ''));
    const flagged = pupils.filter((line) => line.needsHelp).map((line) => line.pupil);
    expect(flagged.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...flagged].sort());
    // Pupils without any result yet, or none lately, are shown apart on the page (a data matter, not who needs
    // help): the report has them as needsHelp false with that dataGap, and the same pupils in each list.
    for (const [title, gap] of [
      ['Nog geen resultaten', 'no-results-yet'],
      ['Geen recente resultaten', 'no-results-lately'],
    ] as const) {
      const apart = screen.queryByRole('list', { name: title });
      const shownApart = apart
        ? within(apart)
            .getAllByRole('link')
            .map((link) => names.get(link.textContent ?? ''))
        : [];
      const gapped = pupils.filter((line) => line.dataGap === gap);
      expect(gapped.every((line) => line.needsHelp === false)).toBe(true);
      expect(shownApart.sort()).toEqual(gapped.map((line) => line.pupil).sort());
    }
  });
});
