import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders, AppRoutes } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient } from '@/app/query-client';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import { createVault } from '@/store/vault';
import { createFirstSync } from '@/ui/first-sync';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

/** The app as the demo starts it: the first sync still running, no vault yet. */
function renderDemoStart(path: string) {
  const db = freshDb();
  const firstSync = createFirstSync();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials });
  render(
    <AppProviders db={db} queryClient={createQueryClient()} i18n={createI18n('nl')} hub={hub} now={() => DEMO_NOW} firstSync={firstSync}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes demoReady={new Promise<void>(() => undefined)} demoPassphrase="demo-wachtwoordzin" />
      </MemoryRouter>
    </AppProviders>,
  );
  return { firstSync, db };
}

describe('the demo while its first sync runs', () => {
  it('shows the sync progress on the class overview, not "import the roster"', async () => {
    const { firstSync } = renderDemoStart('/klas');
    expect(await screen.findByText(/De demoschool wordt klaargezet/)).toBeInTheDocument();
    firstSync.set({ done: 2, total: 6, finished: false });
    expect(await screen.findByText(/2 van 6 bronnen klaar/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Voortgang van de eerste synchronisatie' })).toHaveAttribute('value', '2');
    expect(screen.queryByText(/Importeer het leerlingenbestand/)).not.toBeInTheDocument();
    // Once it has finished, an empty school says what to do.
    firstSync.set({ done: 6, total: 6, finished: true });
    expect(await screen.findByText(/Er zijn nog geen groepen. Importeer het leerlingenbestand/)).toBeInTheDocument();
  });

  it('shows no coordinator-only pages in the locked menu before the demo has made its vault', async () => {
    renderDemoStart('/klas');
    const menu = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Klasoverzicht' })).toBeInTheDocument();
    // Give the "is there a vault" query time to answer (it would answer "no" here).
    await screen.findByText(/De demoschool wordt klaargezet/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const name of ['Bronnen', 'Leerlingen en privacy', 'Wat is er opgeslagen'])
      expect(within(menu).queryByRole('link', { name })).not.toBeInTheDocument();
  });
});

/** The demo at its start, locked, with the unlock form submitted as the ICT coordinator: the form, and how to make the demo's vault. */
async function unlockDuringStart(passphrase: string) {
  const user = userEvent.setup();
  const { firstSync, db } = renderDemoStart('/klas');
  await user.click(await screen.findByRole('button', { name: 'Ontgrendelen' }));
  const form = await screen.findByRole('form', { name: 'Leerzicht ontgrendelen' });
  await user.type(within(form).getByLabelText('Wachtwoordzin'), passphrase);
  await user.click(within(form).getByRole('radio', { name: 'ICT-coördinator' }));
  await user.click(within(form).getByRole('button', { name: 'Ontgrendelen' }));
  const makeVault = async () => {
    await createVault(db, 'demo-wachtwoordzin', 1000);
    firstSync.set({ done: 0, total: 6, finished: false, vaultReady: true });
  };
  return { form, makeVault };
}

describe('unlocking while the demo is still being set up', () => {
  it('waits for the demo to make its vault, then unlocks with the demo passphrase', async () => {
    const { form, makeVault } = await unlockDuringStart('demo-wachtwoordzin');
    // No vault yet: the form says the demo is being set up, not that the passphrase is wrong.
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'De demoschool wordt nog klaargezet. Je wordt ontgrendeld zodra de leerlingen zijn ingelezen…',
    );
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Wachtwoordzin')).toHaveValue('demo-wachtwoordzin');
    expect(within(form).getByRole('button', { name: 'Controleren…' })).toBeDisabled();
    // The demo makes its vault: the waiting unlock goes on.
    await makeVault();
    expect(await screen.findByText('Ontgrendeld als ICT-coördinator')).toBeInTheDocument();
  });

  it('says a wrong passphrase is wrong once the vault exists', async () => {
    const { form, makeVault } = await unlockDuringStart('niet-de-goede-zin');
    await within(form).findByRole('status');
    await makeVault();
    expect(await within(form).findByRole('alert')).toHaveTextContent('Die wachtwoordzin klopt niet.');
    expect(within(form).queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('a coordinator-only page opened while locked', () => {
  it('has a level-one heading above the refusal', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/bronnen', { db });
    expect(await screen.findByRole('heading', { level: 1, name: 'Alleen voor de ICT-coördinator' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Deze pagina is voor de ICT-coördinator. Ontgrendel met die rol.');
  });
});
