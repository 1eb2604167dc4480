import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../support/render-app';
import { TEST_PASSPHRASE } from '../../support/seed';
import { seedTwoGroups } from '../../support/two-groups';

const NOTE = 'Plant al zelf';
const LINE_5A = '1 niet-opgeslagen beoordeling in Groep 5A (Eigenaar van je leerproces).';
const LINE_7B = '1 niet-opgeslagen beoordeling in Groep 7B (Eigenaar van je leerproces).';
const BACK_5A = 'Terug naar Groep 5A (Eigenaar van je leerproces)';

type User = ReturnType<typeof userEvent.setup>;

/** Anna (5A) gets a level and a note, Dewi (7B) a level, in Eigenaarschap; nothing is saved. */
async function enterTwoGroups(user: User) {
  await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' }), 'gevorderd');
  await user.type(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' }), NOTE);
  await user.selectOptions(screen.getByLabelText('Groep'), screen.getByRole('option', { name: 'Groep 7B' }));
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Plannen voor Dewi Jansen' }), 'op-weg');
}

/** Away to a pupil's profile by links, and back to /rubrics by the menu. */
async function awayAndBack(user: User) {
  const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  await user.click(within(menu).getByRole('link', { name: 'Klasoverzicht' }));
  await user.click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Anna de Boer/ })).toBeInTheDocument();
  await user.click(within(menu).getByRole('link', { name: 'Rubrics' }));
}

/** Entries in two groups, then away to a profile and back: the page shows both unsaved lines. */
async function enteredAwayAndBack() {
  const db = await seedTwoGroups();
  renderApp('/rubrics', { db });
  const user = userEvent.setup();
  await enterTwoGroups(user);
  await awayAndBack(user);
  expect(await screen.findByText(LINE_5A)).toBeInTheDocument();
  return { db, user };
}

describe('rubric entry: unsaved entries last the session, in memory, until a lock', () => {
  it('leaving /rubrics for another page and coming back keeps the levels and notes, with the unsaved lines', async () => {
    const { db, user } = await enteredAwayAndBack();
    // Back on the page: both groups' entries are named, and one step away.
    expect(screen.getByText(LINE_7B)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: BACK_5A }));
    expect(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' })).toHaveValue('gevorderd');
    expect(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' })).toHaveValue(NOTE);
    expect(screen.getByText(LINE_7B)).toBeInTheDocument();

    // While anything is unsaved, a reload or a closed tab asks first; nothing is written to web storage.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    expect([localStorage.length, sessionStorage.length]).toEqual([0, 0]);

    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect((await db.assessments.toArray()).map((item) => [item.criterion, item.level, item.note])).toEqual([['plannen', 'gevorderd', NOTE]]);
  });

  it('a lock drops them: after unlocking again, nothing unsaved is left', async () => {
    const { user } = await enteredAwayAndBack();

    await user.click(screen.getByRole('button', { name: 'Vergrendelen' }));
    expect(await screen.findByText('Vergrendeld: namen zijn verborgen')).toBeInTheDocument();
    expect(screen.queryAllByText(/niet-opgeslagen beoordeling/)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await user.type(await screen.findByLabelText('Wachtwoordzin'), TEST_PASSPHRASE);
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('checkbox', { name: 'Groep 5A' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Groep 7B' }));
    await user.click(screen.getByRole('button', { name: 'Toon mijn groepen' }));
    await awayAndBack(user);
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    expect(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' })).toHaveValue('');
    // A note field shows only for a pupil with a level entered: there is none.
    expect(screen.queryByRole('textbox', { name: 'Notitie voor Anna de Boer' })).not.toBeInTheDocument();
    expect(screen.queryAllByText(/niet-opgeslagen beoordeling/)).toEqual([]);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(false);
  });
});
