/**
 * The Bronnen page's "Koppeling exporteren" downloads the mapping in the form `npm run report --
 * --mapping FILE` reads: the downloaded file, fed to the report (a real Node process) with an export
 * that uses those codes, gives goal lines for exactly the mapped goals.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { goalId, sourceId } from '@/domain/ids';
import { saveSource } from '@/store/sources.repo';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { tempDir } from '../../support/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const CSV = path.join(ROOT, 'tests/fixtures/files/toetsen-export.csv');

describe('mapping export on the Bronnen page', () => {
  it('downloads a file the report reads back: the mapped codes give goal lines for the mapped goal', { timeout: 120_000 }, async () => {
    const db = freshDb();
    await saveSource(db, {
      id: sourceId('toetsen'),
      kind: 'sommenspoor',
      name: 'Toetsen export',
      endpoint: SOMMENSPOOR_DEMO.endpoint,
      paused: false,
      mapping: { 'REKENEN-BREUKEN-2': [goalId('rekenen.getallen.1f')], 'REKENEN-BREUKEN-1': [goalId('rekenen.getallen.1f')] },
      createdAt: DEMO_NOW.toISOString(),
    });
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Toetsen export' });
    await user.click(within(card).getByRole('button', { name: 'Koppeling van Toetsen export exporteren' }));
    click.mockRestore();
    expect(names).toEqual(['koppeling-toetsen-export.json']);
    const text = await blobs[0]!.text();
    const exported = JSON.parse(text) as Record<string, unknown>;
    expect(exported).toEqual({
      format: 'leerzicht-mapping',
      source: 'Toetsen export',
      kind: 'sommenspoor',
      exportedAt: DEMO_NOW.toISOString(),
      mapping: { 'REKENEN-BREUKEN-1': ['rekenen.getallen.1f'], 'REKENEN-BREUKEN-2': ['rekenen.getallen.1f'] },
    });

    const dir = tempDir('mapping-export-');
    writeFileSync(path.join(dir, 'koppeling.json'), text);
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'src/cli/report.mjs'),
        '--mapping',
        'koppeling.json',
        '--columns',
        'max=Uit',
        '--now',
        '2026-03-05',
        '--group',
        'Groep 5A',
        CSV,
      ],
      // Through Vite's module runner, as a user's command loads its entry (the other CLI tests use the entries built ahead).
      { cwd: dir, env: { ...process.env, INIT_CWD: dir, LEERZICHT_CLI_BUILD: '' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { goal?: string; pupil?: string; results?: number; summary?: { settings: { mappedCodes: number } } });
    const goals = lines.filter((line) => line.goal);
    expect(new Set(goals.map((line) => line.goal))).toEqual(new Set(['rekenen.getallen.1f']));
    // Both codes count for the goal: the first pupil has one result for each.
    expect(
      goals.find(
        (line) =>
          line.pupil ===
          'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
      )?.results,
    ).toBe(2);
    expect(lines.at(-1)?.summary?.settings.mappedCodes).toBe(2);
  });
});
