import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import { LRS_DEMO } from '../../../mocks/suppliers/lrs/lrs.demo';
import { LRS_DEMO_MAPPING } from '../../../mocks/suppliers/lrs/lrs.mapping';
import { server } from '../../../mocks/node';
import { sourceId } from '@/domain/ids';
import { setCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { importRoster } from '@/store/roster.repo';
import { upsertResults } from '@/store/results.repo';
import { getSyncStatus, putSyncStatus, saveSource } from '@/store/sources.repo';
import { buildResult } from '../../support/result-builder';
import { createVault, unlock } from '@/store/vault';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';

const group7 = DEMO_PUPILS.filter((pupil) => pupil.group === 'groep-7b');

async function withRoster(db: LeerzichtDb) {
  const key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
  await importRoster(
    db,
    group7.map((pupil) => ({
      ref: pupil.ref as never,
      firstName: pupil.firstName,
      prefix: pupil.prefix,
      lastName: pupil.lastName,
      groupName: 'Groep 7B',
    })),
    { now: DEMO_NOW, key },
  );
  unlock(key, 'ict-coordinator');
}

async function fillLrs(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Leerrecordopslag (LRS, xAPI 1.0.3 / cmi5)' }));
  await user.type(screen.getByLabelText('Naam van de koppeling'), 'LRS bestuur');
  await user.type(screen.getByLabelText('Adres (endpoint)'), LRS_DEMO.endpoint);
  await user.type(screen.getByLabelText('Gebruikersnaam'), LRS_DEMO.credentials.username);
  await user.type(screen.getByLabelText('Wachtwoord of geheim'), LRS_DEMO.credentials.password);
}

describe('connector wizard: what do we read?', () => {
  it('checks the dates, and "only our groups" without a roster says to import the roster first, asking the LRS nothing', async () => {
    const db = freshDb();
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await fillLrs(user);
    const scope = screen.getByRole('group', { name: 'Wat lezen we?' });
    await user.type(within(scope).getByLabelText('Vanaf'), '2026-03-01');
    await user.type(within(scope).getByLabelText('Tot en met'), '2026-02-01');
    expect(within(scope).getByRole('alert')).toHaveTextContent('Vanaf ligt na Tot en met. Kies een begindatum die op of voor de einddatum ligt.');
    expect(within(scope).getByLabelText('Vanaf')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Verbinding testen' })).toBeDisabled();
    await user.clear(within(scope).getByLabelText('Tot en met'));
    expect(within(scope).queryByRole('alert')).not.toBeInTheDocument();

    const pupils = within(scope).getByRole('group', { name: 'Van welke leerlingen?' });
    expect(within(pupils).getByRole('radio', { name: 'Alle leerlingen in de bron' })).toBeChecked();
    await user.click(within(pupils).getByRole('radio', { name: 'Alleen leerlingen uit onze groepen (met toestemming)' }));
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(request.url));
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(
      await screen.findByText(/maar er is nog geen leerlingenlijst: importeer eerst de leerlingenlijst bij Leerlingen en privacy/),
    ).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(asked).toEqual([]);
  });

  it('previews within the scope (nothing from before the from-date) and saves the scope on the source', async () => {
    const db = freshDb();
    await withRoster(db);
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await fillLrs(user);
    const scope = screen.getByRole('group', { name: 'Wat lezen we?' });
    await user.type(within(scope).getByLabelText('Vanaf'), '2026-01-01');
    await user.click(within(scope).getByRole('radio', { name: 'Alleen leerlingen uit onze groepen (met toestemming)' }));
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByText(/^Verbinding gelukt/)).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: /resultaten zoals Leerzicht ze opslaat/ });
    const dates = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.some((date) => /2025/.test(date))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling LRS bestuur is opgeslagen.')).toBeInTheDocument();
    const saved = await db.sources.get(sourceId('lrs-bestuur'));
    expect(saved?.scope).toEqual({ pupils: 'our-groups', since: '2026-01-01' });
  }, 45_000);

  it('shows the scope on the sources page and, edited, resets the cursor without deleting results', async () => {
    const db = freshDb();
    await withRoster(db);
    const id = sourceId('lrs');
    await saveSource(db, {
      id,
      kind: 'xapi',
      name: 'LRS schoolbestuur',
      endpoint: LRS_DEMO.endpoint,
      paused: false,
      mapping: LRS_DEMO_MAPPING,
      createdAt: DEMO_NOW.toISOString(),
      scope: { pupils: 'our-groups', since: '2025-08-01' },
    });
    setCredentials(id, LRS_DEMO.credentials);
    await upsertResults(db, [buildResult({ source: id, pupil: group7[0]?.ref as never, time: '2025-09-15T10:00:00.000Z' })]);
    await putSyncStatus(db, { source: id, cursor: 'xa1.oud', lastSyncAt: DEMO_NOW.toISOString(), lastOutcome: 'done', lastError: null });
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'LRS schoolbestuur' });
    expect(within(card).getByText('Alleen onze groepen · vanaf 1 augustus 2025')).toBeInTheDocument();
    await user.click(within(card).getByRole('link', { name: 'LRS schoolbestuur bewerken' }));
    const scope = await screen.findByRole('group', { name: 'Wat lezen we?' });
    expect(within(scope).getByLabelText('Vanaf')).toHaveValue('2025-08-01');
    expect(within(scope).getByRole('radio', { name: 'Alleen leerlingen uit onze groepen (met toestemming)' })).toBeChecked();
    await user.clear(within(scope).getByLabelText('Vanaf'));
    await user.type(within(scope).getByLabelText('Vanaf'), '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen in LRS schoolbestuur zijn opgeslagen.')).toBeInTheDocument();
    expect((await db.sources.get(id))?.scope).toEqual({ pupils: 'our-groups', since: '2026-02-01' });
    expect(await getSyncStatus(db, id)).toMatchObject({ cursor: null, lastOutcome: 'done' });
    // A result from before the new from-date stays: a scope change never deletes what is stored.
    expect(await db.results.where('source').equals(id).count()).toBe(1);
  }, 45_000);

  it('a source scoped to our groups without a roster: syncing says to import the roster first, and nothing is requested', async () => {
    const db = freshDb();
    const id = sourceId('lrs');
    await saveSource(db, {
      id,
      kind: 'xapi',
      name: 'LRS schoolbestuur',
      endpoint: LRS_DEMO.endpoint,
      paused: false,
      mapping: LRS_DEMO_MAPPING,
      createdAt: DEMO_NOW.toISOString(),
      scope: { pupils: 'our-groups' },
    });
    setCredentials(id, LRS_DEMO.credentials);
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'LRS schoolbestuur' });
    expect(within(card).getByText('Alleen onze groepen')).toBeInTheDocument();
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(request.url));
    await user.click(within(card).getByRole('button', { name: 'LRS schoolbestuur nu synchroniseren' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'LRS schoolbestuur leest alleen leerlingen uit onze groepen, maar er is nog geen leerlingenlijst: importeer eerst de leerlingenlijst bij Leerlingen en privacy.',
    );
    server.events.removeAllListeners();
    expect(asked).toEqual([]);
    expect(await getSyncStatus(db, id)).toMatchObject({ lastOutcome: 'failed', lastError: 'no-roster' });
  });
});
