import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const ANNA_SOMMEN = 'Toestemming van Anna de Boer voor Sommenspoor';

async function setDate(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, date: string) {
  await user.clear(field);
  await user.type(field, date);
}

describe('consent per pupil per source, with date and note', () => {
  it('withdraws on the date the parents said so, refuses a date in the future, and shows date and note in the cell', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: ANNA_SOMMEN });
    expect(box).not.toHaveAccessibleDescription(/./);
    await user.click(box);
    const dialog = screen.getByRole('alertdialog', { name: 'Toestemming intrekken voor Anna de Boer bij Sommenspoor?' });
    const date = within(dialog).getByLabelText('Datum');
    // The demo's today (3 July 2026) by default, in the field that has the focus.
    expect(date).toHaveValue('2026-07-03');
    expect(date).toHaveFocus();
    await setDate(user, date, '2026-07-10');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Deze datum ligt in de toekomst: kies vandaag of een eerdere dag.');
    expect(date).toBeInvalid();
    expect(await db.consents.count()).toBe(0);
    await setDate(user, date, '2026-05-12');
    await user.type(within(dialog).getByLabelText(/Notitie/), 'brief van de ouders');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Toestemming ingetrokken; 9 resultaten verwijderd.')).toBeInTheDocument();
    const after = screen.getByRole('checkbox', { name: ANNA_SOMMEN });
    expect(after).not.toBeChecked();
    expect(after).toHaveAccessibleDescription('Ingetrokken op 12 mei 2026: brief van de ouders');
    expect(after).toHaveFocus();
    expect(await db.consents.toArray()).toMatchObject([{ source: 'sommenspoor', granted: false, date: '2026-05-12', note: 'brief van de ouders' }]);
  });

  it('giving consent again asks for its own date and note instead of recording an empty note', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: ANNA_SOMMEN }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Intrekken' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: ANNA_SOMMEN })).toHaveAccessibleDescription('Ingetrokken op 3 juli 2026'));

    await user.click(screen.getByRole('checkbox', { name: ANNA_SOMMEN }));
    const dialog = screen.getByRole('dialog', { name: 'Toestemming geven voor Anna de Boer bij Sommenspoor?' });
    expect(await db.consents.toArray()).toMatchObject([{ granted: false }]);
    await setDate(user, within(dialog).getByLabelText('Datum'), '2026-07-01');
    await user.type(within(dialog).getByLabelText(/Notitie/), 'ouders akkoord na gesprek');
    await user.click(within(dialog).getByRole('button', { name: 'Toestemming geven' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Toestemming van Anna de Boer voor Sommenspoor vastgelegd, gegeven op 1 juli 2026.');
    const box = await screen.findByRole('checkbox', { name: ANNA_SOMMEN });
    await waitFor(() => expect(box).toBeChecked());
    expect(box).toHaveAccessibleDescription('Gegeven op 1 juli 2026: ouders akkoord na gesprek');
    expect(await db.consents.toArray()).toMatchObject([{ granted: true, date: '2026-07-01', note: 'ouders akkoord na gesprek' }]);
  });

  it('works from the keyboard: Space opens the dialog, Escape closes it without a change and gives the focus back', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: ANNA_SOMMEN });
    box.focus();
    await user.keyboard(' ');
    expect(within(screen.getByRole('alertdialog')).getByLabelText('Datum')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(box).toHaveFocus();
    expect(box).toBeChecked();
    expect(await db.consents.count()).toBe(0);
  });

  it('while the whole app is withheld, each source shows as not applicable (not as allowed)', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Toestemming van Anna de Boer voor Hele app' }));
    await user.click(within(screen.getByRole('alertdialog', { name: /Hele app/ })).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText(/Toestemming ingetrokken; 18 resultaten verwijderd\./)).toBeInTheDocument();
    for (const source of ['Sommenspoor', 'Blokkodo']) {
      const box = screen.getByRole('checkbox', { name: `Toestemming van Anna de Boer voor ${source}` });
      expect(box).not.toBeChecked();
      expect(box).toBeDisabled();
      expect(box).toHaveAccessibleDescription('Niet van toepassing: geen toestemming voor de hele app');
    }
    // Other pupils are untouched.
    expect(screen.getByRole('checkbox', { name: 'Toestemming van Bram Smit voor Sommenspoor' })).toBeChecked();
  });

  it('a consent that cannot be saved says so in an alert and keeps what was typed; nothing changes', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const before = await db.results.where('pupil').equals(refOf(1)).count();
    // The browser's storage refuses the write (as when it is full).
    const refuse = () => {
      throw new DOMException('opslag vol', 'QuotaExceededError');
    };
    db.consents.hook('creating', refuse);
    await user.click(await screen.findByRole('checkbox', { name: ANNA_SOMMEN }));
    const dialog = screen.getByRole('alertdialog');
    await user.type(within(dialog).getByLabelText(/Notitie/), 'telefoon moeder');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Toestemming niet opgeslagen');
    expect(alert).toHaveTextContent(
      'De keuze voor Anna de Boer bij Sommenspoor is niet opgeslagen: deze browser kon niet in zijn opslag schrijven. Er is niets veranderd.',
    );
    expect(within(dialog).getByLabelText(/Notitie/)).toHaveValue('telefoon moeder');
    expect(await db.results.where('pupil').equals(refOf(1)).count()).toBe(before);
    expect(await db.consents.count()).toBe(0);
    db.consents.hook('creating').unsubscribe(refuse);
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Toestemming ingetrokken; 9 resultaten verwijderd.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
