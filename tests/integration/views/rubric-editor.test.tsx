import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pupilRef, rubricId } from '@/domain/ids';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

type User = ReturnType<typeof userEvent.setup>;

/**
 * Keyboard only: focus moves by Tab until it reaches the element, then keys act on it; by Shift+Tab
 * when the element comes before the focus (as a person would, rather than Tab round the whole page).
 */
async function tabTo(user: User, element: HTMLElement) {
  const focus = document.activeElement;
  const shift = focus !== null && focus !== document.body && (element.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  for (let steps = 0; document.activeElement !== element; steps += 1) {
    if (steps > 400) throw new Error(`${shift ? 'Shift+Tab' : 'Tab'} never reached ${element.outerHTML.slice(0, 120)}`);
    await user.tab({ shift });
  }
}
async function press(user: User, button: HTMLElement) {
  await tabTo(user, button);
  await user.keyboard('{Enter}');
}
async function fill(user: User, field: HTMLElement, text: string) {
  await tabTo(user, field);
  await user.keyboard(text);
}

describe('rubric editor', () => {
  it('creates a rubric by keyboard, shows what is missing, saves it, and it can be used in the assessment grid', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/nieuw', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe rubric' })).toBeInTheDocument();
    await fill(user, screen.getByLabelText('Titel'), 'Presenteren');
    await press(user, screen.getByRole('button', { name: 'Niveau 4 verwijderen' }));
    expect(screen.queryByLabelText('Naam van niveau 4')).not.toBeInTheDocument();
    await press(user, screen.getByRole('button', { name: 'Rubric opslaan' }));
    const errors = await screen.findByRole('alert');
    expect(errors).toHaveTextContent('De rubric kan nog niet worden opgeslagen');
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Voeg minstens één criterium toe.']);
    expect(errors).toHaveFocus();

    await press(user, screen.getByRole('button', { name: 'Criterium toevoegen' }));
    await fill(user, screen.getByLabelText('Titel van criterium 1'), 'Spreken');
    await fill(user, screen.getByLabelText('Wat je ziet bij beginner (Spreken)'), 'Leest voor van papier');
    await fill(user, screen.getByLabelText('Wat je ziet bij op weg (Spreken)'), 'Kijkt af en toe de klas in');
    await fill(user, screen.getByLabelText('Stappen van beginner naar het volgende niveau (Spreken)'), 'Oefen met steekwoorden');
    await press(user, screen.getByRole('button', { name: 'Rubric opslaan' }));
    expect(
      within(await screen.findByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vul in wat je ziet bij niveau 3 (gevorderd) van criterium 1 (Spreken).']);
    await fill(user, screen.getByLabelText('Wat je ziet bij gevorderd (Spreken)'), 'Vertelt vrij met steekwoorden');
    await fill(user, screen.getByLabelText('Gewicht van criterium 1 (optioneel, standaard 1)'), '{Backspace}2');
    await fill(user, screen.getByLabelText('Zoek een doel om aan Spreken te koppelen'), 'decompositie');
    const link = (await screen.findAllByRole('button', { name: /^Koppel: .*programmeren\.decompositie\.mb/ }))[0]!;
    await press(user, link);
    expect(screen.getByRole('button', { name: /^Ontkoppel: .*programmeren\.decompositie\.mb/ })).toBeInTheDocument();
    const target = screen.getByRole('combobox', { name: 'Streefniveau groep 5 voor Spreken' });
    await tabTo(user, target);
    await user.selectOptions(target, 'op weg');
    await press(user, screen.getByRole('button', { name: 'Rubric opslaan' }));

    expect(await screen.findByText('Rubric "Presenteren" is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Rubrics' })).toBeInTheDocument();
    expect(screen.getByLabelText('Rubric')).toHaveValue('presenteren');
    expect(screen.getByText('Herkomst: eigen rubric van de school')).toBeInTheDocument();
    const stored = await db.rubrics.get(rubricId('presenteren'));
    expect(stored?.levels.map((level) => level.label.nl)).toEqual(['beginner', 'op weg', 'gevorderd']);
    expect(stored?.criteria[0]).toMatchObject({
      weight: 2,
      goals: ['programmeren.decompositie.mb'],
      steps: { 'niveau-1': { nl: 'Oefen met steekwoorden', en: 'Oefen met steekwoorden' } },
    });
    expect(stored?.targets).toEqual({ 'groep-5': { 'criterium-1': 'niveau-2' } });

    const table = await screen.findByRole('table', { name: 'Presenteren: Spreken in Groep 5A' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Leerling', 'Spreken (streefniveau: op weg)']);
    await user.selectOptions(await within(table).findByRole('combobox', { name: 'Spreken voor Anna de Boer' }), 'gevorderd');
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect((await db.assessments.toArray()).map((item) => [item.rubric, item.criterion, item.level])).toEqual([
      ['presenteren', 'criterium-1', 'niveau-3'],
    ]);
  });

  it('edits a built-in rubric as the school’s copy; assessments on a removed criterion stay and show as removed; back to the built-in version', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await db.assessments.bulkPut([
      { id: 'a1', rubric: rubricId('samenwerken'), criterion: 'taken', pupil: refOf(1), level: 'expert', date: '2026-06-01', note: '' },
      { id: 'a2', rubric: rubricId('samenwerken'), criterion: 'afspraken', pupil: pupilRef(refOf(2)), level: 'op-weg', date: '2026-06-01', note: '' },
    ]);
    renderApp('/rubrics/samenwerken/bewerken', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubric bewerken: Samenwerken' })).toBeInTheDocument();
    expect(screen.getByText(/Dit is een ingebouwde rubric/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terug naar de ingebouwde versie' })).not.toBeInTheDocument();
    // Moving keeps the focus with the moved criterion, so the keyboard can keep moving it.
    await press(user, screen.getByRole('button', { name: 'Criterium 1 omlaag' }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Criterium 2 omlaag'));
    expect(
      screen
        .getAllByRole('group')
        .map((group) => group.querySelector('legend')?.textContent)
        .slice(1, 3),
    ).toEqual(['Criterium 1: Taken verdelen', 'Criterium 2: Afspraken maken en nakomen']);
    await press(user, screen.getByRole('button', { name: 'Criterium 2 omhoog' }));
    await user.click(screen.getByRole('button', { name: 'Criterium 2 verwijderen' }));
    expect(await screen.findByText(/Je verwijdert onderdelen waarop al 1 beoordeling\(en\) staan/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Titel'));
    await user.type(screen.getByLabelText('Titel'), 'Samenwerken op de Vlierboom');
    await user.click(screen.getByRole('button', { name: 'Rubric opslaan' }));

    expect(await screen.findByText('Rubric "Samenwerken op de Vlierboom" is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByText('Herkomst: aangepast door de school')).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Rubric'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Samenwerken op de Vlierboom', 'Eigenaar van je leerproces', 'Computational thinking en programmeren', 'Digitale basisvaardigheden']);
    const removed = await screen.findByRole('region', { name: 'Beoordelingen op verwijderde onderdelen' });
    expect(removed).toHaveTextContent('Verwijderd criterium (taken): 1 beoordeling(en), bewaard maar niet meer meegeteld.');
    expect(await db.assessments.count()).toBe(2);

    await user.click(screen.getByRole('link', { name: 'Deze rubric bewerken' }));
    await user.click(await screen.findByRole('button', { name: 'Terug naar de ingebouwde versie' }));
    expect(await screen.findByText('De ingebouwde versie wordt weer gebruikt.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubric bewerken: Samenwerken' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titel van criterium 2')).toHaveValue('Taken verdelen');
    expect(await db.rubrics.count()).toBe(0);
    expect(await db.assessments.count()).toBe(2);
  });

  it('in English the editor edits the English text and keeps the Dutch', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/samenwerken/bewerken', { db, locale: 'en' });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit rubric: Collaborating' })).toBeInTheDocument();
    const title = screen.getByLabelText('Title of criterion 1');
    expect(title).toHaveValue('Making and keeping agreements');
    await user.clear(title);
    await user.type(title, 'Agreements');
    await user.click(screen.getByRole('button', { name: 'Save rubric' }));
    expect(await screen.findByText('Rubric "Collaborating" has been saved.')).toBeInTheDocument();
    expect((await db.rubrics.get(rubricId('samenwerken')))?.criteria[0]?.title).toEqual({ nl: 'Afspraken maken en nakomen', en: 'Agreements' });
  });

  it('clearing Dutch text of a built-in rubric is not saved on the strength of the English translation that is left', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/samenwerken/bewerken', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubric bewerken: Samenwerken' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Titel'));
    await user.clear(screen.getByLabelText('Wat je ziet bij beginner (Afspraken maken en nakomen)'));
    await user.click(screen.getByRole('button', { name: 'Rubric opslaan' }));
    expect(
      within(await screen.findByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Geef de rubric een titel.', 'Vul in wat je ziet bij niveau 1 (beginner) van criterium 1 (Afspraken maken en nakomen).']);
    expect(await db.rubrics.count()).toBe(0);
  });

  it('a stored rubric that no longer reads is kept and named, the others still work', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await db.rubrics.put({ id: rubricId('kapot'), title: { nl: 'Kapot', en: 'Broken' }, levels: 'geen' } as never);
    renderApp('/rubrics', { db });
    expect(await screen.findByText(/1 opgeslagen rubric\(s\) konden niet worden gelezen en staan niet in de lijst \(kapot\)/)).toBeInTheDocument();
    expect(within(screen.getByLabelText('Rubric')).getAllByRole('option')).toHaveLength(4);
    expect(await db.rubrics.count()).toBe(1);
  });
});
