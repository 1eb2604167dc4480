import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { upsertResults } from '@/store/results.repo';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool, TEST_PASSPHRASE } from '../../support/seed';
import { result } from '../../support/fake-adapter';

const originalCreate = URL.createObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  vi.restoreAllMocks();
});

/** A roster export with only Anna: Bram and Cem, on the roster now, would be marked as left. */
const onlyAnna = () =>
  new File([`eckid;voornaam;tussenvoegsel;achternaam;groep\r\n${refOf(1)};Anna;de;Boer;Groep 5A\r\n`], 'groep-5a.csv', { type: 'text/csv' });

describe('an action that fails says so', () => {
  it('a roster re-import says beforehand how many pupils it marks as left, and a failed save shows an alert and changes nothing', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Bestand'), onlyAnna());
    expect(await screen.findByText('1 leerlingen gelezen, 0 regels afgekeurd')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 leerlingen worden als vertrokken gemarkeerd: ze staan nu in Leerzicht maar niet in dit bestand.',
    );
    // Saving the names fails (the browser's storage refuses the write).
    const failing = vi.spyOn(db.roster, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Importeren is niet gelukt');
    expect(alert).toHaveTextContent('Er is niets veranderd. Probeer het opnieuw');
    expect(within(alert).getByText('QuotaExceededError')).toBeInTheDocument();
    expect(failing).toHaveBeenCalled();
    expect((await db.pupils.toArray()).filter((pupil) => pupil.leftAt)).toHaveLength(0);
    failing.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('0 nieuw, 1 bijgewerkt, 2 niet meer in het bestand (gemarkeerd, niet verwijderd).')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in English how many pupils a re-import marks as left', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db, locale: 'en' });
    await userEvent.setup().upload(await screen.findByLabelText('File'), onlyAnna());
    expect(await screen.findByRole('note')).toHaveTextContent('2 pupils will be marked as left');
  });

  it('the retention period, a purge and the lock time each show an alert when they cannot be saved', async () => {
    const db = freshDb();
    await upsertResults(db, [result('oud', refOf(1), { time: '2023-05-01T10:00:00.000Z' })]);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Nu opschonen' });
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('storage unavailable'));
    await user.selectOptions(screen.getByLabelText('Bewaren (schooljaren)'), '3');
    expect(await screen.findByText(/De bewaartermijn is niet opgeslagen; de oude termijn geldt nog/)).toBeInTheDocument();
    expect(screen.getByLabelText('Bewaren (schooljaren)')).toHaveDisplayValue('2 schooljaren');
    await user.selectOptions(screen.getByLabelText('Vergrendelen na zoveel minuten niets doen'), '5');
    expect(await screen.findByText(/De vergrendeltijd is niet opgeslagen/)).toBeInTheDocument();
    vi.spyOn(db.results, 'where').mockImplementation(() => {
      throw new Error('storage unavailable');
    });
    await user.click(screen.getByRole('button', { name: 'Nu opschonen' }));
    expect(await screen.findByText(/Opschonen is niet gelukt/)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(3);
    vi.restoreAllMocks();
    expect(await db.results.count()).toBe(1);
  });

  it('"Alles exporteren" shows an alert when the file cannot be made', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    URL.createObjectURL = vi.fn(() => {
      throw new Error('out of memory');
    });
    renderApp('/opgeslagen', { db });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Alles exporteren (JSON)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De export is niet gemaakt');
    expect(within(alert).getByText('out of memory')).toBeInTheDocument();
    expect(screen.queryByText('De export is gedownload.')).not.toBeInTheDocument();
  });

  it('unlocking shows an alert, not a crash, when the store cannot be read (not a wrong passphrase)', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    renderApp('/klas', { db, locale: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Unlock' }));
    await user.type(await screen.findByLabelText('Passphrase'), TEST_PASSPHRASE);
    const failing = vi.spyOn(db.settings, 'get').mockRejectedValue(new Error('storage unavailable'));
    const form = screen.getByRole('form', { name: /unlock/i });
    await user.click(within(form).getByRole('button', { name: 'Unlock' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unlocking did not work, and not because of the passphrase');
    expect(alert).not.toHaveTextContent('That passphrase is not right');
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    await user.click(within(form).getByRole('button', { name: 'Unlock' }));
    // The second try unlocks: the form closes without an alert (and the test waits for the whole
    // unlock, so no state update lands after the test has ended).
    await waitFor(() => expect(screen.queryByRole('form', { name: /unlock/i })).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
