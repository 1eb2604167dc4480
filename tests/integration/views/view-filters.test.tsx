import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders, AppRoutes } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

/** The browser's Back and Forward buttons and its address bar, for a memory router. */
function HistoryProbe() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <div>
      <button type="button" onClick={() => void navigate(-1)}>
        Vorige pagina
      </button>
      <button type="button" onClick={() => void navigate(1)}>
        Volgende pagina
      </button>
      <output aria-label="adres">{location.pathname + location.search}</output>
    </div>
  );
}

function renderWithHistory(path: string, db: LeerzichtDb) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: createSyncInvalidator(queryClient, 10) });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n('nl')} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={['/start', path]} initialIndex={1}>
        <AppRoutes />
        <HistoryProbe />
      </MemoryRouter>
    </AppProviders>,
  );
}

const headers = () => screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim());

describe('filters that stay: in the address, in the history, on every page of the group, in the export', () => {
  it('a source filter is a step in the history: Back undoes it, Forward redoes it', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderWithHistory('/klas', db);
    const user = userEvent.setup();
    await screen.findByRole('grid');
    expect(headers()).toEqual(['Leerling', 'Rekenen', 'Programmeren']);

    await user.selectOptions(screen.getByLabelText('Bron'), 'Blokkodo');
    // Only Blokkodo's results count: it has programming results only.
    expect(await screen.findByRole('columnheader', { name: /programmeren/i })).toBeInTheDocument();
    expect(headers()).toEqual(['Leerling', 'Programmeren']);
    expect(screen.getByLabelText('adres')).toHaveTextContent('/klas?bron=blokkodo');

    await user.selectOptions(screen.getByLabelText('Werkvorm'), 'Toets');
    expect(screen.getByLabelText('adres')).toHaveTextContent('/klas?bron=blokkodo&vorm=toets');

    await user.click(screen.getByRole('button', { name: 'Vorige pagina' }));
    expect(screen.getByLabelText('Werkvorm')).toHaveValue('');
    expect(screen.getByLabelText('Bron')).toHaveValue('blokkodo');
    await user.click(screen.getByRole('button', { name: 'Vorige pagina' }));
    expect(screen.getByLabelText('Bron')).toHaveValue('');
    expect(await screen.findByRole('columnheader', { name: /rekenen/i })).toBeInTheDocument();
    expect(screen.getByLabelText('adres')).toHaveTextContent(/^\/klas$/);
    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(screen.getByLabelText('Bron')).toHaveValue('blokkodo');
  });

  it('two choices made before the page renders again both stay (a busy machine, a quick hand)', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderWithHistory('/klas', db);
    await screen.findByRole('grid');
    // Both changes inside one act: the page does not render in between.
    act(() => {
      fireEvent.change(screen.getByLabelText('Bron'), { target: { value: 'blokkodo' } });
      fireEvent.change(screen.getByLabelText('Werkvorm'), { target: { value: 'test' } });
    });
    expect(screen.getByLabelText('adres')).toHaveTextContent('/klas?bron=blokkodo&vorm=toets');
    expect(screen.getByLabelText('Bron')).toHaveValue('blokkodo');
  });

  it('a period of the last weeks leaves older results out and says a wrong number in words', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderWithHistory('/klas', db);
    const user = userEvent.setup();
    await screen.findByRole('grid');
    await user.selectOptions(screen.getByLabelText('Periode'), 'De laatste weken');
    expect(screen.getByLabelText('adres')).toHaveTextContent('periode=weken-6');
    const weeks = screen.getByLabelText('Aantal weken');
    await user.clear(weeks);
    await user.type(weeks, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Vul een heel aantal weken in, van 1 tot en met 520.');
    expect(screen.getByLabelText('adres')).toHaveTextContent('periode=weken-6');
    await user.clear(weeks);
    await user.type(weeks, '1');
    expect(screen.getByLabelText('adres')).toHaveTextContent('periode=weken-1');
    // In the last week: Anna's and Bram's arithmetic on day 2, Anna's programming on day 3 (seedSmallSchool).
    const table = await screen.findByRole('grid');
    const cem = within(table).getByRole('row', { name: /cem/i });
    expect(
      within(cem)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    ).toEqual(['–nog geen resultaten', '–nog geen resultaten']);
    const anna = within(table).getByRole('row', { name: /anna/i });
    expect(
      within(anna)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    ).toEqual(['90%beheerst', '100%beheerst']);
  });

  it('an address with a period that does not exist says so and counts everything', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderWithHistory('/klas?periode=vorige-eeuw', db);
    expect(await screen.findByText(/het adres vraagt om de periode "vorige-eeuw"; die bestaat niet/i)).toBeInTheDocument();
    expect(screen.getByLabelText('Periode')).toHaveValue('');
  });

  it('menu links and a pupil’s "Terug naar het klasoverzicht" keep group, filters and line', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const [group] = await db.groups.toArray();
    renderWithHistory(`/klas?groep=${group!.id}&leerlijn=rekenen&bron=sommenspoor&sorteer=x`, db);
    const user = userEvent.setup();
    await screen.findByRole('grid');
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Wie heeft hulp nodig' })).toHaveAttribute(
      'href',
      `/hulp?groep=${group!.id}&bron=sommenspoor&leerlijn=rekenen`,
    );
    await user.click(within(menu).getByRole('link', { name: 'Leerlijnen' }));
    expect(await screen.findByLabelText('Leerlijn')).toHaveValue('rekenen');
    expect(screen.getByLabelText('Bron')).toHaveValue('sommenspoor');
    await user.click(await screen.findByRole('link', { name: /bekijk de voortgang van anna/i }));
    // The profile's skeleton (aria-busy) has its own back link, replaced when the profile is there: click the profile's.
    await waitFor(() => expect(screen.getByRole('article', { name: 'Anna de Boer' })).not.toHaveAttribute('aria-busy'));
    await user.click(screen.getByRole('link', { name: 'Terug naar het klasoverzicht' }));
    // The router moves once the class overview's page is there (a lazy page may still be loading).
    await waitFor(() => expect(screen.getByLabelText('adres')).toHaveTextContent(`/klas?groep=${group!.id}&bron=sommenspoor&leerlijn=rekenen`));
    expect(await screen.findByLabelText('Bron')).toHaveValue('sommenspoor');
  });

  it('the CSV export follows the sort and the filters on screen', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
    URL.revokeObjectURL = vi.fn();
    renderWithHistory('/klas?bron=sommenspoor&sorteer=rekenen&volgorde=af', db);
    const user = userEvent.setup();
    await screen.findByRole('grid');
    await user.click(screen.getByRole('button', { name: 'Exporteren (CSV)' }));
    const lines = (await blobs[0]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Sommenspoor only: no programming column; highest arithmetic first, as on screen.
    expect(lines[0]).toBe('Leerling;Rekenen;Rekenen (status)');
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['Anna de Boer', 'Bram Smit', 'Cem Yilmaz']);
    await user.click(screen.getByRole('button', { name: /sorteer op rekenen/i }));
    await user.click(screen.getByRole('button', { name: 'Exporteren (CSV)' }));
    const again = (await blobs[1]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Lowest first; a pupil without results stays last (domain sortRows), as on screen.
    expect(again.slice(1).map((line) => line.split(';')[0])).toEqual(['Bram Smit', 'Anna de Boer', 'Cem Yilmaz']);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Bram Smit', 'Anna de Boer', 'Cem Yilmaz']);
  });
});
