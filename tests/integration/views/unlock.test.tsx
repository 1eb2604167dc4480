import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lock } from '@/store/vault';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool, TEST_PASSPHRASE } from '../../support/seed';

describe('lock and unlock', () => {
  it('shows placeholders while locked and names after unlocking with the passphrase', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/klas', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Leerling 1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Groep')).toHaveDisplayValue('Groep 1');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await user.type(await screen.findByLabelText('Wachtwoordzin'), 'verkeerd');
    const form = screen.getByRole('form', { name: 'Leerzicht ontgrendelen' });
    await user.click(within(form).getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die wachtwoordzin klopt niet.');
    await user.clear(screen.getByLabelText('Wachtwoordzin'));
    await user.type(screen.getByLabelText('Wachtwoordzin'), TEST_PASSPHRASE);
    await user.click(screen.getByRole('radio', { name: 'Leerkracht' }));
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('checkbox', { name: 'Groep 5A' }));
    await user.click(screen.getByRole('button', { name: 'Toon mijn groepen' }));
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' })).toBeInTheDocument();
    expect(screen.getByLabelText('Groep')).toHaveDisplayValue('Groep 5A');
    expect(screen.getByText('Ontgrendeld als Leerkracht')).toBeInTheDocument();
    // A teacher does not see the ICT coordinator's pages.
    expect(screen.queryByRole('link', { name: 'Bronnen' })).not.toBeInTheDocument();
    act(() => lock());
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Leerling 1' })).toBeInTheDocument();
  });

  it('says so when the groups cannot be loaded after unlocking, and lets the teacher try again', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/klas', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Leerling 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await user.type(await screen.findByLabelText('Wachtwoordzin'), TEST_PASSPHRASE);
    // Reading the groups from IndexedDB fails (e.g. the browser's storage gives an error).
    const failing = vi.spyOn(db.groups, 'toArray').mockRejectedValue(new Error('storage unavailable'));
    const form = screen.getByRole('form', { name: 'Leerzicht ontgrendelen' });
    await user.click(within(form).getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De wachtwoordzin klopt, maar je groepen konden niet worden geladen.');
    expect(failing).toHaveBeenCalled();
    // The form stays usable: the passphrase is kept and the button works again.
    expect(screen.getByLabelText('Wachtwoordzin')).toHaveValue(TEST_PASSPHRASE);
    expect(within(form).getByRole('button', { name: 'Ontgrendelen' })).toBeEnabled();
    failing.mockRestore();
    await user.click(within(form).getByRole('button', { name: 'Ontgrendelen' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Groep 5A' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toon mijn groepen' }));
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' })).toBeInTheDocument();
  });

  it('says so when "My groups" cannot load the groups, and loads them on a retry', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ontgrendelen' }));
    await user.type(await screen.findByLabelText('Wachtwoordzin'), TEST_PASSPHRASE);
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('checkbox', { name: 'Groep 5A' }));
    await user.click(screen.getByRole('button', { name: 'Toon mijn groepen' }));
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' })).toBeInTheDocument();
    const failing = vi.spyOn(db.groups, 'toArray').mockRejectedValue(new Error('storage unavailable'));
    await user.click(await screen.findByRole('button', { name: 'Mijn groepen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je groepen konden niet worden geladen.');
    failing.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('checkbox', { name: 'Groep 5A' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the ICT coordinator pages closed to a teacher', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/privacy', { db });
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze pagina is voor de ICT-coördinator.');
  });
});
