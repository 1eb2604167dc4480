import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient } from '@/app/query-client';
import { StoredDataPage } from '@/features/stored-data/stored-data-page';
import type { Locale } from '@/i18n/format';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { vaultState } from '@/store/vault';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

/** The page inside the app's providers, until the lead routes it at /opgeslagen (then: renderApp('/opgeslagen')). */
function renderPage({ db, locale = 'nl' as Locale }: { db: LeerzichtDb; locale?: Locale }) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: () => undefined });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n(locale)} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={['/opgeslagen']}>
        <Routes>
          <Route path="/opgeslagen" element={<StoredDataPage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

const summaryTable = () => screen.findByRole('table', { name: 'Opgeslagen gegevens per soort, met aantal en geschatte grootte' });
const countIn = (table: HTMLElement, kind: string) =>
  within(within(table).getByRole('rowheader', { name: kind }).closest('tr')!).getAllByRole('cell')[0]!.textContent;

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('Wat is er opgeslagen', () => {
  it('shows per kind how much is stored, and says it lives only in this browser', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage({ db });
    expect(screen.getByRole('heading', { level: 1, name: 'Wat is er opgeslagen' })).toBeInTheDocument();
    expect(screen.getByText(/staat alleen in deze browser/)).toBeInTheDocument();
    const table = await summaryTable();
    expect(countIn(table, 'Resultaten')).toBe('27');
    expect(countIn(table, 'Namen uit het leerlingenbestand (versleuteld)')).toBe('3');
    expect(countIn(table, 'Koppelingen en synchronisatiestatus')).toBe('2');
    expect(countIn(table, 'Rubricbeoordelingen')).toBe('0');
    expect(within(table).getByRole('rowheader', { name: 'Resultaten' }).closest('tr')).toHaveTextContent(/\d+,\d kB/);
    expect(document.body.textContent).not.toContain('nep-eckid');
  });

  it('speaks English when asked', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage({ db, locale: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'What is stored' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Stored data by kind, with count and estimated size' });
    expect(countIn(table, 'Results')).toBe('27');
    expect(screen.getByRole('button', { name: 'Export everything (JSON)' })).toBeInTheDocument();
  });

  it('exports everything as one JSON file without credentials', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
    URL.revokeObjectURL = vi.fn();
    renderPage({ db });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Alles exporteren (JSON)' }));
    expect(await screen.findByText('De export is gedownload.')).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/json');
    const parsed = JSON.parse(await blobs[0]!.text()) as { version: number; tables: Record<string, unknown[]> };
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(parsed.tables.results).toHaveLength(27);
  });

  it('forgets one pupil chosen by group and name, after confirming, and shows what was removed', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage({ db });
    const user = userEvent.setup();
    const pupil = await screen.findByRole('combobox', { name: 'Leerling' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Groep' })).toHaveDisplayValue('Groep 5A'));
    await waitFor(() =>
      expect(
        within(pupil)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Anna de Boer', 'Bram Smit', 'Cem Yilmaz']),
    );
    await user.selectOptions(pupil, 'Anna de Boer');
    await user.click(screen.getByRole('button', { name: 'Leerling vergeten' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Anna de Boer vergeten?' });
    expect(await db.results.where('pupil').equals(refOf(1)).count()).toBe(18);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Anna de Boer vergeten' }));
    // The summary reloads after forgetting (its own "Laden…" status): wait for the status that reports it.
    const report = 'Anna de Boer is vergeten. Verwijderd: 18 resultaten, 1 naam, 1 leerlingrecord';
    await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toContainEqual(expect.stringContaining(report)));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db.results.where('pupil').equals(refOf(1)).count()).toBe(0);
    expect(await db.results.where('pupil').equals(refOf(2)).count()).toBe(9);
    expect(await db.roster.get(refOf(1))).toBeUndefined();
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Leerling' }))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Bram Smit', 'Cem Yilmaz']),
    );
    await waitFor(async () => expect(countIn(await summaryTable(), 'Resultaten')).toBe('9'));
    expect(document.body.textContent).not.toContain('nep-eckid');
  });

  it('cancelling the forget step removes nothing', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage({ db });
    const user = userEvent.setup();
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Leerling' })).getAllByRole('option')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Leerling vergeten' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Anna de Boer vergeten?' })).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db.pupils.count()).toBe(3);
  });

  it('deletes everything only after the word is typed, then locks the session', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage({ db });
    const user = userEvent.setup();
    await summaryTable();
    await user.click(screen.getByRole('button', { name: 'Alles verwijderen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Weet je zeker dat je alles wilt verwijderen?' });
    const confirm = within(dialog).getByRole('button', { name: 'Definitief verwijderen' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Typ VERWIJDEREN om te bevestigen'), 'verwijder');
    expect(confirm).toBeDisabled();
    expect(await db.results.count()).toBe(27);
    await user.clear(within(dialog).getByLabelText('Typ VERWIJDEREN om te bevestigen'));
    await user.type(within(dialog).getByLabelText('Typ VERWIJDEREN om te bevestigen'), 'VERWIJDEREN');
    await user.click(confirm);
    // The summary reloads after deleting (its own "Laden…" status): wait for the status that reports it.
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContainEqual(
        expect.stringMatching(/^Alles is verwijderd: \d+ opgeslagen regels\./),
      ),
    );
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(vaultState().key).toBeNull();
    await waitFor(async () => expect(countIn(await summaryTable(), 'Resultaten')).toBe('0'));
  });
});
